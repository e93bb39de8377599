from django.core.management.base import BaseCommand
from django.utils import timezone

from contact.models import FormPage


class Command(BaseCommand):
    help = (
        "Delete form submissions older than each form page's retention period. "
        "Safe to run as often as a scheduler likes."
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
            count = expired.count() if dry_run else expired.delete()[0]
            total += count
            self.stdout.write(f"{page.title}: {count} older than {page.retention_days} days")
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(self.style.SUCCESS(f"{total} submissions {verb}."))
