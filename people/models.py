"""People and organisations that content points to: speakers and moderators of
activities, organisers and partners, and (later) authors of resources.

Both are translatable snippets, so a role, a bio or an organisation's name can
differ between languages while staying one record.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone who speaks at, moderates or otherwise takes part in the network's work."""

    name = models.CharField(max_length=120, help_text=_("Full name, as the person uses it."))
    role = models.CharField(
        max_length=160, blank=True, help_text=_("Job title or function, e.g. Deputy Mayor.")
    )
    organisation = models.CharField(
        max_length=160, blank=True, help_text=_("Where the person works, e.g. City of Graz.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional portrait, used only with the person's consent. Its alt text is the "
            "image's own: without one, the person's name is read out."
        ),
    )
    bio = models.TextField(
        max_length=600, blank=True, help_text=_("Two or three sentences about the person.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("organisation"),
        # The admin's list and chooser search within one language.
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    @property
    def photo_alt(self):
        """The photo's alt text: the image's own (Wagtail's description, which
        a portrait keeps wherever it appears), else the person's name. Not
        `default_alt_text`, which would fall back to the image's title."""
        return (self.photo.description if self.photo else "") or self.name

    @property
    def affiliation(self):
        """Role and organisation in one line, e.g. "Deputy Mayor, City of Graz"."""
        return ", ".join(part for part in (self.role, self.organisation) if part)


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An organisation the network works with: an organiser, a partner, an author."""

    name = models.CharField(max_length=160, help_text=_("e.g. Global Parliament of Mayors."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional logo, shown beside the name (so it needs no alt text)."),
    )
    website = models.URLField(blank=True, help_text=_("The organisation's own site."))

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("website")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self):
        return self.name
