"""Abstract building blocks shared by the members app's page types."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ThemesMixin(models.Model):
    """Tags a page with the shared taxonomy: topics and EU Charter titles."""

    topics = ParentalManyToManyField(
        "taxonomy.Topic",
        blank=True,
        related_name="+",
        help_text=_("The themes this is about."),
    )
    charter_titles = ParentalManyToManyField(
        "taxonomy.CharterTitle",
        blank=True,
        related_name="+",
        help_text=_("The titles of the EU Charter of Fundamental Rights this works on."),
    )

    themes_panels = [
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("charter_titles", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Themes"),
        )
    ]

    class Meta:
        abstract = True
