"""The development database (a SQLite file, with the production options):
two admin tabs write at once, one autosaving, one publishing, and neither
gets "database is locked"; a visitor's search goes on while an editor
writes."""

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


pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="about SQLite",
)


@pytest.fixture(scope="module")
def development_database(tmp_path_factory):
    """A development database in a real file (the test database lives in
    memory, where SQLite locks differently): migrated, with Wagtail's welcome
    page, and the environment of a process that uses it."""
    database = tmp_path_factory.mktemp("sqlite") / "db.sqlite3"
    environ = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "DATABASE_CONN_MAX_AGE": "0",
    }
    migrate = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert migrate.returncode == 0, migrate.stderr[-3000:]
    return database, environ


def test_a_search_goes_on_while_an_editor_writes(development_database):
    """Once the site has answered a first visitor (which creates its
    settings rows), another connection holds the write lock (an editor's
    publish) for as long as a search takes: the search still finds the page,
    as a read does in WAL mode; it would wait for the lock and fail if it
    opened a transaction of its own, which on SQLite begins IMMEDIATE."""
    _database, environ = development_database
    search = (
        "import sqlite3\n"
        "from django.conf import settings\n"
        "from django.core.management import call_command\n"
        "from django.test import Client\n"
        "call_command('update_index', verbosity=0)\n"
        "Client().get('/search/?q=welcome', HTTP_HOST='localhost')\n"
        "database = settings.DATABASES['default']['NAME']\n"
        "editor = sqlite3.connect(database, isolation_level=None)\n"
        "editor.execute('BEGIN IMMEDIATE')\n"
        "answer = Client().get('/search/?q=welcome', HTTP_HOST='localhost')\n"
        "print(answer.status_code, answer.content.decode())\n"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", search],
        cwd=ROOT,
        env={**environ, "DATABASE_QUERY_TIMEOUT": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "\n200 \n" in result.stdout
    assert "Search failed" not in result.stderr
    assert "1 result for “welcome”" in result.stdout


def test_autosave_and_publish_at_once_on_a_sqlite_file(development_database):
    database, environ = development_database
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
