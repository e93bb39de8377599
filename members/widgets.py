"""The city form's map picker for the city's position."""

from django import forms
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _


class LocationPickerWidget(forms.NumberInput):
    """The longitude's number input with a map below it: a click on the map
    fills in both latitude and longitude, and typing either moves the marker.
    static/js/location-picker.js draws the map with the vendored Leaflet and
    the public map's tiles; everything it needs is in data- attributes (the
    admin's policy allows no inline data). Without tiles (offline) the map is
    blank but still answers clicks; without JavaScript the two number fields
    alone do the job."""

    def __init__(self, latitude_field="latitude", attrs=None):
        self.latitude_field = latitude_field
        super().__init__(attrs={"step": "0.00001", **(attrs or {})})

    class Media:
        css = {"all": ["vendor/leaflet/leaflet.css"]}
        js = ["js/location-picker.js"]

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, value, attrs, renderer)
        own_id = self.build_attrs(self.attrs, attrs).get("id") or f"id_{name}"
        latitude_id = own_id.removesuffix(name) + self.latitude_field
        return format_html(
            '{}<div class="location-picker" data-location-picker role="region"'
            ' aria-label="{}" data-latitude-input="{}" data-longitude-input="{}"'
            ' data-leaflet="{}" data-tiles-url="{}" data-tiles-attribution="{}"'
            ' data-marker-icon="{}" data-marker-icon-2x="{}" data-marker-shadow="{}">'
            '<p class="location-picker__fallback">{}</p></div>',
            field,
            _("Map: click where the city is to set its latitude and longitude"),
            latitude_id,
            own_id,
            static("vendor/leaflet/leaflet-src.esm.js"),
            settings.HRCN_MAP_TILES_URL,
            settings.HRCN_MAP_TILES_ATTRIBUTION,
            static("vendor/leaflet/images/marker-icon.png"),
            static("vendor/leaflet/images/marker-icon-2x.png"),
            static("vendor/leaflet/images/marker-shadow.png"),
            _("The map did not load: type the latitude and longitude instead."),
        )
