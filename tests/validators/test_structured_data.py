"""Structured data and Open Graph of every page of the starter site, in every
language, extracted by an independent extractor (extruct) and checked against
schema.org and what Google's Event and breadcrumb documentation require and
recommend."""

import datetime
import re
import zoneinfo

import extruct
import pytest

from wagtail.models import Page

from activities.choices import AttendanceMode, OrganisationRole, ParticipantRole
from members.models import MemberCityPage
from tests.factories import ActivityPageFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

OG_LOCALES = {"en_GB", "de_DE", "fr_FR", "nl_NL", "sv_SE"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")
SCHEMA = "https://schema.org/"


def extract(client, url, base):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    data = extruct.extract(html, base_url=f"{base}{url}", syntaxes=["json-ld", "opengraph"])
    (graph,) = data["opengraph"]
    og = {}
    for name, value in graph["properties"]:
        og.setdefault(name, []).append(value)
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
    return data["json-ld"], og, canonical


def of_type(items, kind):
    return [item for item in items if item.get("@type") == kind]


def check_event(event):
    """Google's Event: required name, startDate, location; recommended
    description, endDate, eventStatus, eventAttendanceMode, image, organizer
    (name and url), performer where there are speakers."""
    assert event["name"]
    assert DATE.match(event["startDate"]) or DATE_TIME.match(event["startDate"])
    if "endDate" in event:
        assert DATE.match(event["endDate"]) or DATE_TIME.match(event["endDate"])
    assert event["description"]
    assert event["eventStatus"] == f"{SCHEMA}EventScheduled"
    assert event["eventAttendanceMode"].startswith(SCHEMA)
    assert event["image"] and all(url.startswith("https://") for url in event["image"])
    locations = event["location"] if isinstance(event["location"], list) else [event["location"]]
    for location in locations:
        if location["@type"] == "Place":
            assert location["name"]
            assert location["address"]["@type"] == "PostalAddress"
            assert location["address"]["addressLocality"]
        else:
            assert location["@type"] == "VirtualLocation"
            assert location.get("url") != event["url"], "the page is not a join link"
    organizers = (
        event["organizer"] if isinstance(event["organizer"], list) else [event["organizer"]]
    )
    for organizer in organizers:
        assert organizer["name"]


def starter_pages():
    return [page for page in Page.objects.live().filter(depth__gte=2).specific() if page.url]


def test_every_page_in_every_language(client, public_address):
    pages = starter_pages()
    languages = {page.locale.language_code for page in pages}
    assert languages == {"en", "de", "fr", "nl", "sv"}
    kinds = set()
    for page in pages:
        items, og, canonical = extract(client, page.url, public_address)
        kinds.update(item["@type"] for item in items)
        # One URL for the page: canonical, og:url, the breadcrumb's last
        # item and the Event's url (an alias's is its source's).
        assert og["og:url"] == [canonical], page.url
        assert canonical.startswith(public_address)
        (crumbs,) = of_type(items, "BreadcrumbList")
        assert crumbs["itemListElement"][-1]["item"] == canonical, page.url
        for position, crumb in enumerate(crumbs["itemListElement"], start=1):
            assert crumb["position"] == position and crumb["name"]
            assert crumb["item"].startswith(public_address)
        for event in of_type(items, "Event"):
            assert event["url"] == canonical
            check_event(event)
        (locale,) = og["og:locale"]
        assert locale in OG_LOCALES, (page.url, locale)
        assert set(og.get("og:locale:alternate", [])) <= OG_LOCALES - {locale}
        if isinstance(page, MemberCityPage):
            (city,) = of_type(items, "City")
            assert city["url"] == canonical
            assert city["address"]["addressCountry"] == page.country
            assert city["address"]["addressLocality"] == page.title
            if page.has_coordinates:
                assert city["geo"]["latitude"] == float(page.latitude)
                assert city["geo"]["longitude"] == float(page.longitude)
    assert {"BreadcrumbList", "Organization", "City"} <= kinds


def test_translated_home_pages_name_each_other_as_alternate_locales(client, public_address):
    _items, og, _canonical = extract(client, "/de/", public_address)
    assert og["og:locale"] == ["de_DE"]
    assert set(og["og:locale:alternate"]) == OG_LOCALES - {"de_DE"}


def test_an_event_with_everything_we_know(client, public_address, home_page):
    from activities.models import ActivityIndexPage

    index = ActivityIndexPage.objects.get(locale__language_code="en")
    brussels = zoneinfo.ZoneInfo("Europe/Brussels")
    activity = ActivityPageFactory(
        parent=index,
        start=datetime.datetime(2030, 5, 14, 10, tzinfo=brussels),
        end=datetime.datetime(2030, 5, 14, 11, 30, tzinfo=brussels),
        attendance_mode=AttendanceMode.HYBRID,
        venue_name="City Hall",
        venue_address="Hauptplatz 1",
        venue_postal_code="8010",
        venue_city="Graz",
        venue_country="Austria",
        online_url="https://meet.example.org/rights",
    )
    activity.participants.create(
        person=PersonFactory(name="Ada Speaker"), role=ParticipantRole.SPEAKER
    )
    organiser = OrganisationFactory(name="City of Graz", website="https://graz.example.org/")
    activity.organisations.create(organisation=organiser, role=OrganisationRole.ORGANISER)
    activity.save_revision().publish()

    items, _og, canonical = extract(client, activity.url, public_address)
    (event,) = of_type(items, "Event")
    check_event(event)
    assert event["startDate"] == "2030-05-14T10:00:00+02:00"
    assert event["endDate"] == "2030-05-14T11:30:00+02:00"
    place, virtual = event["location"]
    assert place["address"]["postalCode"] == "8010"
    assert virtual["url"] == "https://meet.example.org/rights"
    assert event["organizer"]["url"] == "https://graz.example.org/"
    assert [person["name"] for person in event["performer"]] == ["Ada Speaker"]


def test_an_online_event_without_a_join_link_names_no_url(client, public_address):
    from activities.models import ActivityIndexPage

    index = ActivityIndexPage.objects.get(locale__language_code="en")
    activity = ActivityPageFactory(
        parent=index,
        start=datetime.datetime(2030, 6, 1, 16, tzinfo=datetime.UTC),
        end=None,
        attendance_mode=AttendanceMode.ONLINE,
        online_url="",
    )
    items, _og, _canonical = extract(client, activity.url, public_address)
    (event,) = of_type(items, "Event")
    check_event(event)
    assert event["location"] == {"@type": "VirtualLocation"}
    assert event["organizer"]["url"] == f"{public_address}/"
