"""Requests per second of every page type as served for real: gunicorn with
production settings, anonymous visitors, measured with wrk.

Usage: make bench (after bench/pages.py). Builds a throwaway SQLite site,
collects the static files, and serves it twice on this machine: with the page
cache off (every request rendered: the "before"), then on (the "after"). The
reference is a static CSS file served by WhiteNoise from the same server. A
report, not a test: the numbers depend on the machine and what else runs.
"""

import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PORT = int(os.environ.get("BENCH_PORT", "8471"))
BASE = f"http://127.0.0.1:{PORT}"
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))

PAGES = [
    ("home", "/"),
    ("standard page", "/about/"),
    ("members", "/members/"),
    ("activities", "/activities/"),
    ("resources", "/resources/"),
    ("news", "/news/"),
    ("topics", "/topics/"),
    ("comparison", "/members/compare/"),
    ("/de/ home", "/de/"),
    ("/de/ members", "/de/members/"),
    ("search", "/search/?q=rights"),
]


def environment(work, page_cache_seconds):
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(work)),
        "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "SITE_URL": BASE,
        "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "HRCN_CACHE_DIR": str(work / "cache"),
        "HRCN_MAP_TILES_URL": "",
        "MAIL_TASKS": "immediate",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "HRCN_PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "LOG_LEVEL": "WARNING",
        "REQUEST_LOG_LEVEL": "WARNING",
        "WEB_CONCURRENCY": str(WORKERS),
    }


def manage(env, *args):
    subprocess.run(  # noqa: S603
        [BIN / "python", "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=10) as response:  # noqa: S310
        return response.read().decode()


def serve(env):
    server = subprocess.Popen(  # noqa: S603
        [
            BIN / "gunicorn",
            "-c",
            ROOT / "deploy" / "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{PORT}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            get("/healthz")
            return server
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                sys.exit("gunicorn did not start")
            time.sleep(0.2)


def rate(path):
    """Requests per second wrk reaches on `path` (after a warm-up)."""
    for _ in range(3):
        get(path)
    result = subprocess.run(  # noqa: S603
        [shutil.which("wrk"), "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", BASE + path],
        capture_output=True,
        text=True,
        check=True,
    )
    if "Non-2xx" in result.stdout:
        sys.exit(f"wrk got errors on {path}:\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


def measure(env):
    server = serve(env)
    try:
        css = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', get("/")).group(1)
        static = rate(css)
        return static, {name: rate(path) for name, path in PAGES}
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    if not shutil.which("wrk"):
        sys.exit("make bench needs wrk (apt-get install -y wrk)")
    work = Path(tempfile.mkdtemp(prefix="hrcn-bench-"))
    try:
        env = environment(work, 0)
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "load_network_content")
        static_before, before = measure(env)
        static_after, after = measure(environment(work, 3600))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"\nServed by gunicorn ({WORKERS} sync workers, production settings, SQLite, "
        f"cache in files shared by the workers), wrk {CONNECTIONS} connections x {SECONDS} s, requests/s"
    )
    print(f"{'page type':<16} {'uncached':>9} {'cached':>9} {'speed-up':>9} {'cached/static':>14}")
    for name, _path in PAGES:
        print(
            f"{name:<16} {before[name]:>9.0f} {after[name]:>9.0f} "
            f"{after[name] / before[name]:>8.1f}x {after[name] / static_after:>13.0%}"
        )
    print(f"{'static CSS':<16} {static_before:>9.0f} {static_after:>9.0f}")


if __name__ == "__main__":
    main()
