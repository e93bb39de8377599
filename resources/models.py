"""The resource library: publications, reports, guidelines, toolkits and
policy documents, each with one or more files in one or more languages."""

from rest_framework import serializers

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.choices import EULanguage
from home.models import BasePage, NameAndSlugSnippet
from home.privacy import public_in_every_language
from home.validation import one_of
from people.serializers import OrganisationSerializer
from taxonomy.listing import paginate
from taxonomy.models import RelatedCitiesMixin, TaggingMixin


class ResourceType(NameAndSlugSnippet):
    """A kind of resource: publication, report, guideline, toolkit, policy
    document, other. Staff add or rename types as snippets."""

    name = models.CharField(max_length=80, help_text=_("e.g. Report, Toolkit."))

    class Meta(NameAndSlugSnippet.Meta):
        verbose_name = _("resource type")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_resource_type_slug_per_locale"
            )
        ]


class ResourceIndexPage(BasePage):
    """The library at /resources/: every resource below it, filtered by type,
    topic, Charter title, city, language and year."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the library."))

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    per_page = 12

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        from resources.filters import ResourceFilterSet

        context = super().get_context(request, *args, **kwargs)
        resources = public_in_every_language(ResourcePage.objects.child_of(self).live())
        filters = ResourceFilterSet(request.GET, resources, page=self, request=request)
        resources = (
            filters.qs.distinct()
            .select_related("resource_type", "listing_image")
            .prefetch_related("files", "topics")
            .order_by("-year", "title")
        )
        context.update(filters=filters, resources=paginate(request, resources, self.per_page))
        return context


class ResourcePage(TaggingMixin, RelatedCitiesMixin, BasePage):
    """One resource: what it is, who wrote it, and its files."""

    resource_type = models.ForeignKey(
        ResourceType,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Publication, report, guideline, toolkit, policy document..."),
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
        help_text=_("Year of publication."),
    )
    summary = models.TextField(help_text=_("What the resource is and who it is for."))
    body = StreamField(BodyStreamBlock(), blank=True, help_text=_("Optional longer description."))
    authors = ParentalManyToManyField(
        "people.Organisation",
        blank=True,
        related_name="authored_resources",
        help_text=_("The organisations that wrote or published it. Add them under Snippets."),
    )
    related_activities = ParentalManyToManyField(
        "activities.ActivityPage",
        blank=True,
        related_name="related_resources",
        help_text=_("Activities it was presented at or came out of."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("year"), FieldPanel("authors")],
            heading=_("About the resource"),
        ),
        FieldPanel("summary"),
        InlinePanel("files", label=_("File"), min_num=1),
        FieldPanel("body"),
        *TaggingMixin.tagging_panels,
        *RelatedCitiesMixin.related_cities_panels,
        FieldPanel("related_activities"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("resource_type", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("year"),
    ]

    api_fields = [
        APIField(
            "resource_type",
            serializer=serializers.SlugRelatedField(slug_field="name", read_only=True),
        ),
        APIField("year"),
        APIField("summary"),
        APIField("authors", serializer=OrganisationSerializer(many=True, read_only=True)),
        APIField("files"),
        *TaggingMixin.tagging_api_fields,
        *RelatedCitiesMixin.related_cities_api_fields,
        APIField(
            "related_activities",
            serializer=serializers.PrimaryKeyRelatedField(many=True, read_only=True),
        ),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")

    @property
    def card_meta(self):
        """Year and languages for cards, e.g. "2021 · English, German"."""
        languages = ", ".join(sorted({file.language_name for file in self.files.all()}))
        return " · ".join(str(part) for part in (self.year, languages) if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = self.files.select_related("document")
        context["cities"] = self.live_related_cities()
        context["authors"] = self.authors.all()
        context["activities"] = public_in_every_language(
            self.related_activities.live().order_by("-start")
        )
        return context


class ResourceFile(Orderable):
    """One file of a resource in one language: an uploaded document, or a link
    to where the publisher keeps it."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(
        max_length=2,
        choices=EULanguage.choices,
        default=EULanguage.EN,
        help_text=_("The language this version is in."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An uploaded file..."),
    )
    external_url = models.URLField(
        blank=True,
        help_text=_("...or the address where the publisher keeps it. One of the two, not both."),
    )
    label = models.CharField(
        max_length=120, blank=True, help_text=_("Optional, e.g. Summary, Full report.")
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("document"),
        FieldPanel("external_url"),
        FieldPanel("label"),
    ]
    api_fields = [
        APIField("language"),
        APIField("label"),
        APIField("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("file")

    def __str__(self):
        return f"{self.page.title} ({self.language})"

    def clean(self):
        super().clean()
        errors = one_of(
            {"document": self.document_id, "external_url": self.external_url},
            both=_("Upload a document or enter an address, not both."),
            neither=_("Upload a document or enter an address."),
        )
        if errors:
            raise ValidationError(errors)

    @property
    def url(self):
        return self.document.url if self.document else self.external_url

    @property
    def is_external(self):
        return not self.document_id

    @property
    def language_name(self):
        return self.get_language_display()

    @property
    def format(self):
        return self.document.file_extension.upper() if self.document else ""
