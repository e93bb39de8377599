"""How an activity's time is shown: in the activity's own time zone, with the
zone's abbreviation, e.g. "10 December 2023, 14:00–15:30 CET"."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from activities.choices import DEFAULT_TIME_ZONE, DatePrecision


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


def format_date(moment, precision):
    if precision == DatePrecision.MONTH:
        return date_format(moment, "F Y")
    return format_day(moment)


def machine_date(moment, precision):
    """ISO 8601 as precise as the date is known (valid in HTML's `<time>`)."""
    if precision == DatePrecision.MONTH:
        return moment.strftime("%Y-%m")
    if precision == DatePrecision.DAY:
        return moment.date().isoformat()
    return moment.isoformat()


def format_when(start, end, zone, *, precision=DatePrecision.DAY_AND_TIME, to_be_confirmed=True):
    """`to_be_confirmed`: say that what is not known yet will be; false for a
    past activity, whose day or time nobody will confirm any more."""
    start = start.astimezone(zone)
    if precision == DatePrecision.MONTH:
        month = format_date(start, precision)
        if not to_be_confirmed:
            return month
        return _("%(month)s (date and time to be confirmed)") % {"month": month}
    if precision == DatePrecision.DAY:
        day = format_day(start)
        if end is not None and end.astimezone(zone).date() != start.date():
            day = f"{day} – {format_day(end.astimezone(zone))}"
        if not to_be_confirmed:
            return day
        return _("%(day)s (time to be confirmed)") % {"day": day}
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
