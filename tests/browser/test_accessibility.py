"""WCAG 2.2 AA in Chromium: axe-core on one live page of every page type, the
keyboard walk of the home page, the mobile menu, and no third-party requests.

Page types are found in the database, so a new page type is covered as soon
as the starter content creates a page of it.
"""

import contextlib
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from wagtail.models import Page

pytestmark = pytest.mark.browser

AXE_VERSION = "4.14.1"
AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

MOBILE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def one_url_per_page_type():
    """The first live, public page of each content type, in tree order."""
    urls = {}
    pages = Page.objects.live().public().filter(depth__gt=1).order_by("path")
    for page in pages.select_related("content_type"):
        if page.content_type_id not in urls:
            urls[page.content_type_id] = page.url
    return [url for url in urls.values() if url]


def public_urls():
    urls = one_url_per_page_type()
    with contextlib.suppress(NoReverseMatch):
        urls.append(reverse("search") + "?q=rights")
    urls.append("/no-such-page-here/")
    return urls


def axe_violations(page):
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
    result = page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return results.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map((n) => n.target.join(" ") + " :: " + n.failureSummary),
            }));
        }""",
        AXE_TAGS,
    )
    return result


@pytest.mark.parametrize(
    ("viewport", "scheme"),
    [(MOBILE, "light"), (DESKTOP, "light"), (MOBILE, "dark")],
    ids=["375px-light", "1280px-light", "375px-dark"],
)
def test_every_page_type_has_no_axe_violations(site, page, viewport, scheme):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme, reduced_motion="reduce")
    urls = public_urls()
    assert len(urls) >= 3
    found = {}
    for url in urls:
        page.goto(site.url + url, wait_until="load")
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    assert found == {}, json.dumps(found, indent=2)


def allowed_hosts(live_url):
    hosts = {urlsplit(live_url).netloc}
    for name in ("HRCN_MAP_TILES_URL",):
        tile_url = getattr(settings, name, "")
        if tile_url:
            hosts.add(urlsplit(tile_url.replace("{s}", "a")).netloc)
    return hosts


def test_no_public_page_requests_another_host(site, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    hosts = allowed_hosts(site.url)
    foreign = {}
    for url in public_urls():
        requested.clear()
        page.goto(site.url + url, wait_until="networkidle")
        others = [r for r in requested if r.startswith("http") and urlsplit(r).netloc not in hosts]
        if others:
            foreign[url] = others
    assert foreign == {}


FOCUS_STYLE = """(element) => {
    const styles = [];
    for (let node = element, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
        const style = getComputedStyle(node);
        styles.push([style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join("|"));
    }
    return styles;
}"""


def test_keyboard_walk_of_the_home_page_shows_focus_everywhere(site, page):
    page.set_viewport_size(DESKTOP)
    page.goto(site.url + "/")
    # What every focusable element looks like before it has focus.
    page.evaluate(f"window.__focusStyle = {FOCUS_STYLE}")
    page.evaluate(
        """() => {
            window.__unfocused = new Map();
            document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]")
                .forEach((el) => window.__unfocused.set(el, window.__focusStyle(el)));
        }"""
    )
    reached = set()
    invisible = []
    for _step in range(150):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                const now = window.__focusStyle(el);
                const before = window.__unfocused.get(el);
                const rect = el.getBoundingClientRect();
                return {
                    where: el.closest("footer") ? "footer"
                        : el.closest(".main-nav") ? "menu"
                        : el.closest("[role=search]") ? "search" : "other",
                    label: (el.textContent || el.name || el.id).trim().slice(0, 40),
                    changed: !before || now.some((s, i) => s !== before[i]),
                    visible: rect.width > 0 && rect.height > 0,
                    last: el === [...document.querySelectorAll("footer a[href]")].pop(),
                };
            }"""
        )
        if info is None:
            break
        reached.add(info["where"])
        if not (info["changed"] and info["visible"]):
            invisible.append(info["label"])
        if info["last"]:
            break
    expected = {"menu", "footer"}
    if page.locator("[role=search] input").count():
        expected.add("search")
    assert expected <= reached
    assert invisible == []


def test_mobile_menu_opens_and_closes_with_the_keyboard(site, page):
    page.set_viewport_size(MOBILE)
    page.goto(site.url + "/")
    button = page.locator(".menu-toggle")
    nav = page.locator("#main-nav")
    assert button.is_visible()
    assert button.get_attribute("aria-controls") == "main-nav"
    assert button.get_attribute("aria-expanded") == "false"
    assert not nav.is_visible()
    box = button.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24

    for _step in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('menu-toggle')"):
            break
    else:
        pytest.fail("Tab never reached the menu button")

    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert nav.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('#main-nav')")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not nav.is_visible()
    assert page.evaluate("() => document.activeElement.classList.contains('menu-toggle')")
    page.keyboard.press("Space")
    assert nav.is_visible()
    page.keyboard.press("Enter")
    assert not nav.is_visible()


def test_without_javascript_the_menu_is_simply_visible(site, browser):
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    no_js = browser.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        page = no_js.new_context(java_script_enabled=False, viewport=MOBILE).new_page()
        page.goto(site.url + "/")
        assert not page.locator(".menu-toggle").is_visible()
        assert page.locator("#main-nav").is_visible()
        assert page.locator("#main-nav a").count() >= 2
    finally:
        no_js.close()
