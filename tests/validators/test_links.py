"""A link crawl of the whole starter site, as a link checker would do it:
from the home page of every language, every internal `<a href>`,
`<link href>` and `src` is fetched once through the test client, and none
answers 4xx or 5xx."""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

START = ["/", "/de/", "/fr/", "/nl/", "/sv/"]
# Enough for every page of the starter site; a crawl that reaches it has
# most likely found a loop of generated addresses.
MAX_URLS = 600
SKIPPED_SCHEMES = {"mailto", "tel", "javascript", "data"}
PAGE_TYPES = ("text/html", "application/xhtml+xml")


class LinkCollector(HTMLParser):
    """The addresses a browser or crawler would fetch from an HTML page."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"a", "link", "area"} and attrs.get("href"):
            self.urls.append(attrs["href"])
        if attrs.get("src"):
            self.urls.append(attrs["src"])
        for candidate in (attrs.get("srcset") or "").split(","):
            if candidate.strip():
                self.urls.append(candidate.split()[0])


def internal_path(base, href):
    """The path (without query or fragment) `href` on page `base` leads to on
    this site, or None for another host, another scheme or a fragment."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    parts = urlsplit(urljoin(base, href))
    if parts.scheme in SKIPPED_SCHEMES:
        return None
    site = urlsplit(settings.SITE_URL)
    if parts.netloc and parts.netloc not in {site.netloc, "testserver"}:
        return None
    # Query strings (listing filters, pages, searches) only change which
    # items a page shows; each listing has its own tests for them.
    return parts.path or "/"


def fetch(client, path):
    """The status a visitor gets for `path`. Static files are served by
    WhiteNoise in production and not by the test client: they count as
    found when `collectstatic` would collect them."""
    if path.startswith(settings.STATIC_URL):
        return 200 if finders.find(path.removeprefix(settings.STATIC_URL)) else 404, None
    response = client.get(path)
    return response.status_code, response


def crawl(client):
    """{path: status} for every internal address reachable from START, and
    {path: page it was first linked from}."""
    statuses, found_on = {}, {}
    queue = deque(START)
    found_on.update(dict.fromkeys(START, "(start)"))
    while queue:
        path = queue.popleft()
        assert len(statuses) < MAX_URLS, f"more than {MAX_URLS} addresses: {sorted(statuses)}"
        statuses[path], response = fetch(client, path)
        if response is None:
            continue
        if response.status_code in {301, 302, 303, 307, 308}:
            target = internal_path(path, response["Location"])
            if target and target not in found_on:
                found_on[target] = path
                queue.append(target)
            continue
        content_type = response.get("Content-Type", "").split(";")[0]
        if response.status_code != 200 or content_type not in PAGE_TYPES:
            continue
        collector = LinkCollector()
        collector.feed(response.content.decode())
        for href in collector.urls:
            target = internal_path(path, href)
            if target and target not in found_on:
                found_on[target] = path
                queue.append(target)
    return statuses, found_on


def test_no_internal_link_is_broken_in_any_language(client):
    statuses, found_on = crawl(client)
    broken = [
        f"{status} {path} (linked from {found_on[path]})"
        for path, status in sorted(statuses.items())
        if status >= 400
    ]
    assert broken == [], "\n".join(broken)
    # The crawl reached every language's pages, not just the home pages.
    for prefix in ["/de/", "/fr/", "/nl/", "/sv/"]:
        assert sum(path.startswith(prefix) for path in statuses) > 10, prefix
