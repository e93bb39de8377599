"""Page types of the home app: the base every public page builds on, the home
page and the generic standard page."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyStreamBlock, CallToActionBlock
from home.locales import locale_by_id
from home.models.mixins import ListingMixin, SocialMixin
from home.privacy import covered_paths, view_restrictions_in_every_language
from home.public_url import page_url
from home.routing import route_below
from home.schema_org import breadcrumb_list, organisation

INTRO_FEATURES = ["bold", "italic", "link"]


class BasePage(ListingMixin, SocialMixin, Page):
    """Abstract base of every public page: SEO, sharing and listing fields."""

    promote_panels = Page.promote_panels + SocialMixin.social_panels + ListingMixin.listing_panels

    # The HTTP methods a page answers; others get 405 (home/wagtail_hooks.py).
    http_methods = ("GET", "HEAD")

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        """The search description, else the listing summary, else the page's
        introduction if it has one. `base.html` falls back to the site's
        footer text when all are empty."""
        return (
            self.search_description
            or self.listing_summary
            or getattr(self, "introduction", "")
            or ""
        )

    @property
    def share_text(self):
        return self.social_text or self.meta_description

    @property
    def share_image(self):
        return self.social_image or self.listing_image

    @cached_property
    def content_language(self):
        """The language the page's text is written in. An alias that
        wagtail-localize keeps in a synchronised tree shows its source page's
        text, so it speaks the source's language, whatever its locale."""
        if self.alias_of_id:
            # The source is fetched once for this and `canonical_page`.
            source = self.alias_of
            if source is not None:
                locale = locale_by_id(source.locale_id)
                return locale.language_code if locale else source.locale.language_code
        locale = locale_by_id(self.locale_id)
        return locale.language_code if locale else self.locale.language_code

    @property
    def canonical_page(self):
        """An alias is a copy: search engines are pointed at its source."""
        return self.alias_of if self.alias_of_id else self

    def get_view_restrictions(self):
        """A restriction holds for every language version of the pages it
        covers (home/privacy.py): serving a page in any language asks for it,
        and the password entered for one version unlocks them all."""
        return view_restrictions_in_every_language(self, getattr(self, "_hrcn_covered_paths", None))

    def structured_data(self, request):
        """schema.org JSON-LD objects for this page, printed by `base.html`.

        Page types extend the list: `return [*super().structured_data(request),
        {...}]`. See docs/conventions.md ("Structured data").
        """
        # An alias is described on its source's URL, as its canonical link is.
        return [breadcrumb_list(self.canonical_page, request)]


class HomePage(BasePage):
    """The front page of one language version of the site."""

    hero_heading = models.CharField(
        max_length=160, help_text=_("The main heading, e.g. what the network is for.")
    )
    tagline = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("What the network is, in one line, under the heading on the first screen."),
    )
    hero_intro = models.TextField(
        blank=True,
        help_text=_("Two or three sentences about the network, shown below the first screen."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional wide image beside the heading. Its alt text comes from the image."),
    )
    mission = RichTextField(
        features=INTRO_FEATURES, blank=True, help_text=_("What the network does.")
    )
    vision = RichTextField(
        features=INTRO_FEATURES, blank=True, help_text=_("The world the network works towards.")
    )
    objectives_heading = models.CharField(
        max_length=120,
        default="Our strategic objectives",
        help_text=_("Heading above the list of objectives."),
    )
    call_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=1,
        help_text=_("An invitation shown at the end of the page."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("tagline"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("mission"),
        FieldPanel("vision"),
        MultiFieldPanel(
            [
                FieldPanel("objectives_heading"),
                InlinePanel("objectives", label=_("Objective"), min_num=0),
            ],
            heading=_("Strategic objectives"),
        ),
        MultipleChooserPanel(
            "featured_cities",
            chooser_field_name="city",
            heading=_("Featured member cities"),
            label=_("Member city"),
            help_text=_("Member cities shown on the home page, in this order."),
        ),
        FieldPanel("call_to_action"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("tagline"),
        index.SearchField("hero_intro"),
        index.SearchField("mission"),
        index.SearchField("vision"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "members.MemberIndexPage",
        "activities.ActivityIndexPage",
        "resources.ResourceIndexPage",
        "news.NewsIndexPage",
        "taxonomy.TopicIndexPage",
        "contact.FormPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Wagtail's routing in two queries however deep the page
        (home/routing.py). Wagtail routes from the home page in the visitor's
        language: the menu starts from it too (`localized_site_root`)."""
        request._hrcn_localized_root = self
        if path_components:
            result = route_below(self, request, path_components)
        else:
            result = super().route(request, path_components)
        # Wagtail asks the page served for its view restrictions next: the
        # restricted subtrees of this request tell whether any can apply.
        result.page._hrcn_covered_paths = covered_paths()
        # The page's locale, as the templates and `get_context` read it, from the cache.
        locale = locale_by_id(result.page.locale_id)
        if locale is not None:
            result.page.locale = locale
        return result

    def structured_data(self, request):
        from home.models.site_settings import SiteSettings
        from home.models.snippets import FooterText

        site_settings = SiteSettings.for_request(request)
        return [
            organisation(site_settings, page_url(self, request), FooterText.for_request(request)),
            *super().structured_data(request),
        ]


class StrategicObjective(Orderable):
    """One of the network's strategic objectives, in the order editors choose."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="objectives")
    title = models.CharField(max_length=160, help_text=_("The objective in a few words."))
    description = models.TextField(blank=True, help_text=_("What it means in practice."))

    panels = [FieldPanel("title"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("strategic objective")

    def __str__(self):
        return self.title


class StandardPage(BasePage):
    """A page of text and media: About, Mission and vision, Privacy, Imprint."""

    introduction = models.TextField(
        blank=True, help_text=_("A short lead paragraph shown under the title.")
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
