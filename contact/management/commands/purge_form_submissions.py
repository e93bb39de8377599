from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from contact.models import FormPage, SubmissionOrigin


class Command(BaseCommand):
    help = (
        "Delete form submissions older than each form page's retention period, "
        "and the hashed sender of every submission older than the rate-limit "
        "window. Safe to run as often as a scheduler likes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        total = 0
        for page in FormPage.objects.all():
            expired = page.expired_submissions(now)
            # Counted apart: delete()'s total includes the cascade to the senders.
            count = expired.count()
            if not dry_run:
                expired.delete()
            total += count
            self.stdout.write(f"{page.title}: {count} older than {page.retention_days} days")
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(self.style.SUCCESS(f"{total} submissions {verb}."))

        # The rate limit needs to know who sent a submission only while it
        # counts towards the limit.
        window = settings.HRCN_FORM_RATE_WINDOW
        origins = SubmissionOrigin.objects.filter(
            submission__submit_time__lt=now - timedelta(seconds=window)
        )
        count = origins.count() if dry_run else origins.delete()[0]
        self.stdout.write(f"{count} senders older than {window} seconds {verb}.")
