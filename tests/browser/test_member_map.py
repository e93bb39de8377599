import pytest

pytestmark = pytest.mark.browser


def test_the_member_map_shows_its_markers_with_leaflets_images(site, page):
    answers = []
    page.on("response", lambda response: answers.append((response.status, response.url)))
    page.goto(site.url + "/members/")
    marker = page.locator(".leaflet-marker-icon").first
    marker.wait_for()
    assert marker.evaluate("image => image.complete && image.naturalWidth > 0")
    assert "/static/vendor/leaflet/images/marker-icon" in marker.get_attribute("src")
    assert [url for status, url in answers if status >= 400] == []
