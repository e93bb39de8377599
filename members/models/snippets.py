"""Snippets of the members app."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class MembershipType(TranslatableMixin, index.Indexed, models.Model):
    """A kind of membership (member, guest member, associate). Staff edit the
    list; each language has its own name for the same type."""

    name = models.CharField(max_length=80, help_text=_("e.g. Member, Guest member, Associate."))
    slug = models.SlugField(
        max_length=80, allow_unicode=True, help_text=_("Used in addresses and filters.")
    )
    description = models.TextField(
        blank=True, help_text=_("What this membership means, in one or two sentences.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        # The admin's list and chooser search within one language.
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("membership type")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_membership_type_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
