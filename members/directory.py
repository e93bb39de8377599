"""The member directory's filters, shared by the list and map, the GeoJSON
route and the comparison table: one form validates the query string, one
function applies it."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from home.caching import kept
from home.public_url import page_url
from home.widgets import QuickSelect
from members.choices import (
    COMMITMENT_GROUPS,
    GROUPED_COMMITMENT_CHOICES,
    CommitmentStatus,
    CountryCode,
)
from members.models.snippets import MembershipType
from taxonomy.models import Topic

CITIES_PER_PAGE = 20


class DirectoryFilterForm(forms.Form):
    """The directory's query string. A value that is not one of the known
    choices is dropped (no filter), never an error page."""

    q = forms.CharField(required=False, max_length=100, label=_("City name"))
    country = forms.ChoiceField(required=False, widget=QuickSelect, label=_("Country"))
    membership = forms.ChoiceField(required=False, widget=QuickSelect, label=_("Membership type"))
    topic = forms.ChoiceField(required=False, widget=QuickSelect, label=_("Topic"))
    has = forms.ChoiceField(required=False, widget=QuickSelect, label=_("Has in place"))
    group = forms.ChoiceField(required=False, widget=QuickSelect, label=_("Columns"))

    def __init__(self, data, *, locale):
        super().__init__(data)
        fields = self.fields
        fields["country"].choices = [("", _("All countries")), *CountryCode.choices]
        fields["membership"].choices = [("", _("All membership types"))] + kept(
            f"membership-choices:{locale.pk}",
            lambda: [
                (item.slug, item.name) for item in MembershipType.objects.filter(locale=locale)
            ],
        )
        fields["topic"].choices = [("", _("All topics"))] + kept(
            f"topic-choices:{locale.pk}",
            lambda: [(item.slug, item.name) for item in Topic.objects.filter(locale=locale)],
        )
        fields["has"].choices = [("", _("Anything")), *GROUPED_COMMITMENT_CHOICES]
        fields["group"].choices = [("", _("Foundations, structures and tools"))] + [
            (group.value, group.label) for group in COMMITMENT_GROUPS
        ]
        self.locale = locale

    def valid_filters(self):
        """The filters that passed validation and are set."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def filter_cities(cities, filters, locale):
    if filters.get("q"):
        cities = cities.filter(
            Q(title__icontains=filters["q"]) | Q(local_name__icontains=filters["q"])
        )
    if filters.get("country"):
        cities = cities.filter(country=filters["country"])
    if filters.get("membership"):
        cities = cities.filter(membership_type__slug=filters["membership"])
    if filters.get("topic"):
        # Slugs are unique per locale, so this join adds at most one row a city.
        cities = cities.filter(topics__slug=filters["topic"], topics__locale=locale)
    if filters.get("has"):
        # At most one row per city and kind (a unique constraint), so no duplicates.
        cities = cities.filter(
            commitments__kind=filters["has"], commitments__status=CommitmentStatus.IN_PLACE
        )
    return cities


def feature_collection(cities, request):
    """GeoJSON (RFC 7946) for the cities that have coordinates: [lon, lat]."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(city.longitude), float(city.latitude)],
                },
                "properties": {
                    "name": city.title,
                    "url": page_url(city, request),
                    "country": city.country,
                    "country_name": str(city.country_name),
                    "membership_type": city.membership_type.name if city.membership_type else "",
                    "is_example": city.is_example,
                },
            }
            for city in cities
            if city.has_coordinates
        ],
    }


class CityDirectory:
    """The cities of one directory page, filtered by the request's query string."""

    def __init__(self, cities, request, *, locale):
        self.cities = cities
        self.request = request
        self.locale = locale
        self.form = DirectoryFilterForm(request.GET, locale=locale)
        self.filters = self.form.valid_filters()

    def filtered_cities(self, *, ignore=()):
        filters = {name: value for name, value in self.filters.items() if name not in ignore}
        return filter_cities(self.cities, filters, self.locale)

    def country_counts(self):
        """How many cities each country has, under every filter but the country."""
        rows = (
            self.filtered_cities(ignore=["country"])
            .prefetch_related(None)
            .order_by()
            .values("country")
            .annotate(count=Count("pk"))
        )
        counts = [
            {
                "code": row["country"],
                "name": CountryCode(row["country"]).label,
                "count": row["count"],
            }
            for row in rows
            if row["country"] in CountryCode.values
        ]
        return sorted(counts, key=lambda row: str(row["name"]))

    def map_context(self, cities):
        return {
            "tiles_url": settings.HRCN_MAP_TILES_URL,
            "tiles_attribution": settings.HRCN_MAP_TILES_ATTRIBUTION,
            "cities": feature_collection(cities, self.request),
        }

    def listing_context(self):
        cities = list(self.filtered_cities())
        page_of_cities = Paginator(cities, CITIES_PER_PAGE).get_page(self.request.GET.get("page"))
        for city in page_of_cities:
            city.card_url = city.get_url(self.request)
        return {
            "form": self.form,
            "filters": self.filters,
            "cities": page_of_cities,
            "result_count": len(cities),
            "country_counts": self.country_counts(),
            "map_data": self.map_context(cities),
        }
