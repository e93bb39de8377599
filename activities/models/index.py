"""The list of the network's activities, with its Atom and calendar feeds."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from activities.models.pages import ActivityPage
from activities.models.relations import ActivityParticipant
from home.models import BasePage
from home.privacy import public_in_every_language
from taxonomy.listing import paginate


class ActivityIndexPage(RoutablePageMixin, BasePage):
    """The list of the network's activities, upcoming first, then the archive.
    Also serves an Atom feed and a calendar feed of all its activities."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the list."))

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["activities.ActivityPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("activity index page")

    def activities(self):
        return public_in_every_language(
            ActivityPage.objects.child_of(self)
            .live()
            .filter(locale_id=self.locale_id)
            .select_related("activity_type")
        )

    @property
    def atom_feed_url(self):
        return self.url + self.reverse_subpage("feed")

    @property
    def calendar_feed_url(self):
        return self.url + self.reverse_subpage("calendar")

    def get_context(self, request, *args, **kwargs):
        from activities.filters import ActivityFilterSet

        context = super().get_context(request, *args, **kwargs)
        filters = ActivityFilterSet(
            request.GET, self.activities().upcoming_first(), page=self, request=request
        )
        page_obj = paginate(request, filters.qs, self.per_page)
        add_speakers_to_cards(page_obj)
        context.update(
            filters=filters,
            page_obj=page_obj,
            upcoming=[activity for activity in page_obj if activity.listed_as_upcoming],
            past=[activity for activity in page_obj if not activity.listed_as_upcoming],
        )
        return context

    @path("feed/", name="feed")
    def atom_feed(self, request):
        from activities.feeds import ActivityAtomFeed

        return ActivityAtomFeed(self)(request)

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        from activities.calendar import calendar_response

        activities = self.activities().order_by("-start")[:500]
        return calendar_response(request, activities, name=self.title, filename="activities.ics")


def add_speakers_to_cards(activities):
    """Each card's line under the summary names the speakers and moderators,
    in the editors' order: one query for the whole page of the listing."""
    names = {}
    for page_id, name in (
        ActivityParticipant.objects.filter(page_id__in=[activity.pk for activity in activities])
        .order_by("page_id", "sort_order")
        .values_list("page_id", "person__name")
    ):
        names.setdefault(page_id, []).append(name)
    for activity in activities:
        if activity.pk in names:
            activity.listing_meta = _("%(when_and_how)s · With %(people)s") % {
                "when_and_how": activity.card_meta,
                "people": ", ".join(names[activity.pk]),
            }
