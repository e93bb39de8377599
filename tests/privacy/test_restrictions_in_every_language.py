"""A view restriction holds for every language version of the pages it covers
(home/privacy.py). A password on an English page protects its German alias or
translation too, in every channel: serving, listings, search, feeds,
calendars, the sitemap, open data and the API. The same password unlocks
every version.

Every restricted page has "Qwertz" in its title, every open one "Zanzibar
Open", so each test also sees the open pages still listed."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from types import SimpleNamespace

import pytest
from wagtail_localize.synctree import create_aliases_for_new_page

from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from activities.models import ActivityIndexPage, ActivityMemberCity
from home.models import HomePage
from members.models import HomePageFeaturedCity
from news.models import NewsIndexPage
from resources.models import ResourceIndexPage
from taxonomy.models import CharterTitle, Topic
from tests.factories import (
    ActivityPageFactory,
    MemberCityPageFactory,
    NewsPageFactory,
    ResourcePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db

PASSWORD = "human-rights"
HIDDEN = "Qwertz"
OPEN = "Zanzibar Open"


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


def in_german(page, german, title=None):
    """The German version of an English page: an alias, as wagtail-localize's
    synchronised tree makes it, or a published translation when `title` is given."""
    if title is None:
        create_aliases_for_new_page(page)
        return page.get_translation(german)
    translation = page.copy_for_translation(german)
    translation.title = title
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def german(db):
    return Locale.objects.get(language_code="de")


@pytest.fixture
def site(home_page, german):
    """For each kind, a restricted English page and an open one, each with a
    German version. The restricted activity has a German translation, every
    other German version is an alias."""
    equality = CharterTitle.objects.get(code="equality")
    tags = {"charter_titles": [equality]}
    soon = timezone.now() + datetime.timedelta(days=1)
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    directory = member_directory(home_page)
    news = NewsIndexPage.objects.child_of(home_page).get()
    library = ResourceIndexPage.objects.child_of(home_page).get()

    def page_pair(factory, parent, name, **fields):
        hidden = factory(parent=parent, title=f"Zanzibar {HIDDEN} {name}", **fields)
        shown = factory(parent=parent, title=f"{OPEN} {name}", **fields)
        return hidden, shown

    hidden_city, open_city = page_pair(MemberCityPageFactory, directory, "city", **tags)
    hidden_activity = ActivityPageFactory(
        parent=activities, title=f"Zanzibar {HIDDEN} activity", start=soon, **tags
    )
    hidden_webinar = ActivityPageFactory(
        parent=activities, title=f"Zanzibar {HIDDEN} webinar", start=soon, **tags
    )
    open_activity = ActivityPageFactory(
        parent=activities,
        title=f"{OPEN} activity",
        start=soon + datetime.timedelta(days=1),
        **tags,
    )
    hidden_news, open_news = page_pair(NewsPageFactory, news, "news", **tags)
    hidden_resource, open_resource = page_pair(ResourcePageFactory, library, "resource", **tags)

    hidden = [hidden_city, hidden_activity, hidden_webinar, hidden_news, hidden_resource]
    shown = [open_city, open_activity, open_news, open_resource]
    german_versions = {
        page.pk: in_german(page, german, title=f"Zanzibar {HIDDEN} Veranstaltung")
        if page is hidden_activity
        else in_german(page, german)
        for page in hidden + shown
    }
    # Restricted after the German versions exist: Wagtail copies a page's
    # restriction to the copies it makes later, never to existing ones.
    restrictions = {page.pk: restrict(page) for page in hidden}
    return SimpleNamespace(
        hidden=hidden,
        shown=shown,
        restrictions=restrictions,
        german_versions=german_versions,
        hidden_city=hidden_city,
        open_city=open_city,
        hidden_activity=hidden_activity,
        open_activity=open_activity,
    )


def body(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_only_open(text, *names, where=""):
    assert HIDDEN not in text, where
    for name in names:
        assert f"{OPEN} {name}" in text, (where, name)


# Serving


def test_german_versions_ask_for_the_english_password(client, site):
    for page in site.hidden:
        german = site.german_versions[page.pk]
        html = body(client, german.url)
        assert HIDDEN not in html, german.url
        assert 'name="password"' in html, german.url
        action = f"/_util/authenticate_with_password/{site.restrictions[page.pk].pk}/"
        assert action in html, german.url
    for page in site.shown:
        assert f"{OPEN}" in body(client, site.german_versions[page.pk].url)


def test_the_english_password_unlocks_the_german_translation(client, site):
    translation = site.german_versions[site.hidden_activity.pk]
    assert translation.alias_of_id is None
    html = body(client, translation.url)
    action = re.search(r'<form action="([^"]+)" method="POST">', html).group(1)

    wrong = client.post(action, {"password": "guess", "return_url": translation.url})
    assert HIDDEN not in wrong.content.decode()
    response = client.post(action, {"password": PASSWORD, "return_url": translation.url})
    assert response.status_code == 302
    assert response["Location"] == translation.url

    html = body(client, translation.url)
    assert f"Zanzibar {HIDDEN} Veranstaltung" in html
    assert 'name="password"' not in html
    # The English page asked for the same restriction, so it is open as well...
    assert f"Zanzibar {HIDDEN} activity" in body(client, site.hidden_activity.url)
    # ...and, as in Wagtail, so is its record in the API for this session.
    assert client.get(f"/api/v2/pages/{translation.pk}/").status_code == 200
    # Another page's restriction still holds.
    city = site.german_versions[site.hidden_city.pk]
    assert 'name="password"' in body(client, city.url)


# Listings


def test_german_listings_leave_restricted_pages_out(client, site):
    listings = {
        "/de/activities/": ["activity"],
        "/de/members/": ["city"],
        "/de/resources/": ["resource"],
        "/de/news/": ["news"],
        "/de/topics/charter/equality/": ["city", "activity", "resource", "news"],
    }
    for url, names in listings.items():
        assert_only_open(body(client, url), *names, where=url)


def test_home_page_slots_leave_restricted_pages_out(client, site, german):
    home = HomePage.objects.get(depth=2, locale=german)
    for order, city in enumerate([site.hidden_city, site.open_city]):
        HomePageFeaturedCity.objects.create(
            page=home, city=site.german_versions[city.pk], sort_order=order
        )
    # The restricted activity is the next one: without the rule it would be shown.
    assert_only_open(body(client, "/de/"), "city", "activity", where="/de/")


def test_a_restriction_on_a_translation_hides_the_english_page(client, home_page, german):
    youth = Topic.objects.get(slug="youth", locale__language_code="en")
    library = ResourceIndexPage.objects.child_of(home_page).get()
    hidden = ResourcePageFactory(parent=library, title=f"{HIDDEN} toolkit", topics=[youth])
    ResourcePageFactory(parent=library, title=f"{OPEN} toolkit", topics=[youth])
    restrict(in_german(hidden, german, title=f"{HIDDEN} Werkzeugkasten"))

    assert 'name="password"' in body(client, hidden.url)
    for url in ["/resources/", "/topics/youth/"]:
        assert_only_open(body(client, url), "toolkit", where=url)


def test_activity_filters_leave_a_restricted_city_out(client, site):
    ActivityMemberCity.objects.create(page=site.open_activity, city=site.hidden_city)
    ActivityMemberCity.objects.create(page=site.open_activity, city=site.open_city)
    html = body(client, "/activities/")
    assert f"{OPEN} city" in html
    assert HIDDEN not in html


# Search


def test_search_leaves_restricted_pages_out_in_every_language(client, site):
    hidden_translation = site.german_versions[site.hidden_activity.pk]
    promotion_query = Query.get("zanzibar")
    SearchPromotion.objects.create(query=promotion_query, page=hidden_translation, sort_order=0)
    for url in ["/de/search/?q=zanzibar", "/search/?q=zanzibar"]:
        response = client.get(url)
        titles = [
            result.title for group in response.context["groups"] for result in group.results or []
        ]
        titles += [result.title for result in response.context["promoted"]]
        assert titles, url
        assert not [title for title in titles if HIDDEN in title], url
        assert f"{OPEN} activity" in titles, url
    kind = client.get("/de/search/?q=zanzibar&kind=activities").context["results"]
    assert [result.title for result in kind] == [f"{OPEN} activity"]


# Feeds and calendars


def test_feeds_and_calendars_leave_restricted_pages_out(client, site):
    feeds = {
        "/de/activities/feed/": "activity",
        "/de/activities/calendar/": "activity",
        "/de/news/feed/": "news",
    }
    for url, name in feeds.items():
        assert_only_open(body(client, url), name, where=url)


# Sitemap


def test_sitemap_leaves_the_german_translation_out(client, site):
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = {url.find("s:loc", namespace).text for url in root.findall("s:url", namespace)}
    translation = site.german_versions[site.hidden_activity.pk]
    assert f"http://testserver{translation.url}" not in locations
    assert f"http://testserver{site.hidden_activity.url}" not in locations
    assert f"http://testserver{site.open_activity.url}" in locations


# Open data


def test_geojson_and_comparison_exports_leave_restricted_cities_out(client, site):
    geojson = json.loads(body(client, "/de/members/cities.geojson"))
    names = [feature["properties"]["name"] for feature in geojson["features"]]
    assert f"{OPEN} city" in names
    assert not [name for name in names if HIDDEN in name]
    assert_only_open(body(client, "/de/members/compare/"), "city", where="compare")
    assert_only_open(body(client, "/de/members/compare/?format=csv"), "city", where="csv")
    rows = json.loads(body(client, "/de/members/compare/?format=json"))["rows"]
    assert_only_open(json.dumps(rows, ensure_ascii=False), "city", where="json")


# API


def test_api_leaves_restricted_german_versions_out(client, site):
    for page in site.hidden:
        german = site.german_versions[page.pk]
        response = client.get(f"/api/v2/pages/{german.pk}/?fields=*")
        assert response.status_code == 404, german.url
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    for page in site.shown:
        german = site.german_versions[page.pk]
        assert client.get(f"/api/v2/pages/{german.pk}/?fields=*").status_code == 200

    for page_type in [
        "activities.ActivityPage",
        "members.MemberCityPage",
        "news.NewsPage",
        "resources.ResourcePage",
    ]:
        response = client.get(f"/api/v2/pages/?type={page_type}&locale=de&limit=20")
        titles = [item["title"] for item in response.json()["items"]]
        assert any(title.startswith(OPEN) for title in titles), page_type
        assert not [title for title in titles if HIDDEN in title], page_type
    found = client.get("/api/v2/pages/?locale=de&search=zanzibar").json()["items"]
    assert found
    assert not [item for item in found if HIDDEN in item["title"]]
