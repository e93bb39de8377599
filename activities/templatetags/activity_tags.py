"""The activities slot of the home page: the next activity and the latest
past ones, in the page's language. Two queries, however many activities,
kept with the content generation for a few minutes at most (an activity
that ends moves from "next" to "recent" without any edit)."""

import time

from django import template

from activities.models import ActivityIndexPage, ActivityPage
from home.caching import kept
from home.privacy import public_in_every_language

register = template.Library()

LATEST_PAST = 3
KEPT_SECONDS = 300


def home_slot(context):
    page = context.get("page")
    request = context.get("request")
    locale_id = getattr(page, "locale_id", None)

    def slot():
        activities = list(
            public_in_every_language(ActivityPage.objects.live().filter(locale_id=locale_id))
            .select_related("activity_type")
            .next_and_latest(LATEST_PAST)
        )
        if not activities:
            return {}
        # The listing is public too: a restriction on it would hide its activities.
        return {
            "index_page": ActivityIndexPage.objects.live().filter(locale_id=locale_id).first(),
            "next_activity": next((a for a in activities if a.listed_as_upcoming), None),
            "past_activities": [a for a in activities if not a.listed_as_upcoming],
        }

    period = int(time.time() // KEPT_SECONDS)
    slot = kept(f"home-activities:{locale_id}:{period}", slot, seconds=KEPT_SECONDS)
    return {"request": request, **slot}


def featured(slot):
    """The activity the first screen shows: the next one, else the latest."""
    past = slot.get("past_activities") or []
    return slot.get("next_activity") or (past[0] if past else None)


@register.inclusion_tag("activities/home_activities.html", takes_context=True)
def home_activities(context):
    """The activities below the first screen: the latest past ones, without
    the one the first screen already shows."""
    slot = home_slot(context)
    shown = featured(slot)
    return {
        **slot,
        "past_activities": [a for a in slot.get("past_activities") or [] if a != shown],
    }


@register.inclusion_tag("activities/home_featured_activity.html", takes_context=True)
def home_featured_activity(context):
    """The home page's first screen: the next activity, else the latest one,
    with its date (the same kept slot as `home_activities`)."""
    slot = home_slot(context)
    return {
        **slot,
        "activity": featured(slot),
        "is_next": slot.get("next_activity") is not None,
    }


@register.simple_tag
def city_activities(city):
    """The live activities a member city took part in, newest first:
    `{% city_activities page as activities %}` on the city's profile. The
    activities app owns the link (`ActivityMemberCity`), so it owns the query."""
    return (
        public_in_every_language(ActivityPage.objects.live())
        .filter(locale_id=city.locale_id, member_cities__city=city)
        .distinct()
        .order_by("-start")
    )
