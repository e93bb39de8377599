from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from home import starter_content as home_content
from home import starter_translations as home_translations
from home.models import HomePage
from home.public_url import sync_site_record
from home.starter import ensure_locales


def app_starter_content():
    """Each installed app's `starter_content` module, in the order of the
    `starter_content_order` its AppConfig declares: found by name, so home
    imports no app above it."""
    configs = [
        config
        for config in apps.get_app_configs()
        if getattr(config, "starter_content_order", None) is not None
    ]
    configs.sort(key=lambda config: config.starter_content_order)
    return [import_module(f"{config.name}.starter_content") for config in configs]


class Command(BaseCommand):
    help = (
        "Load the network's starter content. Creates what is missing and leaves "
        "existing pages alone, so running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has a home page (used by 'make run').",
        )

    @transaction.atomic
    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Starter content already loaded; nothing to do.")
            return
        ensure_locales()
        home, _created = home_content.load(self.stdout)
        sync_site_record()
        translations = {}
        for app_content in app_starter_content():
            app_content.load(home, self.stdout)
            translations.update(getattr(app_content, "TRANSLATIONS", {}))
        home_translations.load(home, translations, self.stdout)
        count = Page.objects.filter(depth__gt=1).count()
        self.stdout.write(self.style.SUCCESS(f"Starter content ready: {count} pages."))
