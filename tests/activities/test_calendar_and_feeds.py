import datetime
import xml.etree.ElementTree as ET
import zoneinfo

import pytest
from icalendar import Calendar

from django.utils import timezone

from activities.choices import AttendanceMode

pytestmark = pytest.mark.django_db

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
ATOM = "{http://www.w3.org/2005/Atom}"


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_activity_ics_field_by_field(client, make_activity):
    activity = make_activity(
        title="Housing rights round table",
        summary="How cities secure the right to housing.",
        start=datetime.datetime(2024, 12, 10, 14, tzinfo=BRUSSELS),
        end=datetime.datetime(2024, 12, 10, 15, 30, tzinfo=BRUSSELS),
        attendance_mode=AttendanceMode.IN_PERSON,
        venue_name="City Hall",
        venue_address="Main Square 1",
        venue_city="Utrecht",
        venue_country="Netherlands",
    )
    calendar = parse_ics(client.get(f"{activity.url}calendar/"))
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Housing rights round table"
    assert event.decoded("DTSTART") == datetime.datetime(2024, 12, 10, 14, tzinfo=BRUSSELS)
    assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=1)
    assert event.decoded("DTEND") == datetime.datetime(2024, 12, 10, 15, 30, tzinfo=BRUSSELS)
    assert str(event["LOCATION"]) == "City Hall, Main Square 1, Utrecht, Netherlands"
    assert str(event["URL"]) == f"http://testserver{activity.url}"
    assert str(event["DESCRIPTION"]) == "How cities secure the right to housing."
    assert str(event["STATUS"]) == "CONFIRMED"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]

    uid = str(event["UID"])
    activity.title = "Housing rights round table (new title)"
    activity.slug = "renamed"
    activity.save_revision().publish()
    activity.refresh_from_db()
    (event,) = parse_ics(client.get(f"{activity.url}calendar/")).walk("VEVENT")
    assert str(event["UID"]) == uid
    assert str(event["SUMMARY"]) == "Housing rights round table (new title)"


def test_ics_across_daylight_saving(client, make_activity):
    """Clocks go forward at 02:00 on 31 March 2024 in Brussels."""
    activity = make_activity(
        start=datetime.datetime(2024, 3, 31, 1, 30, tzinfo=BRUSSELS),
        end=datetime.datetime(2024, 3, 31, 3, 30, tzinfo=BRUSSELS),
    )
    (event,) = parse_ics(client.get(f"{activity.url}calendar/")).walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.utcoffset() == datetime.timedelta(hours=1)
    assert end.utcoffset() == datetime.timedelta(hours=2)
    assert end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC) == datetime.timedelta(
        hours=1
    )
    assert start.astimezone(datetime.UTC) == datetime.datetime(
        2024, 3, 31, 0, 30, tzinfo=datetime.UTC
    )


def test_online_activity_gives_its_link_as_location(client, make_activity):
    activity = make_activity(
        start=datetime.datetime(2024, 6, 1, 16, tzinfo=BRUSSELS),
        end=None,
        time_zone="America/New_York",
        online_url="https://meet.example.org/x",
    )
    (event,) = parse_ics(client.get(f"{activity.url}calendar/")).walk("VEVENT")
    assert str(event["LOCATION"]) == "https://meet.example.org/x"
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event.decoded("DTSTART").hour == 10
    assert "DTEND" not in event
    assert "Join online: https://meet.example.org/x" in str(event["DESCRIPTION"])


def test_online_activity_without_a_join_link_gives_its_page_as_location(
    client, public_address, make_activity
):
    activity = make_activity(attendance_mode=AttendanceMode.ONLINE, online_url="")
    (event,) = parse_ics(client.get(f"{activity.url}calendar/")).walk("VEVENT")
    assert str(event["LOCATION"]) == f"{public_address}{activity.url}"


def test_unconfirmed_times_are_all_day_and_tentative(client, make_activity):
    year = timezone.now().year + 1
    activity = make_activity(
        start=datetime.datetime(year, 5, 7, tzinfo=BRUSSELS), end=None, date_precision="day"
    )
    (event,) = parse_ics(client.get(f"{activity.url}calendar/")).walk("VEVENT")
    assert event.decoded("DTSTART") == datetime.date(year, 5, 7)
    assert event.decoded("DTEND") == datetime.date(year, 5, 8)
    assert str(event["STATUS"]) == "TENTATIVE"
    assert "to be confirmed" in str(event["DESCRIPTION"])


def test_an_activity_known_to_the_month_covers_the_month_and_says_so(client, make_activity):
    activity = make_activity(
        title="Webinar",
        start=datetime.datetime(2024, 12, 1, tzinfo=BRUSSELS),
        end=None,
        date_precision="month",
    )
    (event,) = parse_ics(client.get(f"{activity.url}calendar/")).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Webinar (December 2024)"
    assert event.decoded("DTSTART") == datetime.date(2024, 12, 1)
    assert event.decoded("DTEND") == datetime.date(2025, 1, 1)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    # It is over: nothing is to be confirmed any more.
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "to be confirmed" not in str(event["DESCRIPTION"])


def test_calendar_feed_lists_every_activity(client, index_page, make_activity):
    titles = {make_activity(hours_from_now=hours).title for hours in (-48, 1, 72)}
    calendar = parse_ics(client.get(f"{index_page.url}calendar/"))
    events = calendar.walk("VEVENT")
    assert {str(event["SUMMARY"]) for event in events} == titles
    assert len({str(event["UID"]) for event in events}) == 3
    assert str(calendar["X-WR-CALNAME"]) == index_page.title


def test_atom_feed(client, index_page, make_activity):
    older = make_activity(title="Older", hours_from_now=-48)
    newer = make_activity(title="Newer", hours_from_now=48)
    response = client.get(f"{index_page.url}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}title").text == index_page.title
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["Newer", "Older"]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == f"http://testserver{newer.url}"
    assert newer.when in entries[0].find(f"{ATOM}summary").text
    assert entries[1].find(f"{ATOM}id").text == f"http://testserver{older.url}"


def test_feeds_are_linked_from_the_head(client, index_page, make_activity):
    activity = make_activity()
    for url in (index_page.url, activity.url):
        html = client.get(url).content.decode()
        head = html[: html.index("</head>")]
        assert (
            f'<link rel="alternate" type="application/atom+xml" title="{index_page.title} (Atom feed)" '
            f'href="{index_page.url}feed/">'
        ) in head
        assert (
            f'type="text/calendar" title="{index_page.title} (calendar)" href="{index_page.url}calendar/"'
            in head
        )
    assert f'href="{activity.url}calendar/"' in client.get(activity.url).content.decode()
