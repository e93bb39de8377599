"""What kinds of activity there are, and the EU Youth Strategy's core areas."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from activities.choices import YouthAreaCode
from home.models import NameAndSlugSnippet


class ActivityType(NameAndSlugSnippet):
    """A format such as webinar or round table. A snippet rather than choices
    in code, so staff add a format without a deploy and name it per language."""

    name = models.CharField(max_length=80, help_text=_("e.g. Webinar, Round table."))

    class Meta(NameAndSlugSnippet.Meta):
        verbose_name = _("activity type")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_activity_type_slug_per_locale"
            )
        ]


class YouthArea(models.Model):
    """One of the three core areas of the EU Youth Strategy. Fixed rows,
    created by a migration, so activities can be filtered by area in the
    database; the name comes from code so it is translated."""

    code = models.CharField(max_length=20, choices=YouthAreaCode.choices, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("EU Youth Strategy area")

    def __str__(self):
        return str(self.name)

    @property
    def name(self):
        return YouthAreaCode(self.code).label
