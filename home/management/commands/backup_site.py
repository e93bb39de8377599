from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, default_archive_path, write_backup


class Command(BaseCommand):
    help = (
        "Write the database and every media file into one archive, "
        "backups/hrcn-<UTC time>.tar.gz by default. Restore it with restore_site."
    )

    def add_arguments(self, parser):
        where = parser.add_mutually_exclusive_group()
        where.add_argument(
            "--output-dir",
            type=Path,
            help="Directory for the timestamped archive (default: backups/ in the project).",
        )
        where.add_argument("--output", type=Path, help="Exact path of the archive to write.")

    def handle(self, *args, output_dir=None, output=None, **options):
        path = output or default_archive_path(output_dir or Path(settings.BASE_DIR) / "backups")
        try:
            manifest = write_backup(path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        files = manifest["media"]
        size = sum(entry["size"] for entry in files)
        self.stdout.write(
            self.style.SUCCESS(f"Wrote {path}")
            + f"\n  Database: {manifest['database']['vendor']}"
            + f"\n  Media:    {len(files)} files, {size:,} bytes"
        )
