import datetime
from decimal import Decimal

import pytest

from activities.choices import AttendanceMode
from activities.models import ActivityIndexPage
from taxonomy.models import CharterTitle, Topic
from tests.factories import (
    ActivityPageFactory,
    ActivityTypeFactory,
    DocumentFactory,
    MemberCityPageFactory,
    OrganisationFactory,
    PersonFactory,
    PracticePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db

CITY_FIELDS = [
    "local_name",
    "country",
    "region",
    "population",
    "population_year",
    "latitude",
    "longitude",
    "website",
    "human_rights_page",
    "member_since",
    "recognition",
    "declaration_date",
    "status_summary",
    "body",
    "topics",
    "charter_titles",
]
ACTIVITY_FIELDS = [
    "start",
    "end",
    "time_zone",
    "attendance_mode",
    "venue_name",
    "venue_address",
    "venue_city",
    "venue_country",
    "activity_type",
    "languages",
    "summary",
    "topics",
    "charter_titles",
    "speakers",
    "organisers",
    "member_cities",
    "registration_url",
    "recording_url",
]


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.content
    return response.json()


def test_pages_endpoint_lists_resources_with_their_fields(client):
    data = get(client, "/api/v2/pages/?type=resources.ResourcePage&fields=*")
    report = data["items"][0]
    assert report["year"] == 2021
    assert report["resource_type"] == "Report"
    assert report["files"][0]["url"].startswith("https://fra.europa.eu/")
    assert report["topics"] == ["eu-charter"]


def test_member_city_and_practice_fields(client, home_page):
    topic = Topic.objects.get(locale=home_page.locale, slug="eu-charter")
    city = MemberCityPageFactory(
        parent=member_directory(home_page),
        title="Apicity",
        local_name="Apistadt",
        region="Tyrol",
        latitude=Decimal("47.26920"),
        longitude=Decimal("11.40410"),
        population=130000,
        member_since=2019,
        website="https://apicity.example.org/",
        status_summary="Declared itself a human rights city.",
        topics=[topic],
    )
    PracticePageFactory(parent=city, title="Api practice", target_groups="young people")
    fields = ",".join(CITY_FIELDS)
    data = get(client, f"/api/v2/pages/?type=members.MemberCityPage&fields={fields}")
    item = next(item for item in data["items"] if item["title"] == "Apicity")
    assert set(CITY_FIELDS) <= set(item)
    assert item["local_name"] == "Apistadt"
    assert item["region"] == "Tyrol"
    assert item["country"] == city.country
    assert (item["latitude"], item["longitude"]) == ("47.26920", "11.40410")
    assert item["population"] == 130000 and item["member_since"] == 2019
    assert item["website"] == "https://apicity.example.org/"
    assert item["status_summary"] == "Declared itself a human rights city."
    assert item["topics"] == ["eu-charter"]
    data = get(client, "/api/v2/pages/?type=members.PracticePage&fields=target_groups")
    assert data["items"][0]["target_groups"] == "young people"


def test_activity_fields(client, home_page):
    index = ActivityIndexPage.objects.child_of(home_page).get()
    city = MemberCityPageFactory(parent=member_directory(home_page), title="Eventcity")
    activity = ActivityPageFactory(
        parent=index,
        title="Api round table",
        summary="Cities discuss housing rights.",
        start=datetime.datetime(2030, 5, 14, 8, tzinfo=datetime.UTC),
        end=datetime.datetime(2030, 5, 14, 10, tzinfo=datetime.UTC),
        time_zone="Europe/Vienna",
        attendance_mode=AttendanceMode.IN_PERSON,
        venue_name="City Hall",
        venue_address="Main Square 1",
        venue_city="Graz",
        venue_country="Austria",
        languages=["en", "de"],
        registration_url="https://example.org/register",
        recording_url="https://www.youtube.com/watch?v=abc",
        activity_type=ActivityTypeFactory(name="Round table"),
        charter_titles=list(CharterTitle.objects.filter(code="equality")),
    )
    activity.participants.create(person=PersonFactory(name="Ada Speaker", role="Mayor"))
    activity.organisations.create(
        organisation=OrganisationFactory(name="City of Graz", website="https://graz.example.org/")
    )
    activity.member_cities.create(city=city)
    activity.save_revision().publish()

    fields = ",".join(ACTIVITY_FIELDS)
    data = get(client, f"/api/v2/pages/?type=activities.ActivityPage&fields={fields}")
    item = next(item for item in data["items"] if item["title"] == "Api round table")
    assert set(ACTIVITY_FIELDS) <= set(item)
    assert datetime.datetime.fromisoformat(item["start"]) == activity.start
    assert datetime.datetime.fromisoformat(item["end"]) == activity.end
    assert item["time_zone"] == "Europe/Vienna"
    assert item["attendance_mode"] == "in_person"
    assert [item[f"venue_{part}"] for part in ("name", "address", "city", "country")] == [
        "City Hall",
        "Main Square 1",
        "Graz",
        "Austria",
    ]
    assert item["activity_type"] == "Round table"
    assert item["languages"] == ["en", "de"]
    assert item["summary"] == "Cities discuss housing rights."
    assert item["charter_titles"] == ["equality"]
    assert item["speakers"][0]["name"] == "Ada Speaker"
    assert item["speakers"][0]["role"] == "Mayor"
    assert item["organisers"] == [{"name": "City of Graz", "website": "https://graz.example.org/"}]
    assert item["member_cities"] == [{"id": city.pk, "title": "Eventcity"}]
    assert item["registration_url"] == "https://example.org/register"
    assert item["recording_url"] == "https://www.youtube.com/watch?v=abc"


def test_documents_and_images_endpoints(client):
    DocumentFactory(title="Open report")
    assert "Open report" in [d["title"] for d in get(client, "/api/v2/documents/")["items"]]
    assert "items" in get(client, "/api/v2/images/")


def test_the_api_is_paginated_and_read_only(client):
    data = get(client, "/api/v2/pages/?limit=2")
    assert len(data["items"]) == 2
    assert data["meta"]["total_count"] > 2
    assert client.get("/api/v2/pages/?limit=1000").status_code == 400
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405


def test_readme_examples_work(client):
    get(client, "/api/v2/pages/?type=news.NewsPage&locale=de&fields=date,summary&order=-date")
    data = get(client, "/api/v2/pages/?type=news.NewsPage&fields=date,summary&order=-date")
    assert data["items"][0]["summary"]
    data = get(
        client,
        "/api/v2/pages/?type=activities.ActivityPage&fields=start,end,time_zone,"
        "attendance_mode,venue_city,speakers,organisers,member_cities&order=-start",
    )
    starts = [datetime.datetime.fromisoformat(item["start"]) for item in data["items"]]
    assert starts and starts == sorted(starts, reverse=True)
    get(client, "/api/v2/documents/?search=framework")


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize(
    "query", ["a%00b", "%22x", "%22", "%20%20", "x%27%22)(", "*", "AND", "%E2%80%8B"]
)
def test_search_answers_a_list_or_a_400_never_a_500(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/?search={query}")
    assert response.status_code in {200, 400}, response.content[:300]
    if response.status_code == 400:
        assert "search" in response.json()["message"]
    else:
        assert isinstance(response.json()["items"], list)


def test_a_nul_byte_in_search_is_a_400(client):
    response = client.get("/api/v2/pages/?search=a%00b")
    assert response.status_code == 400
    assert response.json() == {"message": "search cannot contain a NUL character"}
