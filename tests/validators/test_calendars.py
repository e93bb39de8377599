"""Every calendar of the starter site (each activity's .ics and each
language's calendar feed) read by two independent iCalendar readers,
`icalendar` and `vobject`, and checked for what RFC 5545 requires."""

import datetime

import pytest
import vobject
from icalendar import Calendar

from activities.models import ActivityPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "de", "fr", "nl", "sv"]


def prefix(language):
    return "" if language == "en" else f"/{language}"


def calendar_urls():
    urls = [f"{prefix(language)}/activities/calendar/" for language in LANGUAGES]
    for activity in ActivityPage.objects.live().order_by("locale__language_code", "pk"):
        urls.append(f"{activity.url}calendar/")
    return urls


def read_with_icalendar(content):
    calendar = Calendar.from_ical(content)
    for component in calendar.walk():
        assert not component.errors, (component.name, component.errors)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    for event in events:
        for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "LOCATION", "URL"):
            assert name in event, name
        if "DTEND" in event:
            assert event.decoded("DTEND") > event.decoded("DTSTART")
            # Both DATE or both DATE-TIME (RFC 5545 3.6.1).
            assert isinstance(event.decoded("DTEND"), datetime.datetime) == isinstance(
                event.decoded("DTSTART"), datetime.datetime
            )
    return {str(event["UID"]): event for event in events}


def read_with_vobject(content):
    calendar = vobject.readOne(content.decode(), validate=True)
    assert calendar.name == "VCALENDAR"
    events = list(getattr(calendar, "vevent_list", []))
    for event in events:
        assert event.validate(raiseException=True)
        assert event.dtstart.value
    return {event.uid.value: event for event in events}


def test_every_calendar_reads_the_same_in_two_readers(client, public_address):
    urls = calendar_urls()
    assert len(urls) > len(LANGUAGES)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        by_icalendar = read_with_icalendar(response.content)
        by_vobject = read_with_vobject(response.content)
        assert by_icalendar, f"{url} has no event"
        assert set(by_icalendar) == set(by_vobject), url
        for uid, event in by_icalendar.items():
            assert uid.endswith("@hrcn.example.org")
            assert str(event["URL"]).startswith(public_address)
            assert str(by_vobject[uid].summary.value) == str(event["SUMMARY"])


def test_one_uid_per_activity_in_every_language(client, public_address):
    feeds = {
        language: read_with_icalendar(
            client.get(f"{prefix(language)}/activities/calendar/").content
        )
        for language in LANGUAGES
    }
    english = set(feeds["en"])
    assert len(english) == ActivityPage.objects.live().filter(locale__language_code="en").count()
    for language, events in feeds.items():
        assert set(events) == english, language
