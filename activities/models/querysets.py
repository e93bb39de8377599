"""How activities are split into upcoming and past, in the database."""

from django.db.models import BooleanField, Case, ExpressionWrapper, F, Q, When, Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

# Upcoming activities soonest first, past ones newest first.
WITHIN_GROUP = [
    Case(When(listed_as_upcoming=True, then=F("start"))).asc(),
    F("start").desc(),
    F("pk").asc(),
]


class ActivityPageQuerySet(PageQuerySet):
    """Splits activities into upcoming and past in the database.

    An activity is upcoming until it ends; one without an end time counts by
    its start. So an event running now is still upcoming.
    """

    def with_schedule(self, now=None):
        now = now or timezone.now()
        return self.alias(finishes_at=Coalesce("end", "start")).annotate(
            listed_as_upcoming=ExpressionWrapper(Q(finishes_at__gte=now), BooleanField())
        )

    def upcoming(self, now=None):
        return self.with_schedule(now).filter(listed_as_upcoming=True).order_by("start", "pk")

    def past(self, now=None):
        return self.with_schedule(now).filter(listed_as_upcoming=False).order_by("-start", "-pk")

    def upcoming_first(self, now=None):
        """Upcoming soonest first, then past newest first, in one ordering."""
        return self.with_schedule(now).order_by(F("listed_as_upcoming").desc(), *WITHIN_GROUP)

    def next_and_latest(self, latest, now=None):
        """The next upcoming activity and the `latest` past ones, in one query."""
        ranked = self.with_schedule(now).annotate(
            rank=Window(RowNumber(), partition_by=F("listed_as_upcoming"), order_by=WITHIN_GROUP)
        )
        return ranked.filter(
            Q(listed_as_upcoming=True, rank=1) | Q(listed_as_upcoming=False, rank__lte=latest)
        ).order_by(F("listed_as_upcoming").desc(), *WITHIN_GROUP)


ActivityPageManager = PageManager.from_queryset(ActivityPageQuerySet)
