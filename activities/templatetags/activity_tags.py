"""The activities slot of the home page: the next activity and the latest
past ones, in the page's language. Two queries, however many activities
(the private pages it leaves out are found once per request: home/privacy.py)."""

from django import template

from activities.models import ActivityIndexPage, ActivityPage
from home.privacy import public_in_every_language

register = template.Library()

LATEST_PAST = 3


@register.inclusion_tag("activities/home_activities.html", takes_context=True)
def home_activities(context):
    page = context.get("page")
    request = context.get("request")
    locale_id = getattr(page, "locale_id", None)
    activities = list(
        public_in_every_language(ActivityPage.objects.live().filter(locale_id=locale_id), request)
        .select_related("activity_type")
        .next_and_latest(LATEST_PAST)
    )
    if not activities:
        return {}
    # The listing is public too: a restriction on it would hide its activities.
    index_page = ActivityIndexPage.objects.live().filter(locale_id=locale_id).first()
    return {
        "request": request,
        "index_page": index_page,
        "next_activity": next((a for a in activities if a.listed_as_upcoming), None),
        "past_activities": [a for a in activities if not a.listed_as_upcoming],
    }
