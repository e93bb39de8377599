"""The home page's first screen (the viewport before scrolling) at 375x667
and 1280x800: a member city, an activity with its date and the join action;
the main menu on one row from 1024px; no horizontal scrollbar at 375px."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}

IN_FIRST_SCREEN = """(selector) => {
    const element = document.querySelector(selector);
    if (!element) { return null; }
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
        && box.left >= 0 && box.right <= window.innerWidth;
}"""


def first_screen(page, selector):
    return page.evaluate(IN_FIRST_SCREEN, selector)


def test_home_page_first_screen_menu_row_and_width(site, page):
    """One test, one load of the starter site: after the first transactional
    test of a session the flushed database cannot load the starter content
    again (the staff group's permissions are gone)."""
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        page.goto(site.url + "/", wait_until="load")
        where = f"at {viewport['width']}x{viewport['height']}"
        assert page.evaluate("() => window.scrollY") == 0

        city = page.locator(".member-featured__link").first
        assert city.inner_text().startswith("Example city ("), where
        assert first_screen(page, ".member-featured__link"), f"a member city {where}"

        date = page.locator(".home-now__activity time")
        assert date.get_attribute("datetime"), where
        assert date.inner_text().strip(), where
        assert first_screen(page, ".home-now__activity time"), f"the activity date {where}"
        assert first_screen(page, ".home-now__title a"), f"the activity {where}"

        join = page.get_by_role("link", name="Join the network")
        assert join.get_attribute("href") == "/join/"
        assert first_screen(page, ".home-actions__item--join a"), f"the join action {where}"

    # The main menu is one row from 1024px: every link at the same top offset.
    for width in (1024, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(site.url + "/", wait_until="load")
        tops = page.evaluate(
            """() => [...document.querySelectorAll('.main-nav__link')]
                .map((link) => Math.round(link.getBoundingClientRect().top))"""
        )
        assert len(tops) >= 5
        assert len(set(tops)) == 1, f"menu rows at {width}px: {sorted(set(tops))}"

    # No horizontal scrollbar at 375px, in English and in German.
    page.set_viewport_size(PHONE)
    for path in ("/", "/de/"):
        page.goto(site.url + path, wait_until="load")
        width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], f"{path} is {width[0]}px wide at 375px"
