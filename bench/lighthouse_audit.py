"""Lighthouse report of every page type against the production server.

Run through `make audit`. Builds a throwaway SQLite database with the starter
content, collects static files into a temporary STATIC_ROOT, serves the site
with gunicorn and production settings (WhiteNoise, DEBUG off), runs Lighthouse
(mobile) three times on one page of each page type, and prints the median of
each of the four category scores. A report, not a gate: scores are noisy.

The server runs with the map in offline mode (`HRCN_MAP_TILES_URL=""`): the
audit machine has no internet, and tile requests to OpenStreetMap that fail
there would show as console errors and cost the member directory its
best-practices score for a reason that is not the site's. The site's default
(OpenStreetMap tiles) is unchanged; only this audit server goes without.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
LIGHTHOUSE = ROOT / ".make" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
RESULTS = ROOT / "bench" / "results"
PORT = int(os.environ.get("AUDIT_PORT", "8765"))
RUNS = int(os.environ.get("AUDIT_RUNS", "3"))
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)

LIST_URLS = """
import json
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page
seen = {}
for page in Page.objects.live().public().filter(depth__gt=1).order_by("path").select_related("content_type"):
    label = page.content_type.model_class()._meta.verbose_name
    if page.content_type_id not in seen and page.url:
        seen[page.content_type_id] = (str(label), page.url)
urls = list(seen.values())
from members.models import MemberIndexPage
from taxonomy.models import Topic, TopicIndexPage
directory = MemberIndexPage.objects.get(locale__language_code="en")
urls.append(("comparison", directory.url + directory.reverse_subpage("compare")))
topics = TopicIndexPage.objects.get(locale__language_code="en")
urls.append(("topic", topics.topic_url(Topic.objects.filter(locale=topics.locale).first())))
urls.append(("home page (de)", Page.objects.get(depth=2, locale__language_code="de").url))
urls.append(("member directory (de)", MemberIndexPage.objects.get(locale__language_code="de").url))
try:
    urls.append(("search results", reverse("search") + "?q=rights"))
except NoReverseMatch:
    pass
print(json.dumps(urls))
"""


def say(text="", stream=sys.stdout):
    stream.write(f"{text}\n")
    stream.flush()


def run(*args, env, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)  # noqa: S603


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own server)
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"The server did not answer on {url}")


def lighthouse(url, env, attempts=3):
    """One Lighthouse run. Chrome sometimes exits uncleanly after writing the
    report (a non-zero exit with a complete report on stdout), so the report
    is what counts; a run without one is tried again."""
    for _attempt in range(attempts):
        result = subprocess.run(  # noqa: S603
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                "--output-path=stdout",
                f"--only-categories={','.join(CATEGORIES)}",
                "--form-factor=mobile",
                f"--chrome-flags={CHROME_FLAGS}",
                "--max-wait-for-load=30000",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        try:
            report = json.loads(result.stdout)
            scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
        except (ValueError, KeyError, TypeError):
            say(f"  Lighthouse failed on {url}: {result.stderr.strip()[-300:]}", sys.stderr)
            continue
        return report, scores
    return None, None


def main():
    work = Path(tempfile.mkdtemp(prefix="hrcn-audit-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.production",
        "SECRET_KEY": "audit-only-" + os.urandom(16).hex(),
        "SITE_URL": f"http://127.0.0.1:{PORT}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{work / 'audit.sqlite3'}",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "REDIS_URL": "",
        "HRCN_CACHE_DIR": str(work / "cache"),
        # Offline map (no tile requests): the audit machine has no internet.
        "HRCN_MAP_TILES_URL": "",
        "CHROME_PATH": "/usr/bin/chromium",
    }
    quiet = {"stdout": subprocess.DEVNULL}
    run(str(PYTHON), "manage.py", "migrate", "--noinput", "-v0", env=env)
    run(str(PYTHON), "manage.py", "load_network_content", env=env, **quiet)
    run(str(PYTHON), "manage.py", "collectstatic", "--noinput", "-v0", env=env)
    listing = run(
        str(PYTHON),
        "manage.py",
        "shell",
        "-v",
        "0",
        "-c",
        LIST_URLS,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    pages = json.loads(listing.strip().splitlines()[-1])

    base = f"http://127.0.0.1:{PORT}"
    server = subprocess.Popen(  # noqa: S603
        [
            str(GUNICORN),
            "hrcn_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        wait_for(base + "/robots.txt")
        for label, path in pages:
            scores = []
            for number in range(RUNS):
                report, score = lighthouse(base + path, env)
                if report is None:
                    break
                scores.append(score)
                name = f"{label.replace(' ', '-')}-{number + 1}.json"
                (RESULTS / name).write_text(json.dumps(report))
            median = {
                c: statistics.median(s[c] for s in scores) if scores else None for c in CATEGORIES
            }
            rows.append((label, path, median))
            say(f"  measured {path}", sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=20)

    say()
    say(f"Lighthouse (mobile), median of {RUNS} runs, production settings via gunicorn")
    say("Map in offline mode (HRCN_MAP_TILES_URL empty: no tile requests on this offline machine)")
    header = f"{'page type':<22} {'path':<38} {'perf':>5} {'a11y':>5} {'b-p':>5} {'seo':>5}"
    say(header)
    say("-" * len(header))
    for label, path, median in rows:
        say(
            f"{label[:22]:<22} {path[:38]:<38} "
            + " ".join(
                f"{'n/a' if median[c] is None else format(median[c], 'g'):>5}" for c in CATEGORIES
            )
        )
    say(f"\nFull reports: {RESULTS.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
