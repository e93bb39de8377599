import datetime

import pytest

from news.models import NewsIndexPage
from taxonomy.models import Topic
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPage.objects.child_of(home_page).get()


def test_starter_news_item_on_the_fra_experts_group(client):
    html = client.get("/news/").content.decode()
    assert "FRA&#x27;s experts&#x27; group" in html or "FRA's experts' group" in html
    assert 'type="application/atom+xml"' in html


def test_listing_is_newest_first_and_skips_drafts(client, news_index):
    NewsPageFactory(parent=news_index, title="Older", date=datetime.date(2023, 12, 10))
    NewsPageFactory(parent=news_index, title="Newer", date=datetime.date(2024, 5, 6))
    NewsPageFactory(parent=news_index, title="Draft news", live=False)
    titles = [item.title for item in client.get("/news/").context["news"]]
    assert titles.index("Newer") < titles.index("Older")
    assert "Draft news" not in titles


def test_topic_filter_and_bad_values(client, news_index):
    youth = Topic.objects.get(slug="youth", locale__language_code="en")
    NewsPageFactory(parent=news_index, title="Youth news", topics=[youth])
    NewsPageFactory(parent=news_index, title="Other news")
    assert [i.title for i in client.get("/news/?topic=youth").context["news"]] == ["Youth news"]
    response = client.get("/news/?topic=%3Cb%3E&page=abc")
    assert response.status_code == 200
    assert len(response.context["news"]) >= 2


def test_atom_feed_lists_the_items(client, news_index):
    NewsPageFactory(parent=news_index, title="Feed <item>", summary="Summary & more")
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "<title>Feed &lt;item&gt;</title>" in body
    assert "/news/feed-item/</id>" in body


def test_news_listing_query_count_stays_flat(query_budget, news_index):
    for _ in range(5):
        NewsPageFactory(parent=news_index)
    few = query_budget("/news/", budget=14)  # over the budget: tests/test_query_budgets.py
    for _ in range(45):
        NewsPageFactory(parent=news_index)
    assert query_budget("/news/", budget=14) == few
