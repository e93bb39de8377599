"""Two admin tabs on the development database (a SQLite file) write at once,
one autosaving, one publishing, and neither gets "database is locked"."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 15


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="about SQLite",
)
def test_autosave_and_publish_at_once_on_a_sqlite_file(tmp_path):
    # A development database in a real file (the test database lives in
    # memory, where SQLite locks differently): migrated, with Wagtail's
    # welcome page to edit.
    database = tmp_path / "db.sqlite3"
    environ = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "DATABASE_CONN_MAX_AGE": "0",
    }
    run = {"cwd": ROOT, "env": environ, "capture_output": True, "text": True}
    migrate = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "migrate", "--noinput"], timeout=300, **run
    )
    assert migrate.returncode == 0, migrate.stderr[-3000:]
    with sqlite3.connect(database) as before:
        (page_id,) = before.execute("SELECT id FROM wagtailcore_page WHERE depth = 2").fetchone()

    start_at = time.time() + 3
    editors = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "tests.home.sqlite_editor", role, str(page_id)]
            + [str(start_at), str(ROUNDS)],
            cwd=ROOT,
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role in ("autosave", "publish")
    ]
    for editor in editors:
        _, err = editor.communicate(timeout=240)
        assert "database is locked" not in err
        assert editor.returncode == 0, err[-3000:]

    with sqlite3.connect(database) as after:
        (mode,) = after.execute("PRAGMA journal_mode").fetchone()
        (live_title,) = after.execute(
            "SELECT seo_title FROM wagtailcore_page WHERE id = ?", (page_id,)
        ).fetchone()
        (revisions,) = after.execute(
            "SELECT count(*) FROM wagtailcore_revision WHERE object_id = ?", (str(page_id),)
        ).fetchone()
    assert mode == "wal"
    assert live_title == f"publish {ROUNDS - 1}"
    assert revisions == 2 * ROUNDS
