"""Start a new content generation and purge the frontend caches: run once
after a release, when the last app server runs the new code, so Varnish or a
CDN stops serving pages rendered by the old one."""

from django.core.management.base import BaseCommand

from home.caching import code_release, start_new_generation


class Command(BaseCommand):
    help = "Make every kept page stale and purge the frontend caches (run after a release)."

    def handle(self, *args, **options):
        start_new_generation()
        self.stdout.write(f"Caches refreshed for release {code_release()}.")
