import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from members.onboarding import STAFF_GROUP


class Command(BaseCommand):
    help = (
        "Development only: create the superuser 'admin' (or give it a new "
        "password), put it in the reviewers' group and print the login."
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
        # Reviews and their e-mails go to the "HRCN staff" group only, not to
        # every superuser (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS).
        user.groups.add(*Group.objects.filter(name=STAFF_GROUP))
        verb = "Created" if created else "Reset the password of"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} the development admin user.")
            + f"\n  Admin:    {settings.WAGTAILADMIN_BASE_URL}/admin/"
            + f"\n  Username: {username}\n  Password: {password}"
        )
