import pytest

from tests.factories import (
    DocumentFactory,
    MemberCityPageFactory,
    PracticePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db


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

    city = MemberCityPageFactory(
        parent=member_directory(home_page), title="Apicity", region="Tyrol"
    )
    PracticePageFactory(parent=city, title="Api practice", target_groups="young people")
    data = get(client, "/api/v2/pages/?type=members.MemberCityPage&fields=country,region,latitude")
    item = next(item for item in data["items"] if item["title"] == "Apicity")
    assert item["region"] == "Tyrol"
    assert item["country"] == city.country
    assert "latitude" in item
    data = get(client, "/api/v2/pages/?type=members.PracticePage&fields=target_groups")
    assert data["items"][0]["target_groups"] == "young people"


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
    get(client, "/api/v2/documents/?search=framework")
