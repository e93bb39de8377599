"""The site in five languages: real translations are offered, aliases in the
synchronised trees say which language their text is in, and search engines
get every alternate."""

import re
import xml.etree.ElementTree as ET

import pytest

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale, Page

from home.models import FooterText, HomePage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "de", "fr", "nl", "sv"]
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def html_lang(html):
    return re.search(r'<html lang="([a-z-]+)"', html).group(1)


def main_lang(html):
    match = re.search(r'<main id="main"[^>]*?(?: lang="([a-z-]+)")?>', html)
    return match.group(1)


def switcher(html):
    if 'class="language-switcher"' not in html:
        return {}
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    # The real translations; links to a nearest translated page instead are
    # tested in test_switcher_fallback.py.
    links = dict(
        re.findall(r'class="language-switcher__link" href="([^"]+)" hreflang="([a-z]+)"', nav)
    )
    return {code: url for url, code in links.items()}


def one_page_per_type():
    english = Locale.objects.get(language_code="en")
    seen = {}
    for page in Page.objects.filter(depth__gt=1, locale=english).live().public().order_by("path"):
        seen.setdefault(page.content_type_id, page)
    return list(seen.values())


def test_the_five_locales_have_a_home_page_with_our_own_text(client):
    headings = {}
    for code in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=code)
        assert home.alias_of_id is None
        html = client.get("/" if code == "en" else f"/{code}/").content.decode()
        assert html_lang(html) == code
        assert main_lang(html) is None
        headings[code] = re.search(r'class="hero__heading">([^<]+)<', html).group(1)
    assert headings["de"] == "Menschenrechte verwirklichen, Stadt für Stadt"
    assert len(set(headings.values())) == 5


def test_every_page_type_renders_in_every_locale(client):
    pages = one_page_per_type()
    assert len(pages) >= 10
    for page in pages:
        for code in LANGUAGES:
            translation = page.get_translation(Locale.objects.get(language_code=code))
            response = client.get(translation.url)
            assert response.status_code == 200, (page.content_type.model, code)
            html = response.content.decode()
            assert html_lang(html) == code
            # An alias shows the English text and says so.
            expected_main = "en" if translation.alias_of_id and code != "en" else None
            assert main_lang(html) == expected_main, (translation.url, code)


def news_item():
    """A starter page that nobody has translated: an alias in the other languages."""
    return Page.objects.get(depth=4, url_path__startswith="/home/news/", locale__language_code="en")


def test_switcher_offers_only_real_translations(client):
    about = switcher(client.get("/de/about/").content.decode())
    assert about == {"en": "/about/", "fr": "/fr/about/", "nl": "/nl/about/", "sv": "/sv/about/"}
    home = switcher(client.get("/").content.decode())
    assert home == {"de": "/de/", "fr": "/fr/", "nl": "/nl/", "sv": "/sv/"}
    # The news item exists in English only: no translation to switch to...
    item = news_item()
    assert switcher(client.get(item.url).content.decode()) == {}
    # ...and its German alias offers the way back to the English original.
    german = item.get_translation(Locale.objects.get(language_code="de"))
    assert switcher(client.get(german.url).content.decode()) == {"en": item.url}


def test_switcher_names_each_language_in_itself(client):
    html = client.get("/about/").content.decode()
    assert 'hreflang="de"><span class="language-switcher__name" lang="de">Deutsch</span>' in html
    assert (
        'aria-current="true"><span class="language-switcher__name" lang="en">English</span>' in html
    )


def test_hreflang_alternates_and_canonical(client):
    html = client.get("/de/about/").content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html)
    )
    assert alternates == {
        "en": "http://testserver/about/",
        **{code: f"http://testserver/{code}/about/" for code in ["de", "fr", "nl", "sv"]},
        "x-default": "http://testserver/about/",
    }
    item = news_item()
    alias = client.get(item.get_translation(Locale.objects.get(language_code="fr")).url)
    assert f'<link rel="canonical" href="http://testserver{item.url}">' in alias.content.decode()


def test_sitemap_lists_translations_as_alternates_and_leaves_out_aliases(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.find("s:loc", SITEMAP_NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)
        }
        for url in root.findall("s:url", SITEMAP_NS)
    }
    host = "http://testserver"
    assert entries[f"{host}/about/"] == {
        "en": f"{host}/about/",
        **{code: f"{host}/{code}/about/" for code in ["de", "fr", "nl", "sv"]},
        "x-default": f"{host}/about/",
    }
    assert entries[f"{host}/de/about/"] == entries[f"{host}/about/"]
    assert set(entries[f"{host}/"]) == {*LANGUAGES, "x-default"}
    item = news_item()
    french = item.get_translation(Locale.objects.get(language_code="fr"))
    assert f"{host}{french.url}" not in entries  # an alias
    assert entries[f"{host}{item.url}"] == {}


def test_listings_show_only_the_active_locale(client):
    english = client.get("/activities/").content.decode()
    german = client.get("/de/activities/").content.decode()
    english_links = set(re.findall(r'href="(/activities/[a-z0-9-]+/)"', english))
    german_links = set(re.findall(r'href="(/de/activities/[a-z0-9-]+/)"', german))
    assert english_links and german_links
    assert {link.removeprefix("/de") for link in german_links} == english_links
    assert not re.search(r'href="/activities/[a-z0-9-]+/"', german)


def test_interface_strings_follow_the_language(client):
    assert "Skip to main content" in client.get("/").content.decode()
    german = client.get("/de/").content.decode()
    assert "Zum Hauptinhalt springen" in german
    assert "Skip to main content" not in german


def test_page_links_in_blocks_follow_the_language(client):
    html = client.get("/de/").content.decode()
    cta = html[html.index('class="call-to-action"') :]
    assert 'href="/de/about/"' in cta[: cta.index("</aside>")]


def test_every_content_type_with_pages_is_covered():
    # Guards one_page_per_type against silently shrinking.
    types = {p.content_type_id for p in one_page_per_type()}
    models = {ContentType.objects.get_for_id(pk).model for pk in types}
    assert {
        "homepage",
        "standardpage",
        "memberindexpage",
        "membercitypage",
        "activityindexpage",
    } <= models


def test_footer_text_is_translated_with_a_fallback(client):
    german = client.get("/de/").content.decode()
    footer = german[german.index('<footer class="site-footer">') :]
    assert "Ein europäisches Netzwerk von Städten" in footer
    english = client.get("/").content.decode()
    assert "A European network of cities making human rights real" in english
    FooterText.objects.filter(locale__language_code="fr").delete()
    french = client.get("/fr/").content.decode()
    assert "A European network of cities making human rights real" in french
