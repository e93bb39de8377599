from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.public_url import sync_site_record


class Command(BaseCommand):
    help = (
        "Point the default Wagtail Site record at SITE_URL (host name and port). "
        "migrate and load_network_content do this too."
    )

    def handle(self, *args, **options):
        site = sync_site_record()
        if site is None:
            raise CommandError("There is no default site yet: run load_network_content first.")
        self.stdout.write(f"Site {site.hostname}:{site.port} serves {settings.SITE_URL}/")
