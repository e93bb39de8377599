"""On a phone (375x667) the listings' filters are folded, so the first
result is in the first screen; on a wide screen the form is open. The member
comparison folds its filters the same way: its table (captioned with the
number of cities) starts in the first screen."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}
FIRST_RESULT = {
    "/members/": ".member-list__items > li",
    "/activities/": ".activity-list__items > li",
    "/resources/": "main .card-grid > li",
    "/news/": "main .card-grid > li",
    "/members/compare/": ".member-matrix",
}
TOP_IN_FIRST_SCREEN = """(selector) => {
    const element = document.querySelector(selector);
    if (!element) { return null; }
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.top < window.innerHeight - 40;
}"""


def test_filters_fold_on_a_phone_and_open_on_a_wide_screen(site, page):
    """One test, one load of the starter site (see test_home_first_screen.py)."""
    for url, result in FIRST_RESULT.items():
        page.set_viewport_size(PHONE)
        page.goto(site.url + url, wait_until="load")
        fold = page.locator("details.filter-fold")
        assert fold.get_attribute("open") is None, url
        assert page.locator("details.filter-fold select").first.is_hidden(), url
        assert page.evaluate(TOP_IN_FIRST_SCREEN, result), f"first result of {url} at 375px"

        page.locator("details.filter-fold > summary").click()
        assert page.locator("details.filter-fold select").first.is_visible(), url

        page.set_viewport_size(DESKTOP)
        page.goto(site.url + url, wait_until="load")
        assert page.locator("details.filter-fold select").first.is_visible(), f"{url} at 1280px"
