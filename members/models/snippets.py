"""Snippets of the members app."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from home.models import NameAndSlugSnippet


class MembershipType(NameAndSlugSnippet):
    """A kind of membership (member, guest member, associate). Staff edit the
    list; each language has its own name for the same type."""

    name = models.CharField(max_length=80, help_text=_("e.g. Member, Guest member, Associate."))
    description = models.TextField(
        blank=True, help_text=_("What this membership means, in one or two sentences.")
    )

    panels = [*NameAndSlugSnippet.panels, FieldPanel("description")]

    class Meta(NameAndSlugSnippet.Meta):
        verbose_name = _("membership type")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_membership_type_slug_per_locale"
            )
        ]
