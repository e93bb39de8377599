"""The production-shaped cluster of `make cluster`, started once for these tests.

The tests talk to it over HTTP only, never through pytest-django's database:
through Varnish (the public address), the load balancer and each app server
directly, always with the Host header Varnish and nginx pass on. Without
nginx, Varnish, PostgreSQL or Redis they skip with the reason; when CI is set,
they fail instead.
"""

import os
import secrets
import shutil
import socket
import time
from urllib.parse import urlsplit

import pytest

from tests.cluster.stack import (
    APP_SERVERS,
    ENV_FILE,
    LB,
    NGINX,
    Cluster,
    Visitor,
    cluster_command,
    read_env,
    running_processes,
)
from tests.html_forms import form_data, with_values


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def reachable(url):
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=2):
            return True
    except OSError:
        return False


def require_services():
    settings = read_env(ENV_FILE)
    missing = []
    if not (shutil.which("nginx") or os.access("/usr/sbin/nginx", os.X_OK)):
        missing.append("nginx is not installed (apt-get install -y nginx)")
    if not (shutil.which("varnishd") or os.access("/usr/sbin/varnishd", os.X_OK)):
        missing.append("Varnish is not installed (apt-get install -y varnish)")
    if not reachable(settings["DATABASE_URL"]):
        missing.append(
            "PostgreSQL is not running at 127.0.0.1:5432 (apt-get install -y postgresql)"
        )
    if not reachable(settings["REDIS_URL"]):
        missing.append("Redis is not running at 127.0.0.1:6379 (apt-get install -y redis-server)")
    if missing:
        message = "; ".join(missing)
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    for url in [LB, NGINX, *APP_SERVERS.values(), settings["AWS_S3_ENDPOINT_URL"]]:
        if reachable(url):
            pytest.fail(f"{url} is already taken (a running `make cluster`? `make cluster-stop`)")


@pytest.fixture(scope="session")
def cluster():
    """`make cluster` before the first test, `make cluster-stop` after the last,
    and then nothing of it may still run."""
    require_services()
    try:
        started = cluster_command("start", timeout=240)
        if started.returncode != 0:
            pytest.fail(f"`make cluster` failed:\n{started.stdout}{started.stderr}")
        yield Cluster()
    finally:
        stopped = cluster_command("stop")
        deadline = time.monotonic() + 5
        while (leftovers := running_processes()) and time.monotonic() < deadline:
            time.sleep(0.2)  # their new parent reaps them
        again = cluster_command("stop")
    assert stopped.returncode == 0, stopped.stdout + stopped.stderr
    assert not leftovers, f"still running after `make cluster-stop`: {leftovers}"
    assert again.returncode == 0 and "not running" in again.stdout, again.stdout


@pytest.fixture(scope="session")
def admin_credentials(cluster):
    """A superuser in the cluster's database, made by manage.py as an operator would."""
    username, password = "cluster-admin", secrets.token_urlsafe(16)
    cluster.manage(
        "shell",
        "-v",
        "0",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        f"user, _ = get_user_model().objects.get_or_create(username={username!r})\n"
        "user.is_staff = user.is_superuser = True\n"
        f"user.set_password({password!r})\n"
        "user.save()\n",
    )
    return username, password


def log_in(cluster, server, credentials):
    visitor = Visitor(cluster)
    form = form_data(visitor.get(server, "/admin/login/").text, containing="username")
    username, password = credentials
    response = visitor.post(
        server, "/admin/login/", with_values(form, {"username": username, "password": password})
    )
    assert response.status_code == 302, "the login form was refused"
    return visitor


@pytest.fixture(scope="session")
def editor_on_a(cluster, admin_credentials):
    return log_in(cluster, "A", admin_credentials)


@pytest.fixture(scope="session")
def editor_on_b(cluster, admin_credentials):
    return log_in(cluster, "B", admin_credentials)
