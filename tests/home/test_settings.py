import json
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
        if k
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "SITE_URL",
            "SENTRY_DSN",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
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


# The MDN HTTP Observatory's scoring of the headers a page sends: the
# modifier of each test, as its scoring table gives it. 100 and over is A+.
OBSERVATORY_SCAN = """
import json, django
from django.core.management import call_command
django.setup()
call_command("check", deploy=True, fail_level="WARNING")
call_command("migrate", verbosity=0)
from django.test import Client
client = Client()
page = client.get("/", HTTP_HOST="hrcn.example.org", HTTP_X_FORWARDED_PROTO="https")
plain = client.get("/", HTTP_HOST="hrcn.example.org")
print(json.dumps({
    "status": page.status_code,
    "headers": dict(page.headers),
    "cookies": [str(c) for c in page.cookies.values()],
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location", ""),
}))
"""


def observatory_score(scan):
    headers = {name.lower(): value for name, value in scan["headers"].items()}
    policy = {
        part.split()[0]: part.split()[1:]
        for part in headers.get("content-security-policy", "").split(";")
        if part.strip()
    }
    scripts = policy.get("script-src", policy.get("default-src", []))
    styles = policy.get("style-src", policy.get("default-src", []))
    hsts = dict(
        (item.strip().split("=") + [""])[:2]
        for item in headers.get("strict-transport-security", "").split(";")
        if item.strip()
    )
    modifiers = {
        "content-security-policy": (
            10
            if policy.get("default-src") == ["'none'"]
            and "'unsafe-inline'" not in scripts + styles
            and "'unsafe-eval'" not in scripts
            else -25
        ),
        "cookies": 0
        if not scan["cookies"]
        else (0 if all("Secure" in c for c in scan["cookies"]) else -20),
        "redirection": (
            0
            if scan["plain_status"] in (301, 308)
            and scan["plain_location"].startswith("https://hrcn.example.org/")
            else -20
        ),
        "referrer-policy": (
            5
            if headers.get("referrer-policy")
            in {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
            else 0
        ),
        "strict-transport-security": 0 if int(hsts.get("max-age", "0") or 0) >= 15768000 else -20,
        "x-content-type-options": 0 if headers.get("x-content-type-options") == "nosniff" else -5,
        "x-frame-options": 5 if policy.get("frame-ancestors") == ["'none'"] else -20,
        "cross-origin-resource-policy": (
            0 if headers.get("cross-origin-resource-policy") in {"same-origin", "same-site"} else -5
        ),
    }
    return 100 + sum(modifiers.values()), modifiers


def test_production_passes_the_deploy_check_and_scores_a_plus_on_the_observatory(tmp_path):
    """Measured as a TLS proxy sends requests on: `X-Forwarded-Proto: https`."""
    result = load_production_settings(
        OBSERVATORY_SCAN,
        SECRET_KEY="k3y-" + "x9Q!" * 14,
        SITE_URL="https://hrcn.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'observatory.sqlite3'}",
        REDIS_URL="",
        HRCN_CACHE_DIR=str(tmp_path / "cache"),
    )
    assert result.returncode == 0, result.stderr
    scan = json.loads(result.stdout.strip().splitlines()[-1])
    assert scan["status"] in (200, 404)
    score, modifiers = observatory_score(scan)
    assert [name for name, value in modifiers.items() if value < 0] == [], modifiers
    assert score >= 100, modifiers  # A+
