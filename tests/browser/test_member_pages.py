"""City profiles and the comparison on a phone: nothing wider than the screen."""

import pytest

from members.choices import CommitmentKind, CommitmentStatus
from members.models import MemberCityPage
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
