"""Member cities: the directory page and one profile page per city."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.models import BasePage


class MemberIndexPage(BasePage):
    """The directory of member cities (one per locale)."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the directory."))

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MemberCityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member directory")


class MemberCityPage(BasePage):
    """The profile of one member city."""

    country = models.CharField(
        max_length=2, help_text=_("ISO 3166-1 alpha-2 code of the city's country, e.g. AT.")
    )

    content_panels = Page.content_panels + [FieldPanel("country")]

    parent_page_types = ["members.MemberIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("member city")
