"""The city form's map picker for the city's position."""

import pytest

from django.templatetags.static import static
from django.urls import reverse

from tests.members.helpers import city_edit_form, set_up_city

pytestmark = pytest.mark.django_db


def edit_form(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_city_editor_sees_the_position_fields_with_a_map_and_what_they_are_for(
    client, directory, settings
):
    page, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    html = edit_form(client, editor, page)

    assert "Position on the map" in html
    assert "Without a position the city does not appear on the network" in html
    assert 'name="latitude"' in html
    assert 'name="longitude"' in html
    assert 'data-location-picker role="region"' in html
    assert 'data-latitude-input="id_latitude" data-longitude-input="id_longitude"' in html
    assert f'data-leaflet="{static("vendor/leaflet/leaflet-src.esm.js")}"' in html
    assert f'data-tiles-url="{settings.HRCN_MAP_TILES_URL}"' in html
    assert f'data-marker-icon="{static("vendor/leaflet/images/marker-icon.png")}"' in html
    assert f'<script src="{static("js/location-picker.js")}"></script>' in html
    assert f'href="{static("vendor/leaflet/leaflet.css")}"' in html
    # Nothing inline: the data travels in attributes.
    picker = html.split('<div class="location-picker"')[1].split("</div>")[0]
    assert "style=" not in picker
    assert "<script" not in picker


def test_offline_the_picker_asks_for_no_tiles(client, directory, settings):
    settings.HRCN_MAP_TILES_URL = ""
    page, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    assert 'data-tiles-url=""' in edit_form(client, editor, page)


def test_the_city_editor_saves_a_typed_position_and_half_a_position_is_refused(client, directory):
    page, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = client.post(url, city_edit_form(page, latitude="47.07", longitude=""))
    assert response.status_code == 200
    assert "Give both latitude and longitude, or neither." in response.content.decode()

    response = client.post(url, city_edit_form(page, latitude="47.07071", longitude="15.43950"))
    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert (str(draft.latitude), str(draft.longitude)) == ("47.07071", "15.43950")
