"""The listing's filters. A value from the query string is used only when it
names one of the options offered; anything else means "no filter"."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from activities.models import ActivityType
from home.privacy import public_in_every_language
from members.models import MemberCityPage
from taxonomy.models import Topic

WHEN_CHOICES = [("upcoming", _("Upcoming")), ("past", _("Past"))]


class ActivityFilters:
    def __init__(self, params, activities, locale_id, request=None):
        self.types = list(ActivityType.objects.filter(locale_id=locale_id))
        self.topics = list(Topic.objects.filter(locale_id=locale_id))
        self.years = [moment.year for moment in activities.dates("start", "year", order="DESC")]
        self.cities = list(
            public_in_every_language(MemberCityPage.objects.live(), request)
            .filter(locale_id=locale_id, activity_links__page__in=activities)
            .distinct()
            .order_by("title")
            .only("title", "slug")
        )
        self.when_choices = WHEN_CHOICES
        self.selected = {
            "type": self._known(params, "type", {t.slug for t in self.types}),
            "topic": self._known(params, "topic", {t.slug for t in self.topics}),
            "city": self._known(params, "city", {c.slug for c in self.cities}),
            "year": self._known(params, "year", {str(year) for year in self.years}),
            "when": self._known(params, "when", {value for value, _label in WHEN_CHOICES}),
        }

    @staticmethod
    def _known(params, name, allowed):
        value = params.get(name, "")
        return value if value in allowed else ""

    @property
    def fields(self):
        """The filter form's selects, for components/filter_select.html."""
        fields = [
            ("when", _("When"), WHEN_CHOICES),
            ("type", _("Type"), [(t.slug, t.name) for t in self.types]),
            ("year", _("Year"), [(year, year) for year in self.years]),
            ("topic", _("Topic"), [(t.slug, t.name) for t in self.topics]),
            ("city", _("Member city"), [(c.slug, c.title) for c in self.cities]),
        ]
        return [
            {"name": name, "label": label, "choices": choices, "value": self.selected[name]}
            for name, label, choices in fields
            if choices
        ]

    @property
    def active(self):
        return any(self.selected.values())

    @property
    def query_string(self):
        """The chosen filters, for pagination links (starts with & when not empty)."""
        chosen = {name: value for name, value in self.selected.items() if value}
        return f"&{urlencode(chosen)}" if chosen else ""

    def apply(self, activities):
        """Filter activities already annotated by `with_schedule`."""
        selected = self.selected
        if selected["type"]:
            activities = activities.filter(activity_type__slug=selected["type"])
        if selected["topic"]:
            activities = activities.filter(topics__slug=selected["topic"])
        if selected["city"]:
            activities = activities.filter(member_cities__city__slug=selected["city"])
        if selected["year"]:
            activities = activities.filter(start__year=int(selected["year"]))
        if selected["when"] == "upcoming":
            activities = activities.filter(listed_as_upcoming=True)
        elif selected["when"] == "past":
            activities = activities.filter(listed_as_upcoming=False)
        return activities
