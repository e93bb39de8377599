"""The people, organisations, member cities and documents linked to an
activity, each in the order editors choose."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from activities.choices import OrganisationRole, ParticipantRole


class ActivityParticipant(Orderable):
    """A speaker or moderator of an activity, in the order editors choose."""

    page = ParentalKey(
        "activities.ActivityPage", on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+")
    role = models.CharField(
        max_length=20, choices=ParticipantRole.choices, default=ParticipantRole.SPEAKER
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker or moderator")


class ActivityOrganisation(Orderable):
    """An organiser or partner of an activity, in the order editors choose."""

    page = ParentalKey(
        "activities.ActivityPage", on_delete=models.CASCADE, related_name="organisations"
    )
    organisation = models.ForeignKey(
        "people.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        max_length=20, choices=OrganisationRole.choices, default=OrganisationRole.ORGANISER
    )

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("organiser or partner")


class ActivityMemberCity(Orderable):
    """A member city taking part in an activity. The city's profile lists its
    activities through `activity_links`."""

    page = ParentalKey(
        "activities.ActivityPage", on_delete=models.CASCADE, related_name="member_cities"
    )
    city = models.ForeignKey(
        "members.MemberCityPage", on_delete=models.CASCADE, related_name="activity_links"
    )

    panels = [FieldPanel("city")]

    class Meta(Orderable.Meta):
        verbose_name = _("member city")


class ActivityDocument(Orderable):
    """Slides, a report or other document from an activity."""

    page = ParentalKey(
        "activities.ActivityPage", on_delete=models.CASCADE, related_name="documents"
    )
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
