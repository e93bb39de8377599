import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from activities.models import ActivityIndexPage
from resources.models import ResourceIndexPage
from tests.factories import (
    ActivityPageFactory,
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


# Word forms, partial words and topics (the same on SQLite and PostgreSQL)


def test_budget_finds_a_webinar_on_budgeting(client, home_page):
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    ActivityPageFactory(
        parent=activities,
        title="Webinar: human rights budgeting in practice",
        summary="Cities share how they plan their spending.",
    )
    response = client.get("/search/", {"q": "budget"})
    groups = {group.key: group for group in response.context["groups"]}
    assert [result.title for result in groups["activities"].results] == [
        "Webinar: human rights budgeting in practice"
    ]
    html = response.content.decode()
    assert "human rights <mark>budgeting</mark> in practice" in html


def test_a_partial_word_finds_the_page_as_you_type(client, home_page):
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    ActivityPageFactory(parent=activities, title="Participatory budgeting webinar")
    for typed in ("partic", "Participat", "budg"):
        response = client.get("/search/", {"q": typed})
        titles = [
            result.title for group in response.context["groups"] for result in group.results or []
        ]
        assert "Participatory budgeting webinar" in titles, typed


def test_vote_finds_the_topic_on_the_right_to_vote(client):
    response = client.get("/search/", {"q": "vote"})
    groups = {group.key: group for group in response.context["groups"]}
    topics = groups["topics"].results
    assert [(topic.title, topic.url) for topic in topics] == [
        ("The right to vote", "/topics/right-to-vote/")
    ]
    html = response.content.decode()
    assert "Topics and Charter titles (1)" in html and "The right to <mark>vote</mark>" in html
    assert client.get("/topics/right-to-vote/").status_code == 200
    one_kind = client.get("/search/", {"q": "vote", "kind": "topics"})
    assert [result.title for result in one_kind.context["results"]] == ["The right to vote"]


def test_a_topic_is_found_by_its_description_and_partial_words(client):
    # "entitled" is only in the description of the right to vote.
    for query in ("entitled", "entit", "right vot"):
        response = client.get("/search/", {"q": query})
        groups = {group.key: group for group in response.context["groups"]}
        assert [topic.title for topic in groups["topics"].results] == ["The right to vote"]


def test_a_charter_title_is_found_by_its_name(client):
    response = client.get("/search/", {"q": "equal"})
    groups = {group.key: group for group in response.context["groups"]}
    results = [(result.title, result.url) for result in groups["topics"].results]
    assert ("Equality", "/topics/charter/equality/") in results
    assert "<mark>Equality</mark>" in response.content.decode()
    german = client.get("/de/search/", {"q": "gleich"})
    groups = {group.key: group for group in german.context["groups"]}
    assert ("Gleichheit", "/de/topics/charter/equality/") in [
        (result.title, result.url) for result in groups["topics"].results
    ]


@pytest.mark.parametrize("query", ['"vote', "vote*", "budg\x00et", "(vote", "vote OR", "-"])
def test_partial_search_survives_hostile_input(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


def test_highlighting_marks_the_whole_word_a_term_begins():
    from search.highlight import highlight

    assert highlight("Budgeting & budgets", "budget") == (
        "<mark>Budgeting</mark> &amp; <mark>budgets</mark>"
    )
    assert highlight("Ombudsperson", "person") == "Ombudsperson"
