import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from resources.models import ResourceIndexPage
from tests.factories import (
    DocumentFactory,
    MemberCityPageFactory,
    PracticePageFactory,
    ResourcePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def library(home_page):
    return ResourceIndexPage.objects.child_of(home_page).get()


def test_finds_a_practice_by_a_word_in_its_body(client, home_page):

    city = MemberCityPageFactory(parent=member_directory(home_page))
    PracticePageFactory(
        parent=city, title="Rights office", body=paragraph("An ombudsperson hears complaints.")
    )
    response = client.get("/search/?q=ombudsperson")
    assert response.status_code == 200
    groups = {group.key: group for group in response.context["groups"]}
    assert groups["practices"].count == 1
    assert groups["practices"].results[0].title == "Rights office"
    assert "Practices (1)" in response.content.decode()


def test_finds_a_document_by_its_title(client):
    DocumentFactory(title="Baseline study on housing rights")
    response = client.get("/search/?q=baseline")
    groups = {group.key: group for group in response.context["groups"]}
    assert groups["documents"].count == 1
    assert "<mark>Baseline</mark> study on housing rights" in response.content.decode()


def test_kind_filter_paginates_one_kind(client, library):
    for number in range(12):
        ResourcePageFactory(parent=library, title=f"Toolkit on indicators {number}")
    response = client.get("/search/?q=indicators&kind=resources")
    assert len(response.context["results"]) == 10
    assert response.context["results"].paginator.count == 12
    second = client.get("/search/?q=indicators&kind=resources&page=2")
    assert len(second.context["results"]) == 2


def test_unknown_kind_shows_every_kind(client, library):
    ResourcePageFactory(parent=library, title="Toolkit on indicators")
    response = client.get("/search/?q=indicators&kind=secret")
    assert response.status_code == 200
    assert response.context["kind"] == ""
    assert response.context["total"] >= 1


def test_promoted_results_come_first(client, library, home_page):
    ResourcePageFactory(parent=library, title="Participation handbook")
    about = home_page.get_children().get(slug="about")
    query = Query.objects.create(query_string="participation")
    SearchPromotion.objects.create(query=query, page=about, description="Start here.")
    html = client.get("/search/?q=Participation").content.decode()
    assert html.index("Start here.") < html.index("</mark> handbook")


def test_search_writes_nothing(client):
    before = Query.objects.count()
    client.get("/search/?q=never+searched+before")
    assert Query.objects.count() == before


def test_drafts_and_other_languages_are_not_found(client, library):
    ResourcePageFactory(parent=library, title="Unpublished zebra", live=False)
    response = client.get("/search/?q=zebra")
    assert response.context["total"] == 0
    assert "Nothing matches" in response.content.decode()


def test_empty_query_shows_a_prompt(client):
    response = client.get("/search/")
    assert response.status_code == 200
    assert "Type a few words" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "<script>alert(1)</script>",
        "\"quoted\" 'single' `back`",
        "nul\x00byte",
        "\x00",
        "   \t\n  ",
        "AND OR NOT * ( ) : ^ ~ -",
        "&amp; &lt;mark&gt;",
        "ümlaut ßtraße 人権",
    ],
)
def test_hostile_input_gives_a_normal_escaped_page(client, query):
    response = client.get("/search/", {"q": query, "kind": query, "page": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "\x00" not in html
    assert len(response.context["query"]) <= 200


def test_highlighting_escapes_before_marking():
    from search.highlight import highlight

    assert highlight("Fish & <chips>", "amp chips") == "Fish &amp; &lt;<mark>chips</mark>&gt;"
    assert highlight("<b>bold</b>", "") == "&lt;b&gt;bold&lt;/b&gt;"


def test_every_page_is_found_by_its_title(client, home_page):
    # Search reaches every public page type the starter content creates.
    for page in Page.objects.live().filter(depth__gt=2, locale=home_page.locale)[:20]:
        word = max(page.title.split(), key=len)
        response = client.get("/search/", {"q": word})
        assert response.context["total"] >= 1, page.title


def test_search_box_is_in_the_header(client):
    html = client.get("/").content.decode()
    assert 'role="search"' in html
    assert 'action="/search/"' in html
