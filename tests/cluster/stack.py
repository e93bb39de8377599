"""The cluster of `make cluster` as the tests see it: its addresses, its
settings, manage.py, and a browser-like client that can aim at one server."""

import subprocess
import sys
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "cluster.py"
ENV_FILE = ROOT / "deploy" / "cluster.env"
EFFECTIVE_ENV = ROOT / ".cluster" / "env"

LB = "http://127.0.0.1:8080"  # Varnish, the public address
NGINX = "http://127.0.0.1:8081"  # the load balancer behind it
APP_SERVERS = {"A": "http://127.0.0.1:8001", "B": "http://127.0.0.1:8002"}
HOST = "127.0.0.1:8080"

# What `make cluster` starts, as `pgrep -f` finds it; none may outlive the tests.
PROCESS_PATTERNS = [
    str(ROOT / "deploy" / "gunicorn.conf.py"),
    "moto_server -H 127.0.0.1 -p 9000",
    "manage.py db_worker --backend=mail",
    str(ROOT / ".cluster" / "nginx"),
    str(ROOT / ".cluster" / "varnish"),
]


def read_env(path):
    lines = (line.strip() for line in path.read_text().splitlines())
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def cluster_command(*args, timeout=60):
    return subprocess.run(  # noqa: S603
        [sys.executable, str(SCRIPT), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def running_processes():
    found = []
    for pattern in PROCESS_PATTERNS:
        result = subprocess.run(["pgrep", "-af", pattern], capture_output=True, text=True)  # noqa: S603, S607
        found += result.stdout.splitlines()
    return found


class Cluster:
    """The running cluster: its addresses, its settings and manage.py."""

    lb = LB
    nginx = NGINX
    servers = APP_SERVERS
    host = HOST
    site_url = f"http://{HOST}"

    def __init__(self):
        self.settings = read_env(EFFECTIVE_ENV)

    def manage(self, *args):
        result = cluster_command("manage", *args)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout


class Visitor:
    """One browser: a cookie jar, sending each request to the server named
    ("A", "B" or a URL: Varnish's, nginx's) with the Host header Varnish and
    nginx pass on, and the Origin a page of the site would give a form."""

    def __init__(self, cluster, cookies=None):
        self.cluster = cluster
        self.session = requests.Session()
        if cookies:
            self.session.cookies.update(cookies)

    def url(self, server, path):
        return self.cluster.servers.get(server, server) + path

    def get(self, server, path, headers=None, **kwargs):
        """A GET; a header given as None is not sent at all."""
        return self.session.get(
            self.url(server, path),
            headers={"Host": self.cluster.host, **(headers or {})},
            timeout=20,
            **kwargs,
        )

    def post(self, server, path, data, **kwargs):
        headers = {
            "Host": self.cluster.host,
            "Origin": self.cluster.site_url,
            "Referer": self.cluster.site_url + path,
        }
        return self.session.post(
            self.url(server, path),
            data=data,
            headers=headers,
            timeout=30,
            allow_redirects=False,
            **kwargs,
        )
