"""The activity listing's filters (the pattern: taxonomy/listing.py)."""

from django.utils.translation import gettext_lazy as _

from activities.models import ActivityType
from taxonomy.listing import KnownChoiceFilter, ListingFilterSet

WHEN_CHOICES = [("upcoming", _("Upcoming")), ("past", _("Past"))]


class ActivityFilterSet(ListingFilterSet):
    """Filters activities already annotated by `with_schedule`."""

    hide_empty = True

    when = KnownChoiceFilter(label=_("When"), choices=WHEN_CHOICES, method="filter_when")
    type = KnownChoiceFilter(label=_("Type"), field_name="activity_type__slug")
    year = KnownChoiceFilter(label=_("Year"), field_name="start", lookup_expr="year")
    topic = KnownChoiceFilter(label=_("Topic"), field_name="topics__slug")
    city = KnownChoiceFilter(label=_("Member city"), field_name="member_cities__city__slug")

    def choices(self):
        years = self.queryset.dates("start", "year", order="DESC")
        return {
            "type": [
                (kind.slug, kind.name)
                for kind in ActivityType.objects.filter(locale_id=self.page.locale_id)
            ],
            "year": [(str(moment.year), moment.year) for moment in years],
            "topic": self.topics(),
            "city": self.linked_pages("member_cities__city"),
        }

    def filter_when(self, queryset, name, value):
        return queryset.filter(listed_as_upcoming=value == "upcoming")
