"""Server-side render time and query count of each page type.

Usage: make bench (builds a throwaway SQLite database with the starter content,
then renders every page type N times through Django's test client). Prints the
median and 95th-percentile time and the queries per request. Templates render
as they do in production: the test environment's instrumented rendering (a
signal and a copy of the context for every template and include) is not
installed, since it would add a third to the time of a page with many
includes. A report, not a
test: the numbers depend on the machine.
"""

import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hrcn_site.settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

from members.models import MemberIndexPage  # noqa: E402
from taxonomy.models import Topic, TopicIndexPage  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "30"))
# WhiteNoise warns that collectstatic has not run; the bench renders pages only.
warnings.filterwarnings("ignore", message="No directory at")


def page_type_urls():
    english = Locale.objects.get(language_code="en")
    seen = {}
    for page in Page.objects.filter(depth__gt=1, locale=english).live().order_by("path"):
        seen.setdefault(page.content_type.model, page.url)
    german_home = Page.objects.get(depth=2, locale__language_code="de").url
    directory = MemberIndexPage.objects.get(locale=english)
    topics = TopicIndexPage.objects.get(locale=english)
    return [
        *seen.items(),
        ("comparison", directory.url + directory.reverse_subpage("compare")),
        ("topic", topics.topic_url(Topic.objects.filter(locale=english).first())),
        ("homepage (de)", german_home),
        ("memberindexpage (de)", MemberIndexPage.objects.get(locale__language_code="de").url),
        ("search", "/search/?q=rights"),
    ]


def main():
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    call_command("migrate", verbosity=0)
    call_command("load_network_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    print(f"{'page type':<22} {'url':<58} {'p50 ms':>7} {'p95 ms':>7} {'queries':>7}")
    for name, url in page_type_urls():
        client.get(url)  # warm caches
        timings = []
        for _ in range(RUNS):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        status = "" if response.status_code == 200 else f" ({response.status_code})"
        print(
            f"{name:<22} {url[:58]:<58} {statistics.median(timings):>7.1f} {p95:>7.1f} "
            f"{len(queries):>7}{status}"
        )


if __name__ == "__main__":
    main()
