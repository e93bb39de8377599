import zoneinfo

from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_TIME_ZONE = "Europe/Brussels"


class AttendanceMode(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class DatePrecision(models.TextChoices):
    """How well an activity's date is known. Pages, listings, structured data,
    calendars and the API show no more than that."""

    DAY_AND_TIME = "day_and_time", _("Day and time")
    DAY = "day", _("Day only (time not known)")
    MONTH = "month", _("Month only (day and time not known)")


class YouthAreaCode(models.TextChoices):
    """The three core areas of the EU Youth Strategy."""

    ENGAGE = "engage", _("Engage")
    CONNECT = "connect", _("Connect")
    EMPOWER = "empower", _("Empower")


class ParticipantRole(models.TextChoices):
    SPEAKER = "speaker", _("Speaker")
    MODERATOR = "moderator", _("Moderator")


class OrganisationRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    PARTNER = "partner", _("Partner")


def time_zone_choices():
    """Every IANA time zone this machine knows. Kept out of the model field's
    choices so that a tzdata update never needs a migration."""
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]
