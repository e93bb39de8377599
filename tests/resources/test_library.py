import pytest

from wagtail.models import PageViewRestriction

from activities.models import ActivityIndexPage
from home.choices import EULanguage
from people.models import Organisation
from resources.models import ResourceFile, ResourcePage, ResourceType
from taxonomy.models import CharterTitle, Topic
from tests.factories import (
    ActivityPageFactory,
    DocumentFactory,
    MemberCityPageFactory,
    OrganisationFactory,
    ResourcePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db


def titles(response):
    return [resource.title for resource in response.context["resources"]]


def test_the_fra_report_is_in_the_library_and_linked_not_uploaded(client):
    response = client.get("/resources/")
    assert response.status_code == 200
    page = response.context["resources"][0]
    assert page.title.startswith("Human rights cities in the EU")
    assert page.files.get().external_url.startswith("https://fra.europa.eu/")
    detail = client.get(page.url).content.decode()
    assert (
        'href="https://fra.europa.eu/en/publication/2021/human-rights-cities-framework"' in detail
    )


def test_filters_by_type_topic_charter_language_and_year(client, library):
    toolkit = ResourceType.objects.get(slug="toolkit")
    youth = Topic.objects.get(slug="youth", locale__language_code="en")
    equality = CharterTitle.objects.get(code="equality")
    ResourcePageFactory(
        parent=library,
        title="Youth toolkit",
        resource_type=toolkit,
        year=2019,
        topics=[youth],
        charter_titles=[equality],
        files=[ResourceFile(language=EULanguage.DE, external_url="https://example.org/de.pdf")],
    )
    ResourcePageFactory(parent=library, title="Other report", year=2020)

    assert titles(client.get("/resources/?type=toolkit")) == ["Youth toolkit"]
    assert titles(client.get("/resources/?topic=youth")) == ["Youth toolkit"]
    assert titles(client.get("/resources/?charter=equality")) == ["Youth toolkit"]
    assert titles(client.get("/resources/?language=de")) == ["Youth toolkit"]
    assert titles(client.get("/resources/?year=2020")) == ["Other report"]
    assert titles(client.get("/resources/?type=toolkit&year=2020")) == []
    assert (
        "No resource matches" in client.get("/resources/?type=toolkit&year=2020").content.decode()
    )


def test_the_fra_report_names_fra_as_its_author(client):
    report = ResourcePage.objects.get(
        slug="fra-human-rights-cities-framework-2021", locale__language_code="en"
    )
    fra = Organisation.objects.get(
        name="EU Agency for Fundamental Rights (FRA)", locale__language_code="en"
    )
    assert list(report.authors.all()) == [fra]
    html = client.get(report.url).content.decode()
    assert 'By <a href="https://fra.europa.eu/">EU Agency for Fundamental Rights (FRA)</a>' in html


def test_authors_and_related_activities_are_shown_filtered_and_in_the_api(
    client, library, home_page
):
    author = OrganisationFactory(name="Raoul Wallenberg Institute", website="")
    other = OrganisationFactory(name="Other Publisher")
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    webinar = ActivityPageFactory(parent=activities, title="Launch webinar")
    draft = ActivityPageFactory(parent=activities, title="Draft webinar", live=False)
    resource = ResourcePageFactory(
        parent=library,
        title="Local rights guide",
        authors=[author],
        related_activities=[webinar, draft],
    )
    ResourcePageFactory(parent=library, title="Other guide", authors=[other])

    html = client.get(resource.url).content.decode()
    assert "By Raoul Wallenberg Institute" in html
    assert "Related activities" in html
    assert f'href="{webinar.url}"' in html
    assert "Draft webinar" not in html

    # The link runs both ways: the activity lists the live resource.
    activity_html = client.get(webinar.url).content.decode()
    assert 'id="resources-heading"' in activity_html
    assert f'href="{resource.url}">Local rights guide</a>' in activity_html

    response = client.get(f"/resources/?author={author.pk}")
    assert titles(response) == ["Local rights guide"]
    assert f'<option value="{other.pk}"' in response.content.decode()
    assert "Other guide" in titles(client.get("/resources/?author=999999"))

    data = client.get(
        "/api/v2/pages/?type=resources.ResourcePage&fields=authors,related_activities"
    ).json()
    item = next(item for item in data["items"] if item["title"] == "Local rights guide")
    assert item["authors"] == [{"name": "Raoul Wallenberg Institute", "website": ""}]
    assert webinar.pk in item["related_activities"]


def test_filters_by_related_city(client, library):

    city = MemberCityPageFactory(parent=member_directory(library.get_parent()), title="Lundby")
    ResourcePageFactory(parent=library, title="City report", related_cities=[city])
    response = client.get(f"/resources/?city={city.slug}")
    assert titles(response) == ["City report"]
    assert "Lundby" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "type=nope",
        "year=abc",
        "year=1800",
        "language=xx",
        "charter=%3Cscript%3E",
        "topic=%00",
        "page=abc",
        "page=999",
        "city=" + "x" * 5000,
    ],
)
def test_unknown_filter_values_fall_back_to_everything(client, library, query):
    ResourcePageFactory(parent=library, title="Kept")
    response = client.get(f"/resources/?{query}")
    assert response.status_code == 200
    assert "Kept" in titles(response)
    assert "<script>" not in response.content.decode()


def test_drafts_and_private_resources_stay_out(client, library):
    ResourcePageFactory(parent=library, title="Draft resource", live=False)
    private = ResourcePageFactory(parent=library, title="Private resource")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    listed = titles(client.get("/resources/"))
    assert "Draft resource" not in listed
    assert "Private resource" not in listed


def test_a_resource_has_language_versions_of_an_uploaded_file(client, library):
    document = DocumentFactory(title="Guide in Swedish")
    resource = ResourcePageFactory(
        parent=library,
        title="Guide",
        files=[
            ResourceFile(language=EULanguage.EN, external_url="https://example.org/en.pdf"),
            ResourceFile(language=EULanguage.SV, document=document, label="Svensk version"),
        ],
    )
    html = client.get(resource.url).content.decode()
    assert "https://example.org/en.pdf" in html
    assert document.url in html
    assert "Svensk version" in html
    assert "Swedish" in html


def test_a_file_is_a_document_or_an_address_never_both_or_neither():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        ResourceFile(language="en").clean()
    with pytest.raises(ValidationError):
        ResourceFile(
            language="en", document=DocumentFactory(), external_url="https://example.org/"
        ).clean()


def test_library_query_count_stays_flat(query_budget, library):
    youth = Topic.objects.get(slug="youth", locale__language_code="en")
    for _ in range(5):
        ResourcePageFactory(parent=library, topics=[youth])
    few = query_budget("/resources/", budget=22)  # over the budget: tests/test_query_budgets.py
    for _ in range(45):
        ResourcePageFactory(parent=library, topics=[youth])
    assert query_budget("/resources/", budget=22) == few
