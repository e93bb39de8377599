"""The member directory's filters, shared by the list and map, the GeoJSON
route and the comparison table (the pattern: taxonomy/listing.py)."""

import django_filters

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from members.choices import (
    COMMITMENT_GROUPS,
    GROUPED_COMMITMENT_CHOICES,
    CommitmentStatus,
    CountryCode,
)
from members.models.snippets import MembershipType
from taxonomy.listing import KnownChoiceFilter, ListingFilterSet


class CityFilterSet(ListingFilterSet):
    label_suffix = ":"

    q = django_filters.CharFilter(label=_("City name"), max_length=100, method="filter_name")
    country = KnownChoiceFilter(
        label=_("Country"), choices=CountryCode.choices, empty_label=_("All countries")
    )
    membership = KnownChoiceFilter(
        label=_("Membership type"),
        field_name="membership_type__slug",
        empty_label=_("All membership types"),
    )
    topic = KnownChoiceFilter(label=_("Topic"), empty_label=_("All topics"), method="filter_topic")
    has = KnownChoiceFilter(
        label=_("Has in place"),
        choices=GROUPED_COMMITMENT_CHOICES,
        empty_label=_("Anything"),
        method="filter_has",
    )
    # Chooses the comparison table's columns; it filters no city.
    group = KnownChoiceFilter(
        label=_("Columns"),
        choices=[(group.value, group.label) for group in COMMITMENT_GROUPS],
        empty_label=_("Foundations, structures and tools"),
        method="keep_all",
    )

    def choices(self):
        return {
            "membership": [
                (kind.slug, kind.name)
                for kind in MembershipType.objects.filter(locale_id=self.page.locale_id)
            ],
            "topic": self.topics(),
        }

    def filter_name(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(local_name__icontains=value))

    def filter_topic(self, queryset, name, value):
        # Slugs are unique per locale, so this join adds at most one row a city.
        return queryset.filter(topics__slug=value, topics__locale_id=self.page.locale_id)

    def filter_has(self, queryset, name, value):
        # At most one row per city and kind (a unique constraint), so no duplicates.
        return queryset.filter(
            commitments__kind=value, commitments__status=CommitmentStatus.IN_PLACE
        )

    def keep_all(self, queryset, name, value):
        return queryset
