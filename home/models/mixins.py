"""Abstract building blocks for every public page type.

Each mixin carries its own fields and the panels that edit them; `BasePage`
adds the panel lists together.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ListingMixin(models.Model):
    """How the page looks when another page lists it (cards, search results)."""

    listing_title = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("Shorter title for cards and lists. Defaults to the page title."),
    )
    listing_summary = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for cards and lists."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image for cards. Defaults to the social image."),
    )

    listing_panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("Listings"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title


class SocialMixin(models.Model):
    """What a link to the page shows when shared on social media."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Landscape, at least 1200×630 pixels."),
    )
    social_text = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("Shown when the page is shared. Defaults to the search description."),
    )

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")], heading=_("Sharing")
        )
    ]

    class Meta:
        abstract = True
