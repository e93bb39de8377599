"""City profiles and the comparison on a phone: nothing wider than the screen."""

import pytest

from members.choices import CommitmentKind, CommitmentStatus
from members.models import MemberCityPage
from tests.browser.test_accessibility import axe_violations
from tests.factories import CityCommitmentFactory

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
CITY = "/members/example-city-austria/"


def page_scrolls_sideways(page):
    return page.evaluate("() => document.scrollingElement.scrollWidth > window.innerWidth")


@pytest.fixture
def city_with_framework(site):
    city = MemberCityPage.objects.get(url_path__endswith=CITY, locale__language_code="en")
    CityCommitmentFactory(
        page=city,
        kind=CommitmentKind.BUDGETING_PROCUREMENT,
        status=CommitmentStatus.PLANNED,
        link="https://example.org/a-very-long-address/that-goes-on/and-on/budgeting-and-procurement-resolution-2024.pdf",
        note="A sentence of context that is long enough to wrap on a phone screen twice.",
    )
    CityCommitmentFactory(page=city, kind=CommitmentKind.HUMAN_RIGHTS_OFFICE)
    return city


def test_a_city_profile_fits_a_phone(site, city_with_framework, page):
    page.set_viewport_size(PHONE)
    page.goto(site.url + CITY)
    assert page.locator(".member-summary meter").is_visible()
    assert page.get_by_text("2 of 16 items recorded").is_visible()
    assert not page_scrolls_sideways(page)
    folded = page.locator(".framework-group__unrecorded summary").first
    folded.click()
    assert page.locator(".framework-group__unrecorded li").first.is_visible()
    assert not page_scrolls_sideways(page)


def test_the_comparison_keeps_the_city_column_in_view_on_a_phone(site, city_with_framework, page):
    page.set_viewport_size(PHONE)
    page.goto(site.url + "/members/compare/")
    matrix = page.locator(".member-matrix")
    assert page.locator(".member-matrix__cue").is_visible()
    assert matrix.evaluate("box => box.scrollWidth > box.clientWidth"), "the table scrolls"
    assert not page_scrolls_sideways(page)
    city = page.locator('.member-matrix tbody th[scope="row"]').first
    country = page.locator(".member-matrix tbody td").first
    city.scroll_into_view_if_needed()
    before, country_before = city.bounding_box(), country.bounding_box()
    matrix.evaluate("box => { box.scrollLeft = 400; }")
    page.wait_for_function("() => document.querySelector('.member-matrix').scrollLeft >= 400")
    after, country_after = city.bounding_box(), country.bounding_box()
    assert after["x"] == pytest.approx(before["x"], abs=1)
    assert after["width"] == pytest.approx(before["width"], abs=1)
    assert country_after["x"] < country_before["x"] - 300, "the other columns scrolled"
    # The city column is drawn on top of the columns that scroll under it.
    x, y = after["x"] + after["width"] / 2, after["y"] + after["height"] / 2
    assert page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('th[scope=row]') !== null", [x, y]
    )
    assert not page_scrolls_sideways(page)


@pytest.mark.parametrize("url", [CITY, "/members/compare/"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_profile_and_comparison_have_no_axe_violations(
    site, city_with_framework, page, url, scheme
):
    page.set_viewport_size(PHONE)
    page.emulate_media(color_scheme=scheme, reduced_motion="reduce")
    page.goto(site.url + url)
    assert axe_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_status_has_the_same_colour_on_the_profile_and_in_the_comparison(
    site, city_with_framework, page, scheme
):
    page.emulate_media(color_scheme=scheme)
    colours = {"in-place": set(), "planned": set()}
    for url in (CITY, "/members/compare/"):
        page.goto(site.url + url)
        for status, seen in colours.items():
            marked = page.locator(f".member-status--{status}").first
            seen.add(marked.evaluate("element => getComputedStyle(element).color"))
    assert [len(seen) for seen in colours.values()] == [1, 1]
    assert colours["in-place"] != colours["planned"]
