"""How an activity's time is shown: in the activity's own time zone, with the
zone's abbreviation, e.g. "10 December 2023, 14:00–15:30 CET"."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from activities.choices import DEFAULT_TIME_ZONE


def validate_time_zone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("%(value)s is not a known time zone."), params={"value": value}
        ) from error


def get_zone(name):
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)


def zone_label(moment):
    """CET, CEST, EST... or UTC+03 where the zone has no abbreviation."""
    name = moment.tzname()
    return f"UTC{name}" if name and name[0] in "+-" else name


def format_day(moment):
    return date_format(moment, "j F Y")


def format_time(moment):
    return date_format(moment, "H:i")


def format_when(start, end, zone, *, times_to_be_confirmed=False, day_to_be_confirmed=False):
    start = start.astimezone(zone)
    if day_to_be_confirmed:
        return _("%(month)s (date and time to be confirmed)") % {"month": date_format(start, "F Y")}
    if times_to_be_confirmed:
        return _("%(day)s (time to be confirmed)") % {"day": format_day(start)}
    if end is None:
        return f"{format_day(start)}, {format_time(start)} {zone_label(start)}"
    end = end.astimezone(zone)
    if end.date() != start.date():
        return (
            f"{format_day(start)}, {format_time(start)} {zone_label(start)} – "
            f"{format_day(end)}, {format_time(end)} {zone_label(end)}"
        )
    if zone_label(start) != zone_label(end):
        return (
            f"{format_day(start)}, {format_time(start)} {zone_label(start)}–"
            f"{format_time(end)} {zone_label(end)}"
        )
    return f"{format_day(start)}, {format_time(start)}–{format_time(end)} {zone_label(end)}"
