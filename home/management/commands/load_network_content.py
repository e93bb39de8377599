from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from activities import starter_content as activities_content
from contact import starter_content as contact_content
from home import starter_content as home_content
from home import starter_translations as home_translations
from home.models import HomePage
from home.public_url import sync_site_record
from home.starter import ensure_charter_titles, ensure_locales
from members import starter_content as members_content
from news import starter_content as news_content
from resources import starter_content as resources_content
from taxonomy import starter_content as taxonomy_content

# Each app's starter content, loaded in this order under the home page.
APP_CONTENT = [
    taxonomy_content,
    members_content,
    activities_content,
    resources_content,
    news_content,
    contact_content,
]


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
        ensure_charter_titles()
        home, _created = home_content.load(self.stdout)
        sync_site_record()
        for app_content in APP_CONTENT:
            app_content.load(home, self.stdout)
        about = home.get_children().get(slug="about").specific
        home_translations.load(home, about, self.stdout)
        count = Page.objects.filter(depth__gt=1).count()
        self.stdout.write(self.style.SUCCESS(f"Starter content ready: {count} pages."))
