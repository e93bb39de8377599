"""The good practices a member city publishes under its profile."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import BasePage
from members.models.mixins import PublisherDeletesMixin
from members.validators import YEAR_VALIDATORS
from taxonomy.models import TaggingMixin


class PracticePage(PublisherDeletesMixin, TaggingMixin, BasePage):
    """A good practice of one member city, published under its profile."""

    summary = models.TextField(help_text=_("What the practice is, in two or three sentences."))
    body = StreamField(BodyStreamBlock(), blank=True, help_text=_("How it works, in full."))
    target_groups = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who it is for, e.g. 'young people, older residents'."),
    )
    documents = StreamField(
        [("document", DocumentChooserBlock())],
        blank=True,
        help_text=_("Reports, guides or decisions to download."),
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=YEAR_VALIDATORS, help_text=_("The year it started.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("target_groups")]),
        FieldPanel("body"),
        FieldPanel("documents"),
        *TaggingMixin.tagging_panels,
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("target_groups"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("target_groups"),
        APIField("year"),
        *TaggingMixin.tagging_api_fields,
    ]

    parent_page_types = ["members.MemberCityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")

    @property
    def city(self):
        return self.get_parent().specific
