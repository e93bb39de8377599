"""A page that does not exist, in every language: nothing in its head claims
the missing address, and every link out of it leads somewhere."""

import re

import pytest

from wagtail.models import Page

pytestmark = pytest.mark.django_db

HOMES = {"en": "/", "de": "/de/", "fr": "/fr/", "nl": "/nl/", "sv": "/sv/"}
SWITCHER_LINK = re.compile(r'class="language-switcher__link" href="([^"]*)" hreflang="([\w-]+)"')
CURRENT = re.compile(
    r'class="language-switcher__current" aria-current="true">'
    r'<span class="language-switcher__name" lang="([\w-]+)"'
)


def not_found(client, path):
    response = client.get(path)
    assert response.status_code == 404
    return response.content.decode()


@pytest.mark.parametrize("path", ["/no-such-page/", "/de/no-such-page/", "/sv/news/gone/"])
def test_a_404_has_no_canonical_og_url_or_alternates(client, path):
    html = not_found(client, path)
    assert 'rel="canonical"' not in html
    assert 'property="og:url"' not in html
    assert 'rel="alternate" hreflang' not in html
    assert '<h1 class="page-header__title">' in html


@pytest.mark.parametrize("language", HOMES)
def test_the_language_switcher_of_a_404_leads_to_each_home_page(client, language):
    prefix = HOMES[language]
    html = not_found(client, f"{prefix}news/gone/")
    links = {code: href for href, code in SWITCHER_LINK.findall(html)}
    assert CURRENT.findall(html) == [language]
    assert links == {code: home for code, home in HOMES.items() if code != language}
    for href in links.values():
        assert client.get(href).status_code == 200
    # The way back is the visitor's own language's home page.
    assert f'<a class="button" href="{prefix}">' in html


def test_a_language_without_a_home_page_is_not_offered(client):
    Page.objects.get(depth=2, locale__language_code="nl").unpublish()
    html = not_found(client, "/no-such-page/")
    links = {code: href for href, code in SWITCHER_LINK.findall(html)}
    assert "nl" not in links
    assert links["de"] == "/de/"


def test_pages_that_exist_keep_their_canonical_and_alternates(client):
    html = client.get("/de/").content.decode()
    assert '<link rel="canonical" href="http://testserver/de/">' in html
    assert '<meta property="og:url" content="http://testserver/de/">' in html
    assert 'rel="alternate" hreflang="en" href="http://testserver/"' in html
