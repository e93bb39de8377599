"""Every Atom feed of the starter site, in every language, read by an
independent reader (feedparser) and checked for what RFC 4287 requires."""

import xml.etree.ElementTree as ET

import feedparser
import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
LANGUAGES = ["en", "de", "fr", "nl", "sv"]
FEEDS = ["activities/feed/", "news/feed/"]


def prefix(language):
    return "" if language == "en" else f"/{language}"


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_is_valid_atom(client, public_address, language, feed):
    path = f"{prefix(language)}/{feed}"
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")

    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.language == language
    assert parsed.feed.title
    assert parsed.feed.id.startswith(public_address)
    assert parsed.feed.updated_parsed
    assert parsed.feed.author_detail.name == "Human Rights Cities Network"
    assert parsed.feed.author_detail.href == f"{public_address}{prefix(language)}/"
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links["self"] == f"{public_address}{path}"
    assert links["alternate"] == f"{public_address}{path.removesuffix('feed/')}"
    assert parsed.entries, "the starter site has items in every feed"
    for entry in parsed.entries:
        assert entry.title
        assert entry.id.startswith(f"{public_address}{prefix(language)}/")
        assert entry.link == entry.id
        assert entry.updated_parsed

    # RFC 4287 4.1.1 and 4.1.2, on the XML itself: one of each required element.
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    for name in ("id", "title", "updated", "author"):
        assert len(root.findall(f"{ATOM}{name}")) == 1, name
    assert root.find(f"{ATOM}author/{ATOM}name").text
    ids = [entry.find(f"{ATOM}id").text for entry in root.findall(f"{ATOM}entry")]
    assert len(ids) == len(set(ids))
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
