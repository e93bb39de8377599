"""A PostgreSQL server of its own, paused (SIGSTOP) and stopped under a site
served by gunicorn with production settings: visitors get a styled 503 with
Retry-After within seconds, never a 500 or a hang, /readyz says why, and the
site recovers by itself."""

import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.outages.conftest import AppServer

# Pages whose listings query the database on every render. (A page made only
# of parts kept with the content generation, such as /about/ once seen, is
# rendered without the database, and rightly served during an outage.)
PAGES = ["/members/", "/activities/", "/news/", "/de/members/", "/de/news/"]
# DATABASE_QUERY_TIMEOUT + 1 s for a query, or DATABASE_CONNECT_TIMEOUT for a
# connection, with requests queued behind two workers: far below gunicorn's 30 s.
NO_HANG = 20


def app_server(postgres_cluster, page_cache_seconds, workers=2):
    return AppServer(
        {
            "DATABASE_URL": postgres_cluster.url,
            "DATABASE_QUERY_TIMEOUT": "2",
            "DATABASE_CONNECT_TIMEOUT": "2",
            "HRCN_PAGE_CACHE_SECONDS": str(page_cache_seconds),
        },
        workers=workers,
    )


@pytest.fixture(scope="module")
def app(postgres_cluster):
    """Every request rendered (page cache off)."""
    server = app_server(postgres_cluster, 0)
    server.manage("migrate", "--noinput", "-v", "0")
    server.manage("collectstatic", "--noinput", "-v", "0")
    server.manage("load_network_content")
    server.start()
    yield server
    server.stop()


def under_load(app, paths):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(app.get, paths))


def assert_unavailable(results):
    for status, headers, body, seconds in results:
        assert status == 503, (status, body[:300])
        assert headers["Retry-After"] == "30"
        assert headers["Cache-Control"] == "no-store"
        assert b"Back in a moment" in body or b"Gleich wieder da" in body
        assert b"Traceback" not in body
        assert seconds < NO_HANG, seconds


def assert_recovers(app):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if all(app.get(path)[0] == 200 for path in PAGES):
            return
        time.sleep(0.5)
    pytest.fail("the site did not recover within 30 s")


def assert_readiness_names_the_database(app):
    status, _headers, body, seconds = app.get("/readyz")
    assert status == 503 and seconds < NO_HANG
    assert json.loads(body)["checks"]["database"] == "unavailable"


def test_a_paused_database(app, postgres_cluster):
    assert all(app.get(path)[0] == 200 for path in PAGES)
    postgres_cluster.pause()
    try:
        assert_unavailable(under_load(app, PAGES * 2))
        status, _headers, body, _seconds = app.get("/de/about/")
        assert status == 503 and b'lang="de"' in body and b"Gleich wieder da" in body
        assert_readiness_names_the_database(app)
    finally:
        postgres_cluster.resume()
    assert_recovers(app)
    assert app.get("/readyz")[0] == 200


def test_a_stopped_database(app, postgres_cluster):
    assert all(app.get(path)[0] == 200 for path in PAGES)
    postgres_cluster.stop()
    try:
        assert_unavailable(under_load(app, PAGES * 2))
        assert_readiness_names_the_database(app)
        assert app.get("/healthz")[0] == 200
    finally:
        postgres_cluster.start()
    assert_recovers(app)


def test_pages_kept_in_the_cache_are_still_served(app, postgres_cluster):
    """With the page cache on (production's default), a page an anonymous
    visitor saw before the outage is still served; others get the 503."""
    # One worker: its local-memory cache is the one that saw the page.
    cached = app_server(postgres_cluster, 3600, workers=1)
    cached.start()
    try:
        assert cached.get("/about/")[0] == 200
        postgres_cluster.stop()
        try:
            status, headers, body, _seconds = cached.get("/about/")
            assert status == 200 and headers["Cache-Control"].startswith("public")
            assert_unavailable([cached.get("/news/")])
        finally:
            postgres_cluster.start()
    finally:
        cached.stop()
