"""The one shared taxonomy: topics that staff edit, and the six fixed titles of
the EU Charter of Fundamental Rights. Members, practices, activities,
resources and news all tag themselves with these; there is no other tag
system."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from taxonomy.choices import CHARTER_TITLES, CharterTitleCode


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A theme such as housing or participation. Translatable, so each
    language has its own name for the same topic."""

    name = models.CharField(
        max_length=80, help_text=_("e.g. Housing, Participation and democracy.")
    )
    slug = models.SlugField(
        max_length=80, allow_unicode=True, help_text=_("Used in addresses and filters.")
    )
    description = models.TextField(blank=True, help_text=_("One or two sentences on the topic."))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class CharterTitle(models.Model):
    """One of the six Charter titles. Fixed data, created by a migration; the
    name and article range come from code so they are translated."""

    code = models.CharField(max_length=20, choices=CharterTitleCode.choices, unique=True)

    class Meta:
        verbose_name = _("Charter title")

    def __str__(self):
        return f"{self.name} ({self.articles})"

    @property
    def name(self):
        return CharterTitleCode(self.code).label

    @property
    def number(self):
        return CHARTER_TITLES[self.code][0]

    @property
    def articles(self):
        _number, first, last = CHARTER_TITLES[self.code]
        return _("Articles %(first)s–%(last)s") % {"first": first, "last": last}

    @property
    def sort_key(self):
        return CHARTER_TITLES[self.code][1]
