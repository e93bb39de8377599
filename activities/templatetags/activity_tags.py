"""The activities slot of the home page: the next activity and the latest
past ones, in the page's language. Two queries, however many activities."""

from django import template

from activities.models import ActivityIndexPage, ActivityPage

register = template.Library()

LATEST_PAST = 3


@register.inclusion_tag("activities/home_activities.html", takes_context=True)
def home_activities(context):
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    activities = list(
        ActivityPage.objects.live()
        .not_restricted()
        .filter(locale_id=locale_id)
        .select_related("activity_type")
        .next_and_latest(LATEST_PAST)
    )
    if not activities:
        return {}
    # The listing is public too: a restriction on it would hide its activities.
    index_page = ActivityIndexPage.objects.live().filter(locale_id=locale_id).first()
    return {
        "request": context.get("request"),
        "index_page": index_page,
        "next_activity": next((a for a in activities if a.listed_as_upcoming), None),
        "past_activities": [a for a in activities if not a.listed_as_upcoming],
    }
