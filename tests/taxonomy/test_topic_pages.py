import pytest
from bs4 import BeautifulSoup
from wagtail_localize.synctree import create_aliases_for_new_page

from wagtail.models import Locale, Page

from activities.models import ActivityIndexPage, YouthArea
from news.models import NewsIndexPage
from resources.models import ResourceIndexPage
from taxonomy.models import CharterTitle, Topic, TopicIndexPage
from tests.factories import (
    ActivityPageFactory,
    MemberCityPageFactory,
    NewsPageFactory,
    PracticePageFactory,
    ResourcePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged(home_page):
    """A practice, a city, an activity, a resource and a news item, all on
    youth and Equality."""

    youth = Topic.objects.get(slug="youth", locale__language_code="en")
    equality = CharterTitle.objects.get(code="equality")
    tags = {"topics": [youth], "charter_titles": [equality]}
    city = MemberCityPageFactory(parent=member_directory(home_page), title="Tagged city", **tags)
    PracticePageFactory(parent=city, title="Tagged practice", **tags)
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    ActivityPageFactory(parent=activities, title="Tagged activity", **tags)
    library = ResourceIndexPage.objects.child_of(home_page).get()
    ResourcePageFactory(parent=library, title="Tagged resource", **tags)
    news = NewsIndexPage.objects.child_of(home_page).get()
    NewsPageFactory(parent=news, title="Tagged news", **tags)
    NewsPageFactory(parent=news, title="Untagged news")
    NewsPageFactory(parent=news, title="Draft tagged news", live=False, **tags)
    return youth


TAGGED = ["Tagged city", "Tagged practice", "Tagged activity", "Tagged resource", "Tagged news"]
CHARTER_LIST = "Titles of the EU Charter of Fundamental Rights"


def tag_lists(html):
    """The page's named tag lists as a visitor's screen reader lists them:
    (name of the list, [(tag, the address it links to, or None)])."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        (
            tag_list["aria-label"],
            [(item.get_text(strip=True), item.a and item.a["href"]) for item in tag_list("li")],
        )
        for tag_list in soup.select("ul.tag-list[aria-label]")
    ]


def test_topics_index_lists_topics_and_the_six_charter_titles(client):
    html = client.get("/topics/").content.decode()
    assert 'href="/topics/youth/"' in html
    assert 'href="/topics/charter/citizens-rights/"' in html
    assert "Articles 39–46" in html


def test_a_topic_page_gathers_every_kind(client, tagged):
    html = client.get("/topics/youth/").content.decode()
    for title in TAGGED:
        assert title in html
    assert "Untagged news" not in html
    assert "Draft tagged news" not in html
    for heading in ["Practices", "Member cities", "Resources", "News"]:
        assert heading in html


def test_a_charter_page_gathers_every_kind(client, tagged):
    html = client.get("/topics/charter/equality/").content.decode()
    assert "Articles 20–26" in html
    for title in TAGGED:
        assert title in html


@pytest.mark.parametrize("title", TAGGED)
def test_every_tagged_page_links_to_its_topic_and_charter_pages(client, tagged, title):
    """City, practice, activity, resource and news item show their tags one
    way: a list of topics and one of Charter titles, each tag a link."""
    page = Page.objects.get(title=title, locale__language_code="en")
    assert tag_lists(client.get(page.url).content.decode()) == [
        ("Topics", [("Youth", "/topics/youth/")]),
        (CHARTER_LIST, [("Equality", "/topics/charter/equality/")]),
    ]


def test_an_activity_lists_its_youth_strategy_areas_with_its_tags(client, home_page):
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    activity = ActivityPageFactory(
        parent=activities,
        charter_titles=[CharterTitle.objects.get(code="equality")],
        youth_areas=[YouthArea.objects.get(code="engage")],
    )
    assert tag_lists(client.get(activity.url).content.decode()) == [
        (CHARTER_LIST, [("Equality", "/topics/charter/equality/")]),
        ("EU Youth Strategy", [("Engage", None)]),
    ]


def test_charter_titles_are_named_in_the_page_language_when_kept(client, tagged):
    """The tags are kept with the content generation: a German page shown
    again names its Charter titles in German, an English one in English."""
    english = Page.objects.get(title="Tagged resource", locale__language_code="en")
    create_aliases_for_new_page(english)
    german = english.get_translation(Locale.objects.get(language_code="de"))
    for _ in range(2):
        assert dict(tag_lists(client.get(german.url).content.decode()))[
            "Titel der Charta der Grundrechte der Europäischen Union"
        ] == [("Gleichheit", "/de/topics/charter/equality/")]
        assert dict(tag_lists(client.get(english.url).content.decode()))[CHARTER_LIST] == [
            ("Equality", "/topics/charter/equality/")
        ]


@pytest.mark.parametrize("path", ["/topics/nothing/", "/topics/charter/nothing/"])
def test_unknown_topic_or_title_is_404(client, path):
    assert client.get(path).status_code == 404


def test_topic_page_query_count_stays_flat(query_budget, tagged, home_page):
    few = query_budget("/topics/youth/", budget=19)  # over the budget: tests/test_query_budgets.py
    library = ResourceIndexPage.objects.child_of(home_page).get()
    for _ in range(20):
        ResourcePageFactory(parent=library, topics=[tagged])
    assert query_budget("/topics/youth/", budget=19) == few


FRA_REPORT = "resources/fra-human-rights-cities-framework-2021/"
FRA_NEWS = "news/network-in-fra-experts-group/"


@pytest.mark.parametrize("language", ["de", "fr", "nl", "sv"])
@pytest.mark.parametrize("item", [FRA_REPORT, FRA_NEWS])
def test_untranslated_topic_links_to_its_page_in_the_same_language(client, language, item):
    """The starter topics exist only in English: a German page still links to
    the German topics index, which shows the English topic there."""
    html = client.get(f"/{language}/{item}").content.decode()
    assert f'href="/{language}/topics/eu-charter/"' in html
    assert 'href="/topics/eu-charter/"' not in html

    topic_page = client.get(f"/{language}/topics/eu-charter/")
    assert topic_page.status_code == 200
    assert "EU Charter of Fundamental Rights" in topic_page.content.decode()
    assert f'href="/{language}/{item}"' in topic_page.content.decode()


def test_every_language_lists_the_untranslated_topics(client):
    html = client.get("/de/topics/").content.decode()
    assert 'href="/de/topics/youth/"' in html
    assert 'href="/de/topics/eu-charter/"' in html


def test_a_translated_topic_is_linked_and_named_in_its_language(client):
    english = Topic.objects.get(slug="eu-charter", locale__language_code="en")
    german = english.copy_for_translation(Locale.objects.get(language_code="de"))
    german.name, german.slug = "EU-Grundrechtecharta", "eu-grundrechtecharta"
    german.save()

    html = client.get(f"/de/{FRA_REPORT}").content.decode()
    assert 'href="/de/topics/eu-grundrechtecharta/"' in html
    assert "EU-Grundrechtecharta" in html

    index = client.get("/de/topics/").content.decode()
    assert 'href="/de/topics/eu-grundrechtecharta/"' in index
    assert 'href="/de/topics/eu-charter/"' not in index

    # Pages still tagged with the English topic are found under its translation.
    topic_page = client.get("/de/topics/eu-grundrechtecharta/").content.decode()
    assert f'href="/de/{FRA_REPORT}"' in topic_page


def test_a_language_without_topics_index_links_to_the_default_one(client):
    TopicIndexPage.objects.get(locale__language_code="nl").unpublish()
    html = client.get(f"/nl/{FRA_REPORT}").content.decode()
    assert 'href="/topics/eu-charter/"' in html
