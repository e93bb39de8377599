"""iCalendar files: one activity ("Add to calendar") or a subscribable feed
of all of them. Built with the `icalendar` library, never by hand."""

import datetime

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from home.public_url import page_url, site_record_address

PRODUCT_ID = "-//Human Rights Cities Network//Activities//EN"


def event_uid(activity, host):
    """One UID for the activity in every language, stable across edits and
    moves: its translations share the `translation_key`, so a person who
    subscribes to two languages' feeds sees the event once."""
    return f"activity-{activity.translation_key}@{host}"


def next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def add_dates(event, activity):
    """As precise as the date is known, never on a made-up day or time: a
    day without times is an all-day event; a month without a day is an
    all-day event over the whole month, free rather than busy, with the
    month in its summary (see docs/outside-clients.md)."""
    if activity.time_is_confirmed:
        event.add("dtstart", activity.local_start)
        if activity.end:
            event.add("dtend", activity.local_end)
        return
    first = activity.local_start.date()
    if activity.day_is_known:
        last = activity.local_end.date() if activity.end else first
        event.add("dtstart", first)
        event.add("dtend", max(first, last) + datetime.timedelta(days=1))
        return
    first = first.replace(day=1)
    event.add("dtstart", first)
    event.add("dtend", next_month(first))
    event.add("transp", "TRANSPARENT")


def build_event(activity, request, host):
    event = Event()
    event.add("uid", event_uid(activity, host))
    if activity.day_is_known:
        event.add("summary", activity.title)
    else:
        event.add("summary", f"{activity.title} ({activity.date_label})")
    event.add("dtstamp", activity.last_published_at or timezone.now())
    if activity.last_published_at:
        event.add("last-modified", activity.last_published_at)
    add_dates(event, activity)
    to_be_confirmed = activity.is_upcoming and not activity.time_is_confirmed
    event.add("status", "TENTATIVE" if to_be_confirmed else "CONFIRMED")
    url = page_url(activity, request)
    event.add("url", url)
    # An online event is "where" its join link is, else its page tells how to join.
    event.add("location", activity.location_text or url)
    description = [activity.summary]
    if to_be_confirmed:
        description.append(_("The date and time are to be confirmed: see %(url)s") % {"url": url})
    if activity.is_online and activity.online_url:
        description.append(_("Join online: %(url)s") % {"url": activity.online_url})
    event.add("description", "\n\n".join(description))
    return event


def build_calendar(activities, request, name):
    host = site_record_address()[0]
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for activity in activities:
        calendar.add_component(build_event(activity, request, host))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, activities, *, name, filename, download=False):
    response = HttpResponse(
        build_calendar(activities, request, name).to_ical(),
        content_type="text/calendar; charset=utf-8",
    )
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
