"""Every page type at 375 and 1280 px, in English and German: no horizontal
scrollbar on a phone, the language switcher on every page (on a phone in
view, or behind the menu button), and the German home and members pages
without an English menu, breadcrumb or footer label.

The page types are the ones the axe test walks (tests/browser/test_accessibility.py):
one live page of each type found in the database, the search results and a 404;
and the member comparison, the widest page on a phone.
"""

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page

from tests.browser.test_accessibility import public_urls

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}

SCROLLS_SIDEWAYS = """() => {
    const wide = [document.documentElement.scrollWidth, window.innerWidth];
    return wide[0] > wide[1] ? wide : null;
}"""

LABELS = """(selector) => [...document.querySelectorAll(selector)]
    .map((element) => element.textContent.trim()).filter(Boolean)"""


def one_page_per_page_type():
    """The pages test_accessibility.one_url_per_page_type() finds: the first
    live, public page of each content type, in tree order."""
    pages = {}
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
        pages.setdefault(page.content_type_id, page)
    return [page for page in pages.values() if page.url]


def german_urls():
    """The German page of each page type the axe test walks: its German
    translation where there is one (an alias counts: it is the page a German
    visitor is served), else its address under /de/; the search and the 404 in
    German."""
    german = Locale.objects.get(language_code="de")
    urls = []
    for page in one_page_per_page_type():
        found = page.get_translation_or_none(german)
        urls.append(found.url if found is not None and found.live else "/de" + page.url)
    with translation.override("de"):
        urls.append(reverse("search") + "?q=rights")
    urls.append("/de/no-such-page-here/")
    return urls


def untranslated_page():
    """An English page without a German translation (an alias does not count),
    and the German title of its nearest translated ancestor."""
    german = Locale.objects.get(language_code="de")
    translated = Page.objects.filter(locale=german, alias_of__isnull=True).values("translation_key")
    page = (
        Page.objects.live()
        .public()
        .filter(locale__language_code="en", depth__gt=2)
        .exclude(translation_key__in=translated)
        .order_by("path")
        .first()
    )
    assert page is not None, "the starter content has a page without a German translation"
    for ancestor in reversed(page.get_ancestors()):
        found = ancestor.get_translation_or_none(german)
        if found is not None and found.alias_of_id is None:
            return page, found
    pytest.fail(f"no ancestor of {page.url} is translated into German")


def switcher_reachable(page):
    """The switcher is visible, or on a phone visible once the menu is opened."""
    switcher = page.locator(".language-switcher")
    if switcher.count() != 1:
        return False
    if switcher.is_visible():
        return True
    toggle = page.locator(".menu-toggle")
    if not toggle.is_visible():
        return False
    toggle.click()
    return switcher.is_visible()


def test_every_page_type_fits_a_phone_and_offers_every_language(site, page):
    """One test, one load of the starter site (see test_home_first_screen.py)."""
    # The comparison is a sub-route of the directory, not a page type of its own.
    english = [*public_urls(), "/members/compare/"]
    german = [*german_urls(), "/de/members/compare/"]
    assert len(english) >= 10
    assert all(url.startswith("/de/") for url in german), german
    lonely, nearest = untranslated_page()

    too_wide, no_switcher = {}, []
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        for url in [*english, *german]:
            page.goto(site.url + url, wait_until="load")
            where = f"{url} at {viewport['width']}px"
            if viewport is PHONE and (wide := page.evaluate(SCROLLS_SIDEWAYS)):
                too_wide[where] = wide
            if not switcher_reachable(page):
                no_switcher.append(where)
    assert too_wide == {}, "pages wider than the screen: scrollWidth, innerWidth"
    assert no_switcher == []

    # A page without a German translation still offers German: its nearest
    # translated ancestor, and says so.
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        page.goto(site.url + lonely.url, wait_until="load")
        assert switcher_reachable(page), lonely.url
        link = page.locator(".language-switcher a[hreflang=de]")
        assert link.get_attribute("href") == nearest.url
        assert "language-switcher__link--nearest" in link.get_attribute("class")
        assert f"Not translated: goes to “{nearest.title}”" in link.inner_text()

    # The German home and members pages: no English menu, breadcrumb or footer label.
    page.set_viewport_size(DESKTOP)
    page.goto(site.url + "/", wait_until="load")
    english_menu = set(page.evaluate(LABELS, ".main-nav__link"))
    english_footer = set(page.evaluate(LABELS, ".site-footer__legal a"))
    page.goto(site.url + "/members/", wait_until="load")
    english_crumbs = set(page.evaluate(LABELS, ".breadcrumbs a"))
    assert len(english_menu) >= 5 and english_footer and english_crumbs
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        for url in ("/de/", "/de/members/"):
            page.goto(site.url + url, wait_until="load")
            where = f"{url} at {viewport['width']}px"
            assert page.locator("html").get_attribute("lang") == "de", where
            menu = set(page.evaluate(LABELS, ".main-nav__link"))
            assert len(menu) == len(english_menu), where
            assert not menu & english_menu, f"English menu labels on {where}"
            footer = set(page.evaluate(LABELS, ".site-footer__legal a"))
            assert footer and not footer & english_footer, f"English footer labels on {where}"
            crumbs = set(page.evaluate(LABELS, ".breadcrumbs a"))
            assert not crumbs & english_crumbs, f"English breadcrumbs on {where}"
