import pytest

from wagtail.models import Locale

from news.models import NewsIndexPage
from resources.models import ResourceIndexPage
from taxonomy.models import CharterTitle, Topic, TopicIndexPage
from tests.factories import (
    MemberCityPageFactory,
    NewsPageFactory,
    PracticePageFactory,
    ResourcePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged(home_page):
    """A practice, a city, a resource and a news item, all on youth and Equality."""

    youth = Topic.objects.get(slug="youth", locale__language_code="en")
    equality = CharterTitle.objects.get(code="equality")
    tags = {"topics": [youth], "charter_titles": [equality]}
    city = MemberCityPageFactory(parent=member_directory(home_page), title="Tagged city", **tags)
    PracticePageFactory(parent=city, title="Tagged practice", **tags)
    library = ResourceIndexPage.objects.child_of(home_page).get()
    ResourcePageFactory(parent=library, title="Tagged resource", **tags)
    news = NewsIndexPage.objects.child_of(home_page).get()
    NewsPageFactory(parent=news, title="Tagged news", **tags)
    NewsPageFactory(parent=news, title="Untagged news")
    NewsPageFactory(parent=news, title="Draft tagged news", live=False, **tags)
    return youth


TAGGED = ["Tagged city", "Tagged practice", "Tagged resource", "Tagged news"]


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


def test_a_resource_links_to_its_topic_and_charter_pages(client, tagged):
    html = client.get("/resources/tagged-resource/").content.decode()
    assert 'href="/topics/youth/"' in html
    assert 'href="/topics/charter/equality/"' in html


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
