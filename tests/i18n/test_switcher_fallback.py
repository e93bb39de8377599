"""The language switcher is on every page: for a language the page is not
translated into, it links to that language's nearest translated page (the
section's index, else the home page) and says that it is not the same page."""

import re

import pytest

from wagtail.models import Locale, Page

from home.models import StandardPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def switcher_links(html):
    """{language: (URL, "nearest" explanation or None)} of the switcher's links."""
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    links = {}
    for anchor in re.findall(r"<a [^>]*>.*?</a>", nav, re.S):
        code = re.search(r'hreflang="([a-z]+)"', anchor).group(1)
        url = re.search(r'href="([^"]+)"', anchor).group(1)
        title = re.search(r'title="([^"]+)"', anchor)
        links[code] = (url, title.group(1) if title else None)
    current = re.search(
        r'aria-current="true"><span class="language-switcher__name" lang="([a-z]+)"', nav
    ).group(1)
    return current, links


def test_an_english_only_page_offers_every_language_by_its_home_page(client, home_page):
    page = home_page.add_child(
        instance=StandardPage(title="Only in English", slug="only-in-english")
    )
    html = client.get(page.url).content.decode()
    current, links = switcher_links(html)
    assert current == "en"
    assert set(links) == {"de", "fr", "nl", "sv"}
    assert links["de"][0] == "/de/"
    german_home = Page.objects.get(depth=2, locale__language_code="de")
    assert links["de"][1] == f"Not translated: goes to “{german_home.title}”"
    assert 'class="language-switcher__mark" aria-hidden="true">*</span>' in html


def test_an_alias_offers_its_own_language_as_current_and_the_original(client, home_page):
    """The starter news item is an alias in German, below a translated news index."""
    news_index = Page.objects.get(depth=3, slug="news", locale=home_page.locale)
    item = news_index.get_children().first()
    german = item.get_translation(Locale.objects.get(language_code="de"))
    assert german.alias_of_id == item.pk
    current, links = switcher_links(client.get(german.url).content.decode())
    assert current == "de"
    assert links["en"] == (item.url, None)  # the original: the same page
    assert links["fr"][0] == "/fr/news/"
    # The explanation is in the visitor's language.
    assert links["fr"][1].startswith("Nicht übersetzt: führt zu „")


def test_the_nearest_translated_ancestor_is_the_sections_index(client, home_page):
    """A news item under a news index translated into German links there."""
    news_index = Page.objects.get(depth=3, slug="news", locale=home_page.locale).specific
    item = NewsPageFactory(parent=news_index, title="Only in English")
    german = Locale.objects.get(language_code="de")
    german_index = news_index.get_translation(german).specific
    german_index.title = "Nachrichten"
    german_index.save_revision().publish()
    current, links = switcher_links(client.get(item.url).content.decode())
    assert current == "en"
    assert links["de"] == (german_index.url, "Not translated: goes to “Nachrichten”")
    assert links["fr"][0] == "/fr/news/"


def test_a_translated_page_links_to_its_translation_unmarked(client):
    current, links = switcher_links(client.get("/about/").content.decode())
    assert links == {code: (f"/{code}/about/", None) for code in ["de", "fr", "nl", "sv"]}
