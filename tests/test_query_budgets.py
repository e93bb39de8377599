"""Queries per anonymous page view when the page cache misses: at most
QUERY_BUDGET for every page type, in English and German, and the same number
however many items a listing or a detail page holds. What every page shares
(site, home page, menus, footer, settings, restricted subtrees) is kept with
the content generation (home.caching), so the warm-up request of
`query_budget` fills it as a running server would."""

import itertools

import pytest
from wagtail_localize.synctree import create_aliases_for_new_page

from wagtail.models import Locale, Page

from activities.choices import OrganisationRole, ParticipantRole
from activities.models import (
    ActivityDocument,
    ActivityIndexPage,
    ActivityMemberCity,
    ActivityOrganisation,
    ActivityParticipant,
)
from members.choices import CommitmentKind
from members.models import MemberCityPage
from news.models import NewsIndexPage
from resources.models import ResourceIndexPage
from taxonomy.models import CharterTitle, Topic
from tests.factories import (
    ActivityPageFactory,
    CityCommitmentFactory,
    DocumentFactory,
    MemberCityPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PersonFactory,
    PracticePageFactory,
    ResourcePageFactory,
    member_directory,
)

pytestmark = pytest.mark.django_db

CITY = "/members/example-city-austria/"
PAGE_TYPES = {
    "home": "/",
    "standard page": "/about/",
    "member directory": "/members/",
    "activity listing": "/activities/",
    "resource library": "/resources/",
    "news listing": "/news/",
    "topics index": "/topics/",
    "member city": CITY,
    "practice": f"{CITY}budget-practice/",
    "activity": "/activities/equality-and-inequalities-in-urban-context/",
    "resource": "/resources/fra-human-rights-cities-framework-2021/",
    "news item": "/news/network-in-fra-experts-group/",
    "topic": "/topics/youth/",
    "Charter title": "/topics/charter/equality/",
    "form": "/contact/",
    "comparison": "/members/compare/",
    "search": "/search/?q=rights",
}


@pytest.fixture
def every_page_type(home_page):
    """The starter site plus what it lacks: a good practice (with its aliases
    in the other languages) and the youth topic in German."""
    city = MemberCityPage.objects.get(url_path__endswith=CITY, locale=home_page.locale)
    practice = PracticePageFactory(
        parent=city,
        title="Budget practice",
        slug="budget-practice",
        topics=[Topic.objects.get(slug="youth", locale=home_page.locale)],
        charter_titles=[CharterTitle.objects.get(code="equality")],
    )
    create_aliases_for_new_page(practice)
    youth = Topic.objects.get(slug="youth", locale=home_page.locale)
    youth.copy_for_translation(Locale.objects.get(language_code="de")).save()


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_fits_the_budget(query_budget, every_page_type, page_type, language):
    url = PAGE_TYPES[page_type]
    if language != "en":
        url = f"/{language}{url}"
    query_budget(url)


def add_cities(home, count):
    directory = member_directory(home)
    for _ in range(count):
        city = MemberCityPageFactory(parent=directory)
        CityCommitmentFactory(page=city, kind=CommitmentKind.ACTION_PLAN)


def add_activities(home, count):
    index = ActivityIndexPage.objects.child_of(home).get()
    for _ in range(count):
        ActivityPageFactory(parent=index)


def add_resources(home, count):
    library = ResourceIndexPage.objects.child_of(home).get()
    youth = Topic.objects.get(slug="youth", locale=home.locale)
    for _ in range(count):
        ResourcePageFactory(parent=library, topics=[youth])


def add_news(home, count):
    news = NewsIndexPage.objects.child_of(home).get()
    youth = Topic.objects.get(slug="youth", locale=home.locale)
    for _ in range(count):
        NewsPageFactory(parent=news, topics=[youth], summary="Rights in the city")


LISTINGS = {
    "/members/": add_cities,
    "/members/compare/": add_cities,
    "/activities/": add_activities,
    "/resources/": add_resources,
    "/news/": add_news,
    "/topics/youth/": add_resources,
    "/search/?q=rights": add_news,
}

# 100, not 500: each page is created and published through Wagtail, which
# takes about a second per hundred pages and listing; the count is flat from
# the first page of results on.
MANY = 100


def link_to_activity(activity, cities):
    """A speaker, an organiser, a member city and a document more."""
    activity.participants.add(
        ActivityParticipant(person=PersonFactory(), role=ParticipantRole.SPEAKER)
    )
    activity.organisations.add(
        ActivityOrganisation(organisation=OrganisationFactory(), role=OrganisationRole.ORGANISER)
    )
    activity.member_cities.add(ActivityMemberCity(city=next(cities)))
    activity.documents.add(ActivityDocument(document=DocumentFactory()))
    activity.save_revision().publish()


def test_an_activity_costs_the_same_with_1_or_5_of_each_link(query_budget, home_page):
    index = ActivityIndexPage.objects.child_of(home_page).get()
    activity = ActivityPageFactory(parent=index)
    cities = itertools.cycle(MemberCityPage.objects.live().filter(locale=home_page.locale))
    link_to_activity(activity, cities)
    one = query_budget(activity.url)
    for _ in range(4):
        link_to_activity(activity, cities)
    response = query_budget(activity.url)
    assert response == one
    page = activity.specific_class.objects.get(pk=activity.pk)
    assert len(page.speakers) == 5 and page.documents.count() == 5


@pytest.mark.parametrize("url", LISTINGS)
def test_listing_costs_the_same_with_5_or_many_items(query_budget, home_page, url):
    add = LISTINGS[url]
    add(home_page, 5)
    few = query_budget(url)
    add(home_page, MANY - 5)
    assert query_budget(url) == few
    assert Page.objects.live().count() > MANY
