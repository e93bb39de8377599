"""News: a listing with an Atom feed, and one page per news item."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import BasePage
from home.privacy import public_in_every_language
from news.feeds import NewsFeed
from taxonomy.listing import KnownChoiceFilter, ListingFilterSet, paginate
from taxonomy.models import RelatedCitiesMixin, TaggingMixin


class NewsFilterSet(ListingFilterSet):
    """The news listing's filter (the pattern: taxonomy/listing.py)."""

    hide_empty = True

    topic = KnownChoiceFilter(label=_("Topic"), field_name="topics__slug")

    def choices(self):
        return {"topic": self.topics()}


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news listing, newest first, with a topic filter and a feed at `feed/`."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the news."))

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    per_page = 10

    class Meta:
        verbose_name = _("news listing")

    def news_items(self):
        return (
            public_in_every_language(NewsPage.objects.child_of(self).live())
            .select_related("listing_image")
            .order_by("-date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = NewsFilterSet(request.GET, self.news_items(), page=self, request=request)
        context.update(filters=filters, news=paginate(request, filters.qs, self.per_page))
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        return NewsFeed(self)(request)

    @property
    def feed_url(self):
        return self.url + self.reverse_subpage("feed")


class NewsPage(TaggingMixin, RelatedCitiesMixin, BasePage):
    """One news item."""

    date = models.DateField(default=timezone.localdate, help_text=_("Date shown on the item."))
    summary = models.TextField(
        max_length=400, help_text=_("One or two sentences for the listing and the feed.")
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
        *TaggingMixin.tagging_panels,
        *RelatedCitiesMixin.related_cities_panels,
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("body"),
        *TaggingMixin.tagging_api_fields,
        *RelatedCitiesMixin.related_cities_api_fields,
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cities"] = self.live_related_cities()
        return context
