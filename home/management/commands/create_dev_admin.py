import secrets

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Development only: create the superuser 'admin' (or give it a new "
        "password), put it in the groups the apps name (the reviewers') and print the login."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin runs only with DEBUG on (development settings).")
        password = secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        # The groups the apps ask for (their AppConfig's `dev_admin_groups`):
        # the reviewers' group, whose members get the review e-mails.
        names = [
            name
            for config in apps.get_app_configs()
            for name in getattr(config, "dev_admin_groups", ())
        ]
        user.groups.add(*Group.objects.filter(name__in=names))
        verb = "Created" if created else "Reset the password of"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} the development admin user.")
            + f"\n  Admin:    {settings.WAGTAILADMIN_BASE_URL}/admin/"
            + f"\n  Username: {username}\n  Password: {password}"
        )
