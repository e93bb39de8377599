import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from activities.models import ActivityIndexPage
from home.models import StandardPage
from home.starter_content import OBJECTIVES
from members.models import HomePageFeaturedCity
from tests.factories import ActivityPageFactory, MemberCityPageFactory, member_directory

pytestmark = pytest.mark.django_db


def test_home_page_shows_mission_vision_and_the_five_objectives(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Making human rights real, city by city" in html
    assert "Our mission" in html and "information hub for human rights cities" in html
    assert "Our vision" in html and "participatory democracy" in html
    for title, _text in OBJECTIVES:
        assert title in html
    assert html.count('class="objectives__item"') == 5


def test_objectives_keep_the_editors_order(client, home_page):
    first, last = home_page.objectives.first(), home_page.objectives.last()
    first.sort_order, last.sort_order = 99, -1
    first.save()
    last.save()
    html = client.get("/").content.decode()
    assert html.index(last.title) < html.index(first.title)


@pytest.mark.parametrize(
    ("path", "heading", "text"),
    [
        ("/about/", "About the network", "founded in 2019"),
        ("/mission-and-vision/", "Mission and vision", "information hub"),
        ("/privacy/", "Privacy", "Example text"),
        ("/imprint/", "Imprint", "Example text"),
    ],
)
def test_standard_pages_render_their_content(client, path, heading, text):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<h1 class="page-header__title">{heading}</h1>' in html
    assert text in html


def test_about_page_carries_the_network_facts(client):
    html = client.get("/about/").content.decode()
    for fact in (
        "Austria",
        "Belgium",
        "Sweden",
        "Germany",
        "Netherlands",
        "Engage, Connect and Empower",
    ):
        assert fact in html
    assert "Human rights cities in the EU: a framework for reinforcing rights" in html


def test_menu_lists_menu_pages_and_marks_the_current_one(client):
    html = client.get("/about/").content.decode()
    nav = html[html.index('<nav class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    assert 'href="/about/" aria-current="page"' in nav
    assert 'href="/mission-and-vision/"' in nav
    assert "/privacy/" not in nav


def test_breadcrumbs_lead_back_home(client):
    html = client.get("/about/").content.decode()
    crumbs = html[html.index('<nav class="breadcrumbs"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]
    assert '<a href="/">Home</a>' in crumbs
    assert '<span aria-current="page">About the network</span>' in crumbs


def test_footer_shows_settings_text_and_legal_links(client):
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert "making human rights real at local level" in footer
    assert 'href="/privacy/"' in footer and 'href="/imprint/"' in footer


def test_draft_pages_are_neither_served_nor_listed(client, home_page):
    draft = StandardPage(title="Draft plans", slug="draft-plans", show_in_menus=True, live=False)
    home_page.add_child(instance=draft)
    assert client.get("/draft-plans/").status_code == 404
    assert "Draft plans" not in client.get("/").content.decode()


def test_private_pages_are_left_out_of_the_menu(client, home_page):
    private = StandardPage(title="Members only", slug="members-only", show_in_menus=True)
    home_page.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert "Members only" not in client.get("/").content.decode()


def test_html_declares_language_and_landmarks(client):
    html = client.get("/about/").content.decode()
    assert '<html lang="en">' in html
    assert html.index('class="skip-link" href="#main"') < html.index("<header")
    for landmark in (
        '<header class="site-header">',
        '<nav class="main-nav"',
        '<main id="main"',
        "<footer",
    ):
        assert landmark in html


def test_junk_path_gets_the_styled_not_found_page(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="site-header"' in html and 'href="/static/css/site.css"' in html


def test_pages_load_no_third_party_assets(client):
    html = client.get("/").content.decode()
    for attr in ('src="http', "src='http", 'href="//', 'src="//'):
        assert attr not in html
    assert 'rel="stylesheet" href="/static/' in html


@pytest.mark.parametrize("path", ["/", "/about/"])
def test_query_count_does_not_grow_with_the_menu(query_budget, home_page, path):
    # The home page is over the budget today: see tests/test_query_budgets.py.
    budget = 14 if path == "/" else 12
    before = query_budget(path, budget=budget)
    for number in range(10):
        home_page.add_child(
            instance=StandardPage(
                title=f"Extra {number}", slug=f"extra-{number}", show_in_menus=True
            )
        )
    assert query_budget(path, budget=budget) == before


def test_query_count_does_not_grow_with_the_home_page_slots(client, query_budget, home_page):
    """Ten more featured cities and ten more activities (five upcoming, five
    past) cost the home page no query."""
    directory = member_directory(home_page)
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    before = query_budget("/", budget=14)
    last = HomePageFeaturedCity.objects.filter(page=home_page).count()
    for number in range(10):
        city = MemberCityPageFactory(parent=directory, title=f"Featured city {number}")
        HomePageFeaturedCity.objects.create(page=home_page, city=city, sort_order=last + number)
        days = number + 1 if number % 2 else -(number + 1)
        ActivityPageFactory(
            parent=activities,
            title=f"Slot activity {number}",
            start=timezone.now() + datetime.timedelta(days=days),
        )
    html = client.get("/").content.decode()
    assert "Featured city 9" in html
    assert "Slot activity 1" in html  # the next one: upcoming, soonest first
    assert query_budget("/", budget=14) == before
