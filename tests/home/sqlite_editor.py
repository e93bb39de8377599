"""One admin tab against a SQLite file, run as its own process by
tests/home/test_sqlite_concurrency.py: `python -m tests.home.sqlite_editor
autosave|publish PAGE_ID START_AT ROUNDS`. It writes what the page editor
writes, in the same transactions: an autosave stores a new revision, a
publish stores one and publishes it."""

import os
import sys
import time

import django


def main(role, page_id, start_at, rounds):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hrcn_site.settings.dev")
    django.setup()

    from django.db import transaction

    from wagtail.models import Page

    while time.time() < start_at:
        time.sleep(0.005)
    for number in range(rounds):
        with transaction.atomic():
            page = Page.objects.get(pk=page_id).specific
            page.seo_title = f"{role} {number}"
            if role == "autosave":
                page.save_revision(log_action=True)
            else:
                page.save_revision(log_action=True).publish()


if __name__ == "__main__":
    role, page_id, start_at, rounds = sys.argv[1:]
    main(role, int(page_id), float(start_at), int(rounds))
