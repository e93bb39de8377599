"""Redis, the shared cache, stopped or paused under a serving site: every page
type still answers 200, from the database, and the outage is logged once."""

import logging
import os
import signal
import time

import pytest

from wagtail.models import Page

from home.outages import cache_outage

pytestmark = pytest.mark.django_db

OTHER_ANSWERS = [
    "/members/cities.geojson",
    "/members/compare/",
    "/activities/feed/",
    "/activities/calendar/",
    "/news/feed/",
    "/search/?q=rights",
    "/api/v2/pages/",
    "/sitemap.xml",
    "/de/members/",
]


def every_page_type():
    """The first live page of each page type, in English and German, and the
    answers that are not pages."""
    seen, paths = set(), []
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
        key = (page.content_type_id, page.locale_id)
        if key not in seen:
            seen.add(key)
            paths.append(page.url)
    return paths + OTHER_ANSWERS


@pytest.fixture
def shared_cache(settings, redis_server):
    settings.CACHES = {
        "default": {
            "BACKEND": "home.outages.FailSoftRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    cache_outage.skip_until, cache_outage.down = 0.0, False
    yield redis_server
    cache_outage.skip_until, cache_outage.down = 0.0, False


def test_every_page_type_survives_a_stopped_cache(client, shared_cache, caplog):
    paths = every_page_type()
    assert len(paths) > 20
    for path in paths:
        assert client.get(path).status_code == 200, path
    shared_cache.stop()
    with caplog.at_level(logging.WARNING, logger="home.outages"):
        for path in paths:
            assert client.get(path).status_code == 200, path
        cache_outage.skip_until = 0.0  # ask Redis again: still down, still one log line
        assert client.get("/").status_code == 200
    outage_lines = [r for r in caplog.records if "Shared cache unavailable" in r.getMessage()]
    assert len(outage_lines) == 1
    assert client.get("/readyz").json()["checks"]["cache"] == "unavailable"


def test_a_paused_cache_does_not_hang_pages(client, shared_cache):
    assert client.get("/").status_code == 200
    os.kill(shared_cache.process.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        for path in ["/", "/members/", "/activities/", "/de/"]:
            assert client.get(path).status_code == 200, path
        # One socket timeout (0.5 s) at most, not one per cache call.
        assert time.monotonic() - started < 10
    finally:
        os.kill(shared_cache.process.pid, signal.SIGCONT)
    cache_outage.skip_until = 0.0
    assert client.get("/").status_code == 200
    assert client.get("/readyz").json()["checks"]["cache"] == "ok"
