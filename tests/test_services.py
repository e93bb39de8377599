"""The suite runs on whatever DATABASE_URL and REDIS_URL name. These tests
check that the services named are the ones really in use, and, when CI asks
for them (HRCN_EXPECT_SERVICES=1), fail rather than skip if they are absent."""

import os
import uuid

import pytest

from django.core.cache import caches
from django.db import connection

EXPECT_SERVICES = os.environ.get("HRCN_EXPECT_SERVICES") == "1"
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")


def require(condition, reason):
    if condition:
        return
    if EXPECT_SERVICES:
        pytest.fail(f"CI expects this service: {reason}")
    pytest.skip(reason)


@pytest.mark.django_db
def test_database_is_the_one_configured():
    require(DATABASE_URL.startswith("postgres"), "DATABASE_URL does not name PostgreSQL")
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        assert "PostgreSQL" in cursor.fetchone()[0]


def test_cache_is_the_shared_redis():
    require(bool(REDIS_URL), "REDIS_URL is not set")
    assert type(caches["default"]).__name__ == "FailSoftRedisCache"
    key, value = f"ci-check-{uuid.uuid4()}", "shared"
    cache = caches["default"]
    cache.set(key, value, 30)
    assert cache.get(key) == value
    cache.delete(key)


def test_default_setup_needs_no_service():
    if DATABASE_URL or REDIS_URL:
        pytest.skip("services configured")
    assert connection.vendor == "sqlite"
    assert type(caches["default"]).__name__ == "LocMemCache"
