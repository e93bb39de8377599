import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import boto3
import pytest

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from contact.models import FormPage
from home.models import HomePage
from hrcn_site.settings.base import s3_media_storage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the starter site once; each test then runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_network_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: nothing kept from another test's
    content (which its rollback removed), and no rate limit counted."""
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language, whatever the one before it
    rendered last (a request leaves its language active in the thread)."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home_page(db):
    return HomePage.objects.get(depth=2, locale__language_code="en")


@pytest.fixture
def contact(home_page):
    """The starter Contact form, e-mailing staff."""
    page = FormPage.objects.child_of(home_page).get(slug="contact")
    page.to_address = "staff@example.org"
    page.save_revision().publish()
    return page


# Queries an anonymous visitor's page view may cost when the page cache
# misses (tests/test_query_budgets.py).
QUERY_BUDGET = 12
WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture
def query_budget(client):
    """`query_budget(url, budget=QUERY_BUDGET)` serves `url` twice to an
    anonymous visitor and returns the number of queries of the second
    request. The first warms what a running server keeps between requests
    (site root paths, content types, locales). Fails on a status other than
    200, on any write, or on more than `budget` queries, listing them."""

    def measure(url, budget=QUERY_BUDGET):
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        queries = [query["sql"] for query in context.captured_queries]
        writes = [sql for sql in queries if sql.lstrip().upper().startswith(WRITES)]
        assert not writes, f"{url} wrote to the database: {writes}"
        listing = "\n".join(f"{number}. {sql[:200]}" for number, sql in enumerate(queries, 1))
        assert len(queries) <= budget, f"{url}: {len(queries)} queries > {budget}\n{listing}"
        return len(queries)

    return measure


PUBLIC_ORIGIN = "https://hrcn.example.org"


@pytest.fixture
def public_address(settings, db):
    """Production's public address: SITE_URL and what follows from it, and the
    Wagtail Site record kept in step by `sync_site`. Requests still arrive with
    the test client's Host header, as they would from a proxy that rewrites it:
    nothing the site emits may follow that header."""
    settings.SITE_URL = PUBLIC_ORIGIN
    settings.SITE_IS_HTTPS = True
    settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILAPI_BASE_URL = PUBLIC_ORIGIN
    settings.CSRF_TRUSTED_ORIGINS = [PUBLIC_ORIGIN]
    call_command("sync_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return PUBLIC_ORIGIN


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """A real S3-compatible HTTP server (moto's stand-alone server), for the
    whole session. Yields its endpoint URL."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(endpoint, timeout=1).close()  # noqa: S310
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"moto_server did not start on {endpoint}")
            time.sleep(0.2)
    yield endpoint
    server.terminate()
    server.wait(timeout=10)


S3_ENVIRON = {
    "AWS_S3_REGION_NAME": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
}


@pytest.fixture
def s3_media(settings, s3_server, public_address):
    """Media in a fresh bucket of the S3 server, configured as production
    configures it from AWS_* variables. Yields a boto3 client for the bucket."""
    bucket = f"hrcn-test-{uuid.uuid4().hex[:12]}"
    environ = {**S3_ENVIRON, "AWS_S3_ENDPOINT_URL": s3_server}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_media_storage(bucket, public_address, environ),
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name=environ["AWS_S3_REGION_NAME"],
        aws_access_key_id=environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=environ["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=bucket)
    client.bucket = bucket
    return client


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def skip_or_fail(reason):
    """Skip for a missing tool or service, except in CI, where it must be there."""
    if in_ci():
        pytest.fail(f"CI needs this: {reason}")
    pytest.skip(reason)
