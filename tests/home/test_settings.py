import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

ROOT = Path(__file__).resolve().parents[2]


def load_production_settings(code="import django; django.setup(); print('started')", **env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "SENTRY_DSN"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="hrcn_site.settings.production")
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_production_settings(SITE_URL="https://hrcn.example.org")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_refuses_to_start_without_its_public_address():
    result = load_production_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "Set SITE_URL to the site's public address" in result.stderr


@pytest.mark.parametrize(
    "value", ["hrcn.example.org", "ftp://hrcn.example.org", "https://hrcn.example.org/en/"]
)
def test_production_refuses_a_public_address_that_is_not_an_origin(value):
    result = load_production_settings(SECRET_KEY="x" * 50, SITE_URL=value)
    assert result.returncode != 0
    assert "SITE_URL must be an origin such as https://hrcn.example.org" in result.stderr


PRINT_DERIVED = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.SITE_URL, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL, "
    "s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, s.SESSION_COOKIE_SECURE, "
    "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS)"
)


def test_production_settings_follow_the_public_address():
    result = load_production_settings(
        SECRET_KEY="x" * 50, SITE_URL="https://hrcn.example.org/", code=PRINT_DERIVED
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 3)[:3] == ["https://hrcn.example.org"] * 3
    assert "['hrcn.example.org'] ['https://hrcn.example.org'] True True 31536000" in result.stdout


def test_production_over_plain_http_sets_no_secure_only_cookies_or_redirects():
    result = load_production_settings(
        SECRET_KEY="x" * 50,
        SITE_URL="http://127.0.0.1:8080",
        ALLOWED_HOSTS="app1.internal",
        code=PRINT_DERIVED,
    )
    assert result.returncode == 0, result.stderr
    assert "['app1.internal', '127.0.0.1'] ['http://127.0.0.1:8080'] False False 0" in (
        result.stdout
    )


def test_dev_admin_command_refuses_outside_development(db):
    with pytest.raises(CommandError, match="only with DEBUG on"):
        call_command("create_dev_admin")


NEW_GENERATION = (
    "import django; django.setup(); from home.caching import start_new_generation, "
    "content_generation; start_new_generation(); print(content_generation())"
)
READ_GENERATION = (
    "import django; django.setup(); from home.caching import content_generation; "
    "print(content_generation())"
)


def test_without_redis_the_processes_of_one_server_share_the_content_generation(tmp_path):
    """An edit handled by one gunicorn worker makes every worker's kept pages stale."""
    env = {
        "SECRET_KEY": "x" * 50,
        "SITE_URL": "https://hrcn.example.org",
        "REDIS_URL": "",
        "HRCN_CACHE_DIR": str(tmp_path),
    }
    changed = load_production_settings(NEW_GENERATION, **env)
    assert changed.returncode == 0, changed.stderr
    read = load_production_settings(READ_GENERATION, **env)
    assert read.returncode == 0, read.stderr
    assert read.stdout.split() == changed.stdout.split()
    changed_again = load_production_settings(NEW_GENERATION, **env)
    assert changed_again.stdout.split() != read.stdout.split()
