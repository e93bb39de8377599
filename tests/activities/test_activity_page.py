import datetime
import json
import re
import zoneinfo

import pytest

from django.utils import timezone

from activities.choices import AttendanceMode, OrganisationRole, ParticipantRole
from members.models import MemberCityPage, MemberIndexPage
from tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def at(*args, fold=0):
    return datetime.datetime(*args, fold=fold, tzinfo=BRUSSELS)


@pytest.mark.parametrize(
    ("start", "end", "time_zone", "expected"),
    [
        (
            at(2023, 12, 10, 14),
            at(2023, 12, 10, 15, 30),
            "Europe/Brussels",
            "10 December 2023, 14:00–15:30 CET",
        ),
        (
            at(2024, 5, 14, 10),
            at(2024, 5, 14, 11),
            "Europe/Brussels",
            "14 May 2024, 10:00–11:00 CEST",
        ),
        # Clocks go forward at 02:00 on 31 March 2024 and back at 03:00 on 27 October 2024.
        (
            at(2024, 3, 31, 1, 30),
            at(2024, 3, 31, 3, 30),
            "Europe/Brussels",
            "31 March 2024, 01:30 CET–03:30 CEST",
        ),
        (
            at(2024, 10, 27, 1, 30),
            at(2024, 10, 27, 2, 30, fold=1),
            "Europe/Brussels",
            "27 October 2024, 01:30 CEST–02:30 CET",
        ),
        (
            at(2024, 6, 1, 18),
            at(2024, 6, 2, 12),
            "Europe/Brussels",
            "1 June 2024, 18:00 CEST – 2 June 2024, 12:00 CEST",
        ),
        (at(2024, 6, 1, 18), None, "Europe/Brussels", "1 June 2024, 18:00 CEST"),
        (
            at(2024, 6, 1, 16),
            at(2024, 6, 1, 17),
            "Europe/Stockholm",
            "1 June 2024, 16:00–17:00 CEST",
        ),
        (
            at(2024, 6, 1, 16),
            at(2024, 6, 1, 17),
            "America/New_York",
            "1 June 2024, 10:00–11:00 EDT",
        ),
    ],
)
def test_when_is_shown_in_the_activitys_time_zone(
    client, make_activity, start, end, time_zone, expected
):
    activity = make_activity(start=start, end=end, time_zone=time_zone)
    assert activity.when == expected
    html = client.get(activity.url).content.decode()
    assert expected in html


def test_upcoming_dates_say_what_is_to_be_confirmed(client, make_activity):
    next_year = timezone.now().year + 1
    time_tbc = make_activity(start=at(next_year, 12, 10), end=None, date_precision="day")
    day_tbc = make_activity(start=at(next_year, 5, 1), end=None, date_precision="month")
    html = client.get(time_tbc.url).content.decode()
    assert (
        f'<time datetime="{next_year}-12-10">10 December {next_year} (time to be confirmed)' in html
    )
    html = client.get(day_tbc.url).content.decode()
    assert (
        f'<time datetime="{next_year}-05">May {next_year} (date and time to be confirmed)' in html
    )
    assert "1 May" not in html


def test_past_dates_show_what_is_known_and_nothing_to_be_confirmed(client, make_activity):
    day = make_activity(start=at(2023, 12, 10), end=None, date_precision="day")
    month = make_activity(start=at(2024, 5, 1), end=None, date_precision="month")
    html = client.get(day.url).content.decode()
    assert '<time datetime="2023-12-10">10 December 2023</time>' in html
    assert "to be confirmed" not in html
    html = client.get(month.url).content.decode()
    assert '<time datetime="2024-05">May 2024</time>' in html
    assert "to be confirmed" not in html and "1 May" not in html
    assert not json_ld_events(html), "no Event without a valid startDate"
    (event,) = json_ld_events(client.get(day.url).content.decode())
    assert event["startDate"] == "2023-12-10"


def json_ld_events(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = [json.loads(block) for block in blocks]
    return [item for item in data if isinstance(item, dict) and item.get("@type") == "Event"]


def test_json_ld_describes_the_event(client, make_activity):
    activity = make_activity(
        title="Cities </script><script>alert(1)</script> and rights",
        start=at(2024, 5, 14, 10),
        end=at(2024, 5, 14, 11, 30),
        attendance_mode=AttendanceMode.HYBRID,
        venue_name="City Hall",
        venue_address="Main Square 1",
        venue_city="Graz",
        venue_country="Austria",
        online_url="https://meet.example.org/rights",
        languages=["en", "de"],
    )
    first, second = PersonFactory(name="Ada Speaker"), PersonFactory(name="Bo Speaker")
    moderator = PersonFactory(name="Cy Moderator")
    activity.participants.create(person=second, role=ParticipantRole.SPEAKER, sort_order=0)
    activity.participants.create(person=moderator, role=ParticipantRole.MODERATOR, sort_order=1)
    activity.participants.create(person=first, role=ParticipantRole.SPEAKER, sort_order=2)
    organiser = OrganisationFactory(name="City of Graz", website="https://graz.example.org/")
    activity.organisations.create(organisation=organiser, role=OrganisationRole.ORGANISER)
    activity.save_revision().publish()

    html = client.get(activity.url).content.decode()
    assert "</script><script>alert(1)" not in html
    (event,) = json_ld_events(html)
    assert event["@context"] == "https://schema.org"
    assert event["name"] == activity.title
    assert event["startDate"] == "2024-05-14T10:00:00+02:00"
    assert event["endDate"] == "2024-05-14T11:30:00+02:00"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = event["location"]
    assert place["@type"] == "Place" and place["name"] == "City Hall"
    assert place["address"]["addressLocality"] == "Graz"
    assert virtual == {"@type": "VirtualLocation", "url": "https://meet.example.org/rights"}
    assert event["organizer"] == {
        "@type": "Organization",
        "name": "City of Graz",
        "url": "https://graz.example.org/",
    }
    assert [p["name"] for p in event["performer"]] == ["Bo Speaker", "Ada Speaker"]
    assert event["inLanguage"] == ["en", "de"]
    assert event["url"].endswith(activity.url)

    # The page keeps the editors' order and names the moderator apart.
    assert html.index("Bo Speaker") < html.index("Ada Speaker")
    assert "Moderation" in html and "Cy Moderator" in html
    assert "English, German" in html


def test_online_event_without_organiser_is_the_networks(client, make_activity):
    activity = make_activity(online_url="")
    (event,) = json_ld_events(client.get(activity.url).content.decode())
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"]["@type"] == "VirtualLocation"
    # No join link yet: the page is where one learns how to join, not where one attends.
    assert event["location"] == {"@type": "VirtualLocation"}
    assert event["organizer"]["name"] == "Human Rights Cities Network"
    assert "performer" not in event


def test_upcoming_activity_offers_registration_and_calendar(client, make_activity):
    upcoming = make_activity(registration_url="https://register.example.org/")
    past = make_activity(hours_from_now=-48, registration_url="https://register.example.org/")
    html = client.get(upcoming.url).content.decode()
    assert 'href="https://register.example.org/"' in html
    assert f'href="{upcoming.url}calendar/"' in html
    html = client.get(past.url).content.decode()
    assert "https://register.example.org/" not in html
    assert "Past activity" in html


def test_recording_loads_nothing_from_the_host_until_asked(client, make_activity):
    activity = make_activity(
        hours_from_now=-48,
        recording_url="https://www.youtube.com/watch?v=abcDEF12345",
        recording_transcript="<p>Welcome, everyone.</p>",
    )
    html = client.get(activity.url).content.decode()
    assert 'data-recording-embed="https://www.youtube-nocookie.com/embed/abcDEF12345' in html
    assert "<iframe" not in html
    assert 'href="https://www.youtube.com/watch?v=abcDEF12345"' in html
    assert 'src="/static/js/recording-embed.js"' in html
    assert "Welcome, everyone." in html
    assert not re.search(r'<script(?! type="(module|application/ld\+json)")', html)


def test_recording_on_an_unknown_host_is_a_plain_link(client, make_activity):
    activity = make_activity(hours_from_now=-48, recording_url="https://media.example.org/talk")
    html = client.get(activity.url).content.decode()
    assert 'href="https://media.example.org/talk"' in html
    assert "data-recording-embed" not in html
    assert "recording-embed.js" not in html


def test_member_cities_link_both_ways(client, make_activity, home_page):
    directory = MemberIndexPage(title="Members", slug="members-test")
    home_page.add_child(instance=directory)
    city = MemberCityPage(title="Exampleville", slug="exampleville", country="AT")
    directory.add_child(instance=city)
    activity = make_activity(title="Cities meet")
    activity.member_cities.create(city=city)
    activity.save_revision().publish()
    html = client.get(activity.url).content.decode()
    assert f'<a href="{city.url}">Exampleville</a>' in html
    assert [link.page.title for link in city.activity_links.all()] == ["Cities meet"]
