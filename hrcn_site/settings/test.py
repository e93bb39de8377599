"""Tests: fast and deterministic. DATABASE_URL and REDIS_URL still apply, so
CI can run the same suite against PostgreSQL and Redis."""

import os
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tasks run at once. pytest-django sends mail straight to
# django.core.mail.outbox; the tests of the queued path (tests/home/test_mail.py)
# put production's EMAIL_BACKEND back, and deliver into the outbox too.
HRCN_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    alias: {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": []}
    for alias in ("default", "mail")
}
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / ".test-media"))  # noqa: F405

# The public address is the test client's host, whatever the environment says.
# Tests of another address override these settings together (see
# tests/conftest.py, `public_address`).
SITE_URL = "http://testserver"
SITE_IS_HTTPS = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
CSRF_TRUSTED_ORIGINS = [SITE_URL]
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = SITE_URL

# Responses are not kept between requests, except in the tests of the page
# cache (tests/home/test_page_cache.py), which turn it on.
HRCN_PAGE_CACHE_SECONDS = 0

# Each test runs in one transaction on an in-memory database: SQLite's
# IMMEDIATE transactions (base.py, for concurrent admin use) would hold its
# write lock for the whole test, and the backup tests read it from another
# connection. tests/home/test_sqlite_concurrency.py checks the real options.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["OPTIONS"].pop("transaction_mode", None)  # noqa: F405
