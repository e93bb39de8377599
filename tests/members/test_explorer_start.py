"""A city editor's explorer starts at its city, in each of its languages,
and the dashboard's count and the admin's page search cover only the pages
it may edit."""

import re

import pytest

from django.urls import reverse

from wagtail.models import Locale, Page

from tests.members.helpers import set_up_city, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities(directory):
    """Alphaburg published in English and German; Betastad in English."""
    alpha, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    german = Locale.objects.get(language_code="de")
    alpha_de = alpha.copy_for_translation(german, copy_parents=True)
    alpha_de.save_revision().publish()
    betastad, _editor_b = set_up_city("Betastad", "SE", "editor@betastad.example")
    return alpha, alpha_de, editor, betastad


def test_the_explorer_sends_a_city_editor_to_its_city(client, cities):
    alpha, _alpha_de, editor, _b = cities
    client.force_login(editor)
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[alpha.pk])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Alphaburg" in html
    # Not the site root with a home page per language.
    assert "Betastad" not in html


def test_each_home_page_sends_it_to_its_city_in_that_language(client, cities):
    alpha, alpha_de, editor, _b = cities
    client.force_login(editor)
    for city in (alpha, alpha_de):
        home = Page.objects.get(depth=2, locale=city.locale)
        for page in (home, city.get_parent()):
            response = client.get(reverse("wagtailadmin_explore", args=[page.pk]))
            assert response.status_code == 302
            assert response["Location"] == reverse("wagtailadmin_explore", args=[city.pk])
    # Its own pages open as before.
    assert client.get(reverse("wagtailadmin_explore", args=[alpha_de.pk])).status_code == 200


def test_another_citys_explorer_sends_it_home(client, cities):
    alpha, _alpha_de, editor, betastad = cities
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_explore", args=[betastad.pk]))
    assert response["Location"] == reverse("wagtailadmin_explore", args=[alpha.pk])


def test_the_sidebar_explorer_opens_at_its_city(client, cities):
    alpha, _alpha_de, editor, _b = cities
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    # The sidebar's props: the "Pages" item and the page it starts from.
    start = re.search(r'PageExplorerMenuItem", "_args": \[\{"name": "explorer".*?\}, (\d+)\]', html)
    assert start and int(start.group(1)) == alpha.pk


def test_the_dashboard_counts_only_its_pages(client, cities):
    alpha, _alpha_de, editor, _b = cities
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    count = re.search(r"(\d+) Pages?\s*<span class=\"w-sr-only\">created in Alphaburg", html)
    assert count and count.group(1) == "2"
    assert f'href="{reverse("wagtailadmin_explore", args=[alpha.pk])}"' in html


def test_page_search_finds_nothing_of_another_city_or_above(client, cities):
    _alpha, _alpha_de, editor, _b = cities
    client.force_login(editor)
    for query in ("Betastad", "Members", "Home"):
        response = client.get(reverse("wagtailadmin_pages:search"), {"q": query})
        assert response.status_code == 200
        assert response.context["page_obj"].paginator.count == 0, query
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Alphaburg"})
    assert response.context["page_obj"].paginator.count == 2


def test_the_explorers_search_of_all_pages_finds_only_its_pages(client, cities):
    alpha, _alpha_de, editor, _b = cities
    client.force_login(editor)
    url = reverse("wagtailadmin_explore", args=[alpha.pk])
    for query, expected in (("Members", 0), ("Betastad", 0), ("Alphaburg", 2)):
        response = client.get(url, {"q": query, "search_all": "1"})
        assert response.status_code == 200
        assert response.context["page_obj"].paginator.count == expected, query


def test_the_sidebar_explorer_still_walks_down_to_its_city(client, cities):
    alpha, _alpha_de, editor, _b = cities
    client.force_login(editor)
    directory = alpha.get_parent()
    response = client.get("/admin/api/main/pages/", {"child_of": directory.pk, "for_explorer": "1"})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [alpha.pk]


def test_staff_still_explore_and_search_the_whole_site(client, cities):
    client.force_login(staff_user())
    response = client.get("/admin/pages/")
    assert response.status_code == 200
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Betastad"})
    assert response.context["page_obj"].paginator.count >= 1
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "created in Alphaburg" not in html
