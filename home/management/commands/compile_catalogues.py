from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile the project's message catalogues (locale/*/LC_MESSAGES/*.po) to "
        ".mo files in Python, so no GNU gettext is needed. With --check, only "
        "report catalogues whose .mo is missing or out of date."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true")

    def handle(self, *args, check=False, **options):
        stale = []
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                compiled = compile_po(po_path)
                if mo_path.exists() and mo_path.read_bytes() == compiled:
                    continue
                stale.append(mo_path)
                if not check:
                    mo_path.write_bytes(compiled)
                    self.stdout.write(f"compiled {mo_path.relative_to(settings.BASE_DIR)}")
        if check and stale:
            names = ", ".join(str(path.relative_to(settings.BASE_DIR)) for path in stale)
            raise CommandError(f"Out of date: {names}. Run: python manage.py compile_catalogues")


def compile_po(po_path):
    """The .mo bytes for a .po file: polib leaves fuzzy and untranslated
    entries out, as msgfmt does."""
    return polib.pofile(str(po_path)).to_binary()
