"""Throwaway services for the outage tests, on ports of their own: the shared
PostgreSQL and Redis of the machine are never stopped."""

import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port, skip_or_fail

ROOT = Path(__file__).resolve().parents[2]


def wait_for(check, what, timeout=60):
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not come up in {timeout} s")
        time.sleep(0.2)


class RedisServer:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self.answers, "redis-server")

    def answers(self):
        import redis

        try:
            return redis.Redis(port=self.port, socket_timeout=0.5).ping()
        except redis.RedisError:
            return False

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def redis_server():
    if not shutil.which("redis-server"):
        skip_or_fail("redis-server is not installed (apt-get install -y redis-server)")
    server = RedisServer()
    server.start()
    yield server
    if server.process.poll() is None:
        os.kill(server.process.pid, signal.SIGCONT)
    server.stop()


class PostgresCluster:
    """A PostgreSQL cluster of its own: initdb in a temporary folder, run by
    the `postgres` user when the tests run as root (initdb refuses root)."""

    def __init__(self, bin_dir):
        self.bin = Path(bin_dir)
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="hrcn-outage-pg-"))
        self.data = self.dir / "data"
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/hrcn"

    def run(self, *args, check=True):
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)  # noqa: S603

    def init(self):
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.dir, account.pw_uid, account.pw_gid)
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.start()
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "hrcn")

    def start(self):
        self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.dir / "server.log"),
            "-o",
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off",
            "-w",
            "start",
        )

    def stop(self):
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)

    def processes(self):
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(  # noqa: S603
            [shutil.which("pgrep"), "-P", str(postmaster)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        return [postmaster, *map(int, children)]

    def pause(self):
        for pid in self.processes():
            os.kill(pid, signal.SIGSTOP)

    def resume(self):
        for pid in self.processes():
            os.kill(pid, signal.SIGCONT)

    def remove(self):
        if (self.data / "postmaster.pid").exists():
            self.resume()
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_cluster():
    bin_dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    if not bin_dirs:
        skip_or_fail("PostgreSQL's server programs are not installed (apt-get install postgresql)")
    cluster = PostgresCluster(bin_dirs[0])
    try:
        cluster.init()
        yield cluster
    finally:
        cluster.remove()


class AppServer:
    """gunicorn with production settings, on a port of its own."""

    def __init__(self, environ, workers=2):
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.environ = {
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/tmp"),  # noqa: S108
            "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.production",
            "SECRET_KEY": "outage-test-" + "x" * 40,
            "SITE_URL": self.url,
            "STATIC_ROOT": str(ROOT / ".cluster" / "outage-static"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "HRCN_MAP_TILES_URL": "",
            **environ,
        }
        self.log = tempfile.NamedTemporaryFile(prefix="hrcn-outage-app-", suffix=".log")  # noqa: SIM115
        self.process = None

    def manage(self, *args):
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.environ,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def start(self):
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self.process = subprocess.Popen(  # noqa: S603
            [
                gunicorn,
                "-c",
                str(ROOT / "deploy" / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
            ],
            cwd=ROOT,
            env=self.environ,
            stdout=self.log,
            stderr=self.log,
        )
        wait_for(lambda: self.get("/healthz")[0] == 200, "gunicorn")

    def get(self, path, timeout=30):
        """(status, headers, body, seconds) of a GET; (None, ...) if it hung."""
        started = time.monotonic()
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as response:  # noqa: S310
                result = response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            result = error.code, dict(error.headers), error.read()
        except OSError:
            result = None, {}, b""
        return (*result, time.monotonic() - started)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.log.close()
