"""The profile page of one member city, after the FRA framework."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import BasePage
from home.privacy import public_in_every_language
from home.public_url import page_url
from members.choices import (
    COMMITMENT_GROUPS,
    EU_MEMBER_STATES,
    FRAMEWORK_ORDER,
    KIND_GROUP,
    CountryCode,
    RecognitionType,
)
from members.forms import MemberCityPageForm
from members.models.mixins import PublisherDeletesMixin
from members.models.practices import PracticePage
from members.validators import LATITUDE_VALIDATORS, LONGITUDE_VALIDATORS, YEAR_VALIDATORS
from members.widgets import LocationPickerWidget
from taxonomy.models import TaggingMixin

# Fields only HRCN staff set: membership, the example flag, verification.
STAFF_ONLY = "members.manage_membership"


class MemberCityPage(PublisherDeletesMixin, TaggingMixin, BasePage):
    """The profile of one member city, after the FRA framework: identity,
    human-rights-city status, and its foundations, structures and tools
    (`CityCommitment` rows)."""

    # Identity
    local_name = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("The city's name in its own language, if it differs from the title."),
    )
    country = models.CharField(
        max_length=2,
        choices=CountryCode.choices,
        help_text=_("The city's country. EU membership follows from it."),
    )
    region = models.CharField(
        max_length=120, blank=True, help_text=_("Region, province or federal state.")
    )
    population = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Number of residents.")
    )
    population_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year the population figure refers to."),
    )
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=LATITUDE_VALIDATORS,
        help_text=_("Between -90 and 90, e.g. 48.20849. Places the city on the map."),
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=LONGITUDE_VALIDATORS,
        help_text=_("Between -180 and 180, e.g. 16.37208."),
    )
    website = models.URLField(blank=True, help_text=_("The city's website."))
    human_rights_page = models.URLField(
        blank=True, help_text=_("The city's own page about human rights, if it has one.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The city's logo or coat of arms. Its alt text is the image's own, "
            "e.g. 'Coat of arms of Graz': required to submit or publish."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide photo shown at the top of the profile. Its alt text, what the "
            "photo shows, is the image's own: required to submit or publish."
        ),
    )
    membership_type = models.ForeignKey(
        "members.MembershipType",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cities",
        help_text=_("The city's kind of membership. Staff edit the list under Snippets."),
    )
    member_since = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year the city joined the network."),
    )
    other_networks = models.CharField(
        max_length=300, blank=True, help_text=_("Other city networks it belongs to.")
    )
    publication_languages = models.CharField(
        max_length=200, blank=True, help_text=_("The languages the city publishes in.")
    )
    contact_role = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("A role, not a person, e.g. 'Human rights office'."),
    )
    contact_email = models.EmailField(
        blank=True,
        help_text=_(
            "A function mailbox such as humanrights@city.example. No personal address "
            "without the person's consent."
        ),
    )
    is_example = models.BooleanField(
        default=False,
        help_text=_(
            "An example profile from the starter content. Shows a notice on the page; "
            "untick once real data replaces it."
        ),
    )

    # Status
    recognition = models.CharField(
        max_length=20,
        choices=RecognitionType.choices,
        blank=True,
        help_text=_("A formal declaration, or an informal process."),
    )
    declaration_date = models.DateField(
        null=True, blank=True, help_text=_("When the declaration was adopted.")
    )
    adopting_body = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "The body or resolution that adopted it, e.g. 'City council, resolution 12/2019'."
        ),
    )
    status_summary = models.TextField(
        blank=True, help_text=_("Two or three sentences on the city's path so far.")
    )

    # Story
    body = StreamField(BodyStreamBlock(), blank=True, help_text=_("The city's story."))
    last_updated_by_city = models.DateField(
        null=True, blank=True, help_text=_("When the city last reviewed this profile.")
    )
    last_verified_by_hrcn = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("last verified by HRCN"),
        help_text=_("When HRCN staff last checked it."),
    )

    identity_panels = [
        FieldPanel("is_example", permission=STAFF_ONLY),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("local_name"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("population_year")]),
            ],
            heading=_("Name and place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("latitude"),
                FieldPanel("longitude", widget=LocationPickerWidget(latitude_field="latitude")),
            ],
            heading=_("Position on the map"),
            help_text=_(
                "Click the map where the city is, or type its latitude and longitude. "
                "Without a position the city does not appear on the network's map of members."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("membership_type", permission=STAFF_ONLY),
                FieldPanel("member_since", permission=STAFF_ONLY),
                FieldPanel("other_networks"),
                FieldPanel("publication_languages"),
            ],
            heading=_("Membership"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("human_rights_page"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
            ],
            heading=_("Web and contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("hero_image"),
            ],
            heading=_("Images"),
        ),
    ]
    status_panels = [
        FieldPanel("recognition"),
        FieldPanel("declaration_date"),
        FieldPanel("adopting_body"),
        FieldPanel("status_summary"),
    ]
    framework_panels = [
        InlinePanel(
            "commitments",
            heading=_("Foundations, structures and tools"),
            label=_("Item"),
            help_text=_(
                "One row per item of the FRA framework the city can say something about. "
                "Leave out what is not known."
            ),
        )
    ]
    story_panels = [
        FieldPanel("body"),
        *TaggingMixin.tagging_panels,
        FieldRowPanel(
            [
                FieldPanel("last_updated_by_city"),
                FieldPanel("last_verified_by_hrcn", permission=STAFF_ONLY),
            ]
        ),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(identity_panels, heading=_("Identity")),
            ObjectList(status_panels, heading=_("Status")),
            ObjectList(framework_panels, heading=_("Framework")),
            ObjectList(story_panels, heading=_("Story and themes")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("local_name"),
        index.SearchField("region"),
        index.SearchField("status_summary"),
        index.SearchField("body"),
        index.FilterField("country"),
    ]
    api_fields = [
        APIField(name)
        for name in (
            "local_name",
            "country",
            "region",
            "population",
            "population_year",
            "latitude",
            "longitude",
            "website",
            "human_rights_page",
            "member_since",
            "recognition",
            "declaration_date",
            "status_summary",
            "body",
        )
    ] + TaggingMixin.tagging_api_fields

    parent_page_types = ["members.MemberIndexPage"]
    subpage_types = ["members.PracticePage"]
    base_form_class = MemberCityPageForm

    class Meta:
        verbose_name = _("member city")
        permissions = [
            (
                "manage_membership",
                "Can set membership type, the example flag and HRCN verification",
            )
        ]

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_example:
            return _("%(title)s (example profile)") % {"title": title}
        return title

    @property
    def country_name(self):
        return CountryCode(self.country).label if self.country else ""

    @property
    def is_eu_member(self):
        return self.country in EU_MEMBER_STATES

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def structured_data(self, request):
        """A schema.org City with its coordinates and address, beside the
        breadcrumbs, on the page's one canonical URL."""
        place = {
            "@context": "https://schema.org",
            "@type": "City",
            "name": self.title,
            "url": page_url(self.canonical_page, request),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": self.title,
                "addressCountry": self.country,
                **({"addressRegion": self.region} if self.region else {}),
            },
        }
        if self.local_name:
            place["alternateName"] = self.local_name
        if self.has_coordinates:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        if self.website:
            place["sameAs"] = self.website
        return [*super().structured_data(request), place]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        framework = self.framework_sections()
        context["framework"] = framework
        context["framework_recorded"] = sum(len(section["recorded"]) for section in framework)
        context["framework_total"] = len(KIND_GROUP)
        context["practices"] = self.practices()
        return context

    def framework_sections(self):
        """The FRA framework by group: the city's rows in framework order, and
        the items it has said nothing about yet (one query, documents included)."""
        by_kind = {item.kind: item for item in self.commitments.select_related("document")}
        return [
            {
                "group": group,
                "recorded": [by_kind[kind] for kind in kinds if kind in by_kind],
                "unrecorded": [kind for kind in kinds if kind not in by_kind],
                "total": len(kinds),
            }
            for group, kinds in COMMITMENT_GROUPS.items()
        ]

    def in_place(self):
        """The items the city has in place, in framework order."""
        items = [item for item in self.commitments.all() if item.is_in_place]
        return sorted(items, key=lambda item: FRAMEWORK_ORDER[item.kind])

    def practices(self):
        return (
            public_in_every_language(PracticePage.objects.child_of(self).live())
            .order_by("-year", "title")
            .prefetch_related("topics")
        )
