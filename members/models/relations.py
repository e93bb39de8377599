"""Rows that belong to a page: a city's FRA framework items, and the member
cities featured on the home page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from home.validation import one_of
from members.choices import GROUPED_COMMITMENT_CHOICES, CommitmentStatus
from members.validators import YEAR_VALIDATORS


class CityCommitment(Orderable):
    """One item of the FRA framework for one city: a foundation, structure or
    tool, with its status, year, evidence and a short note.

    One row per item rather than a set of fixed columns on the page: the
    directory filters on it ("has a human rights office in place") and the
    comparison table reads it with one query, an item the city has said
    nothing about simply has no row (shown as "not recorded"), and adding an
    item to the framework is a new choice, not four new columns.
    """

    page = ParentalKey(
        "members.MemberCityPage", on_delete=models.CASCADE, related_name="commitments"
    )
    kind = models.CharField(
        max_length=40,
        choices=GROUPED_COMMITMENT_CHOICES,
        help_text=_("The foundation, structure or tool."),
    )
    status = models.CharField(
        max_length=20,
        choices=CommitmentStatus.choices,
        help_text=_("Whether the city has it in place, plans it, or does not have it."),
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year it was adopted or set up (or is planned for)."),
    )
    link = models.URLField(
        blank=True, help_text=_("A page that shows it, e.g. the council resolution.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Or a document that shows it."),
    )
    note = models.CharField(
        max_length=300, blank=True, help_text=_("One sentence of context, if needed.")
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("link"), FieldPanel("document")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("foundation, structure or tool")
        constraints = [
            models.UniqueConstraint(fields=["page", "kind"], name="unique_commitment_per_city")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.get_status_display()}"

    def clean(self):
        super().clean()
        errors = one_of(
            {"link": self.link, "document": self.document_id},
            both=_("Give a link or a document, not both."),
        )
        if errors:
            raise ValidationError(errors)

    @property
    def evidence_url(self):
        if self.document_id:
            return self.document.url
        return self.link

    @property
    def is_in_place(self):
        return self.status == CommitmentStatus.IN_PLACE

    @property
    def summary(self):
        """Status and year in a few words, as the comparison table shows them."""
        if self.year:
            return f"{self.get_status_display()} ({self.year})"
        return str(self.get_status_display())


class HomePageFeaturedCity(Orderable):
    """A member city the editors feature on the home page, in their order."""

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_cities")
    city = models.ForeignKey(
        "members.MemberCityPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A member city's profile."),
    )

    panels = [FieldPanel("city")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured member city")

    def __str__(self):
        return str(self.city)
