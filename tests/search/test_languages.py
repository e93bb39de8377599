"""Word forms in each language (search/backends.py).

On PostgreSQL every page is indexed with the text search configuration of its
language and searched with the one of the visitor's language, so a word is
found in the forms its own language gives it, in the body as in the title.
On SQLite the full-text search does not stem: word forms that begin like the
query are found by the partial-word pass over titles, on both databases."""

import pytest

from django.core.management import call_command
from django.db import connection

from wagtail.models import Page

from home.models import StandardPage

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming per language is PostgreSQL's full-text search (SQLite's does not stem)",
)


def home_of(language_code):
    return Page.objects.get(depth=2, locale__language_code=language_code)


def page_in(language_code, title, body):
    """A published standard page in the language's tree, `body` its one paragraph."""
    page = StandardPage(
        title=title,
        slug=f"search-test-{language_code}",
        body=[{"type": "paragraph", "value": f"<p>{body}</p>"}],
    )
    home_of(language_code).add_child(instance=page)
    page.save_revision().publish()
    return page


def found_titles(client, url, query):
    """The titles of everything the search found, in every group (not only
    the first few each group shows: the starter content matches too)."""
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return [match.title for group in response.context["groups"] for match in group.matches]


@postgresql_only
def test_wahl_finds_a_german_page_that_says_wahlen(client):
    page_in("de", "Termine im Mai", "Die Wahlen zum Stadtrat finden im Mai statt.")
    assert "Termine im Mai" in found_titles(client, "/de/search/", "Wahl")
    # The same word form found the German way however it is written.
    assert "Termine im Mai" in found_titles(client, "/de/search/", "wahlen")
    # German pages are not among the English results.
    assert "Termine im Mai" not in found_titles(client, "/search/", "Wahlen")


@postgresql_only
def test_french_word_forms_find_a_french_page(client):
    page_in("fr", "Calendrier", "Les élections municipales et les droits nationaux.")
    assert "Calendrier" in found_titles(client, "/fr/search/", "élection")
    # French stemming, not English: English makes "nation" of "national"
    # and keeps "nationaux" whole.
    assert "Calendrier" in found_titles(client, "/fr/search/", "national")


@postgresql_only
def test_swedish_and_dutch_word_forms_find_their_pages(client):
    # Forms English stemming leaves apart ("rättigheterna", "gemeenten").
    page_in("sv", "Om nätverket", "Städer som arbetar för de mänskliga rättigheterna.")
    assert "Om nätverket" in found_titles(client, "/sv/search/", "rättighet")
    page_in("nl", "Over het netwerk", "Gemeenten die werken aan de rechten van de mens.")
    assert "Over het netwerk" in found_titles(client, "/nl/search/", "gemeente")


@postgresql_only
def test_budget_finds_budgeting_in_an_english_body(client):
    page_in("en", "Spending plans", "Cities share their human rights budgeting.")
    assert "Spending plans" in found_titles(client, "/search/", "budget")


@postgresql_only
@pytest.mark.parametrize(
    "query", ["elections budgeting", "the", "die und der", "Wahl & !Recht", "'Wahl':*", "Wahl |"]
)
def test_english_or_odd_queries_on_german_content_give_a_normal_page(client, query):
    page_in("de", "Termine im Mai", "Die Wahlen zum Stadtrat finden im Mai statt.")
    response = client.get("/de/search/", {"q": query})
    assert response.status_code == 200
    assert response.context["query"] == query


@postgresql_only
def test_an_english_word_on_a_german_page_is_found_in_german(client):
    page_in("de", "Haushalt", "Ein Workshop über Human Rights Budgeting.")
    assert "Haushalt" in found_titles(client, "/de/search/", "budgeting")


@postgresql_only
def test_update_index_indexes_each_language_with_its_own(client):
    page_in("de", "Termine im Mai", "Die Wahlen zum Stadtrat finden im Mai statt.")
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert "Termine im Mai" in found_titles(client, "/de/search/", "Wahl")


def test_wahl_finds_a_german_title_word_wahlen_on_every_database(client):
    # The partial-word pass over titles: the word form SQLite finds too.
    page_in("de", "Kommunale Wahlen 2026", "Ein Überblick.")
    assert "Kommunale Wahlen 2026" in found_titles(client, "/de/search/", "Wahl")
