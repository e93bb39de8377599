"""Probes for the load balancer, the request log and error reporting."""

import gzip
import json
import logging
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import brotli
import pytest

from hrcn_site.settings.base import s3_media_storage

ROOT = Path(__file__).resolve().parents[2]
CLOSED_PORT_URL = "127.0.0.1:1"


def test_liveness_answers_for_any_host_without_the_database(client):
    # No database fixture: a query here would fail the test.
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8001")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_readiness_checks_every_part(client):
    response = client.get("/readyz", HTTP_HOST="app-a.internal")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }


@pytest.mark.django_db
def test_readiness_names_a_cache_that_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "home.outages.FailSoftRedisCache",
            "LOCATION": f"redis://{CLOSED_PORT_URL}/0",
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response.json()["checks"] == {
        "database": "ok",
        "cache": "unavailable",
        "storage": "ok",
    }


@pytest.mark.django_db
def test_readiness_names_storage_that_is_down(client, settings):
    environ = {"AWS_S3_ENDPOINT_URL": f"http://{CLOSED_PORT_URL}", "AWS_ACCESS_KEY_ID": "x"}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_media_storage("hrcn-media", settings.SITE_URL, environ),
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "unavailable"
    assert "127.0.0.1" not in response.content.decode()  # names the part, not its address


def test_readiness_names_a_database_that_is_down():
    """In a process of its own, whose database server does not answer."""
    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/readyz'); print(r.status_code, r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.test",
        "DATABASE_URL": f"postgres://postgres@{CLOSED_PORT_URL}/hrcn",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    status, body = result.stdout.strip().split(" ", 1)
    assert status == "503", result.stderr
    assert json.loads(body)["checks"]["database"] == "unavailable"


@pytest.mark.django_db
def test_one_log_line_per_request(client, caplog):
    with caplog.at_level(logging.INFO, logger="hrcn.request"):
        client.get("/about/?from=test")
        client.get("/no-such-page/")
    lines = [record.getMessage() for record in caplog.records if record.name == "hrcn.request"]
    assert len(lines) == 2
    assert re.fullmatch(r"GET /about/\?from=test 200 \d+\.\dms \d+", lines[0])
    assert re.fullmatch(r"GET /no-such-page/ 404 \d+\.\dms \d+", lines[1])


class SentryStandIn(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        encoding = self.headers.get("Content-Encoding", "")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "br":
            body = brotli.decompress(body)
        SentryStandIn.received.append((self.path, body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_errors_go_to_sentry_only_when_a_dsn_is_set():
    server = HTTPServer(("127.0.0.1", 0), SentryStandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    dsn = f"http://publickey@127.0.0.1:{server.server_port}/42"
    code = (
        "import django; django.setup(); import sentry_sdk; "
        "print(sentry_sdk.get_client().is_active()); "
        "sentry_sdk.capture_message('readiness drill'); sentry_sdk.flush(5)"
    )
    without_dsn = {key: value for key, value in os.environ.items() if key != "SENTRY_DSN"}
    without_dsn.update(
        DJANGO_SETTINGS_MODULE="hrcn_site.settings.production",
        SECRET_KEY="x" * 50,
        SITE_URL="https://hrcn.example.org",
    )
    try:
        for env, active in [({**without_dsn, "SENTRY_DSN": dsn}, "True"), (without_dsn, "False")]:
            result = subprocess.run(  # noqa: S603
                [sys.executable, "-c", code],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert result.stdout.strip() == active, result.stderr
    finally:
        server.shutdown()
    ((path, body),) = SentryStandIn.received
    assert path == "/api/42/envelope/"
    assert b"readiness drill" in body
