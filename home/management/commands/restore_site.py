from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by backup_site into an empty database and an "
        "empty media storage. Refuses, changing nothing, if either holds anything."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="Path of the .tar.gz archive written by backup_site.")

    def handle(self, *args, backup, **options):
        try:
            manifest, pages = restore_backup(backup)
        except BackupError as error:
            raise CommandError(str(error)) from error
        versions = manifest["versions"]
        self.stdout.write(
            self.style.SUCCESS(f"Restored {backup} (made {manifest['created']})")
            + f"\n  Pages: {pages}"
            + f"\n  Media: {len(manifest['media'])} files"
            + f"\n  Made with Django {versions['django']}, Wagtail {versions['wagtail']}:"
            + " run `manage.py migrate` if the code is newer."
        )
