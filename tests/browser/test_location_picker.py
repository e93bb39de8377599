"""The city form's map picker, in Chromium, offline (no tiles): a click on the
blank map fills in both fields, typing moves the marker, publishing stores the
position."""

import re

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from members.models import MemberCityPage
from tests.browser.admin import sign_in
from tests.members.helpers import set_up_city, staff_user

pytestmark = pytest.mark.browser


# True once the map has moved from where it was (`before`, its pane's
# transform) and the marker stands in the middle of the map.
MAP_FOLLOWED_THE_MARKER = """([map, before]) => {
    const pane = map.querySelector(".leaflet-map-pane");
    const marker = map.querySelector(".leaflet-marker-icon").getBoundingClientRect();
    const box = map.getBoundingClientRect();
    const middle = Math.abs(marker.x + marker.width / 2 - (box.x + box.width / 2)) < 3;
    return pane.style.transform !== before && middle;
}"""


def test_staff_click_the_map_and_publish_the_citys_position(site, page, settings):
    settings.HRCN_MAP_TILES_URL = ""
    city, _editor = set_up_city("Graz", "AT", "editor@graz.example")
    assert city.latitude is None
    staff_user("moderator")

    sign_in(page, site.url, "moderator", "pw")
    page.goto(site.url + reverse("wagtailadmin_pages:edit", args=[city.pk]))
    latitude = page.get_by_role("spinbutton", name="Latitude")
    longitude = page.get_by_role("spinbutton", name="Longitude")
    expect(latitude).to_have_value("")

    map_ = page.get_by_role("region", name="Map: click where the city is")
    expect(map_).to_have_class(re.compile(r"leaflet-container .*location-picker--offline"))
    box = map_.bounding_box()
    map_.click(position={"x": box["width"] * 0.3, "y": box["height"] * 0.6})
    expect(latitude).not_to_have_value("")
    clicked = float(latitude.input_value()), float(longitude.input_value())
    # The blank map shows Europe and around; the click was left of its middle
    # (about 10 degrees east) and below it.
    assert 30 < clicked[0] < 60
    assert -90 < clicked[1] < 10
    marker = map_.locator(".leaflet-marker-icon")
    expect(marker).to_have_count(1)
    pane = map_.locator(".leaflet-map-pane")
    before = pane.evaluate("(pane) => pane.style.transform")

    latitude.fill("47.07071")
    longitude.fill("15.43950")
    # The marker goes to the typed place, which the map brings to its middle
    # (Leaflet pans with an animation, slower on a busy machine: wait for it).
    page.wait_for_function(MAP_FOLLOWED_THE_MARKER, arg=[map_.element_handle(), before])
    after = marker.bounding_box()
    assert pane.evaluate("(pane) => pane.style.transform") != before
    assert abs(after["x"] + after["width"] / 2 - (box["x"] + box["width"] / 2)) < 3

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("has been published")).to_be_visible()

    city = MemberCityPage.objects.get(pk=city.pk)
    assert (str(city.latitude), str(city.longitude)) == ("47.07071", "15.43950")
    assert [m for m in page.console_messages if getattr(m, "type", "error") == "error"] == []
