"""The member directory: its cities under the filters (members/filters.py),
counted per country, on the map and as GeoJSON."""

from collections import Counter

from django.conf import settings
from django.db.models import Count

from home.public_url import page_url
from members.choices import CountryCode
from members.filters import CityFilterSet
from taxonomy.listing import paginate

CITIES_PER_PAGE = 20
# What the list and the map show of a city (members/member_index_page.html,
# `feature_collection`): a city's profile, its body above all, stays unread.
LISTED_FIELDS = (
    "title",
    "url_path",
    "listing_summary",
    "country",
    "latitude",
    "longitude",
    "membership_type",
    "is_example",
)


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

    def __init__(self, page, cities, request):
        self.request = request
        self.filterset = CityFilterSet(request.GET, cities, page=page, request=request)
        self.filters = self.filterset.values

    def filtered_cities(self):
        return self.filterset.qs

    def country_counts(self, cities=None):
        """How many cities each country has, under every filter but the
        country: counted in `cities` (the filtered cities) when no country is
        chosen, else with one query."""
        if cities is not None and "country" not in self.filters:
            counts = Counter(city.country for city in cities)
        else:
            rows = (
                self.filterset.qs_without("country")
                .prefetch_related(None)
                .order_by()
                .values("country")
                .annotate(count=Count("pk"))
            )
            counts = {row["country"]: row["count"] for row in rows}
        counts = [
            {"code": code, "name": CountryCode(code).label, "count": count}
            for code, count in counts.items()
            if code in CountryCode.values
        ]
        return sorted(counts, key=lambda row: str(row["name"]))

    def map_context(self, cities):
        return {
            "tiles_url": settings.HRCN_MAP_TILES_URL,
            "tiles_attribution": settings.HRCN_MAP_TILES_ATTRIBUTION,
            "cities": feature_collection(cities, self.request),
        }

    def listing_context(self):
        cities = list(self.filtered_cities().only(*LISTED_FIELDS))
        page_of_cities = paginate(self.request, cities, CITIES_PER_PAGE)
        for city in page_of_cities:
            city.card_url = city.get_url(self.request)
        return {
            "filterset": self.filterset,
            "filters": self.filters,
            "cities": page_of_cities,
            "result_count": len(cities),
            "country_counts": self.country_counts(cities),
            "map_data": self.map_context(cities),
        }
