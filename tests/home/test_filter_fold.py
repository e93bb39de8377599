"""Listings, and the member comparison, fold their filter form into one
disclosure: closed until a filter is applied, then open, its summary counting
the applied filters and the results they leave."""

import re

import pytest

from taxonomy.models import Topic
from tests.html_forms import fold, results_in_fold

pytestmark = pytest.mark.django_db

LISTINGS = ["/members/", "/activities/", "/resources/", "/news/", "/members/compare/"]


@pytest.mark.parametrize("url", LISTINGS)
def test_the_filters_are_folded_until_one_is_applied(client, url):
    is_open, summary = fold(client.get(url).content.decode())
    assert (is_open, summary) == (False, "Filters")


@pytest.mark.parametrize(
    ("url", "query", "count"),
    [
        ("/members/", "country=AT&has=declaration", 2),
        ("/activities/", "when=past", 1),
        ("/resources/", "type=toolkit", 1),
        ("/members/compare/", "country=AT&has=declaration", 2),
    ],
)
def test_applied_filters_open_the_fold_and_are_counted(client, url, query, count):
    is_open, summary = fold(client.get(f"{url}?{query}").content.decode())
    assert is_open
    assert summary == f"Filters ({count} active)"


def test_the_news_topic_opens_the_fold(client):
    topic = Topic.objects.filter(locale__language_code="en").first()
    is_open, summary = fold(client.get(f"/news/?topic={topic.slug}").content.decode())
    assert (is_open, summary) == (True, "Filters (1 active)")


def test_an_unknown_value_is_no_filter(client):
    response = client.get("/resources/?type=no-such-type")
    assert response.status_code == 200
    assert fold(response.content.decode()) == (False, "Filters")


def test_the_summary_speaks_german(client):
    is_open, summary = fold(client.get("/de/activities/?when=past").content.decode())
    assert summary == "Filter (1 aktiv)"


def test_the_comparison_leads_back_to_the_directory_in_its_breadcrumbs(client):
    html = client.get("/de/members/compare/").content.decode()
    crumbs = html[
        html.index('<nav class="breadcrumbs"') : html.index(
            "</nav>", html.index('<nav class="breadcrumbs"')
        )
    ]
    assert '<a href="/de/members/">Mitgliedsstädte</a>' in crumbs
    assert '<span aria-current="page">Mitgliedsstädte vergleichen</span>' in crumbs


@pytest.mark.parametrize(
    ("url", "listed"),
    [
        ("/members/?country=AT", r"(\d+) member cit(?:y|ies)"),
        ("/members/", r"(\d+) member cit(?:y|ies)"),
        ("/resources/", r"(\d+) resources?\s*</p>"),
        ("/members/compare/", r"The FRA framework in (\d+) member cit"),
    ],
)
def test_the_summary_counts_the_results_the_listing_shows(client, url, listed):
    html = client.get(url).content.decode()
    assert results_in_fold(html) == int(re.search(listed, html)[1])


def test_the_result_count_speaks_german(client):
    html = client.get("/de/members/").content.decode()
    assert re.search(r'<span class="filter-fold__results">\d+ Ergebniss?e?</span>', html)
