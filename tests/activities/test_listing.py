import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from activities.models import ActivityParticipant
from members.models import MemberCityPage, MemberIndexPage
from taxonomy.models import Topic
from tests.factories import ActivityPageFactory, ActivityTypeFactory, PersonFactory

pytestmark = pytest.mark.django_db


def sections(html):
    """Titles under "Upcoming activities" and under "Past activities", in order."""
    upcoming, _sep, past = html.partition('id="past-heading"')
    if 'id="upcoming-heading"' not in upcoming:
        upcoming, past = "", html
    return upcoming, past


def order_in(text, *titles):
    return [text.index(title) for title in titles] == sorted(text.index(t) for t in titles)


def test_split_around_now_and_order(client, index_page, make_activity):
    soon = make_activity(title="Starts in an hour", hours_from_now=1)
    running = make_activity(title="Running now", hours_from_now=-1, duration_hours=2)
    later = make_activity(title="Next month", hours_from_now=24 * 30)
    ended = make_activity(title="Ended yesterday", hours_from_now=-26, duration_hours=2)
    no_end_past = make_activity(title="No end, started", hours_from_now=-2, duration_hours=None)
    no_end_soon = make_activity(title="No end, starts soon", hours_from_now=2, duration_hours=None)
    old = make_activity(title="Last year", hours_from_now=-24 * 365)

    html = client.get(index_page.url).content.decode()
    upcoming, past = sections(html)
    for activity in (running, soon, no_end_soon, later):
        assert activity.title in upcoming and activity.title not in past
        assert activity.is_upcoming
    for activity in (no_end_past, ended, old):
        assert activity.title in past and activity.title not in upcoming
        assert not activity.is_upcoming
    assert running.is_running and not soon.is_running
    assert order_in(upcoming, running.title, soon.title, no_end_soon.title, later.title)
    assert order_in(past, no_end_past.title, ended.title, old.title)


def test_empty_listing_says_so(client, index_page):
    html = client.get(index_page.url).content.decode()
    assert "No activities have been published yet" in html
    assert "Upcoming activities" not in html


def test_only_the_pages_locale_and_public_activities(client, index_page, make_activity):
    make_activity(title="In English")
    german = Locale.objects.get(language_code="de")
    make_activity(title="Auf Deutsch", locale=german)
    secret = make_activity(title="Members only")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    html = client.get(index_page.url).content.decode()
    assert "In English" in html
    assert "Auf Deutsch" not in html
    assert "Members only" not in html


@pytest.fixture
def tagged(index_page, make_activity):
    webinar = ActivityTypeFactory(slug="webinar-test", name="Webinar test")
    workshop = ActivityTypeFactory(slug="workshop-test", name="Workshop test")
    youth = Topic.objects.get(slug="youth", locale__language_code="en")
    directory = MemberIndexPage(title="Members", slug="members-test")
    index_page.get_parent().add_child(instance=directory)
    city = MemberCityPage(title="Exampleville", slug="exampleville", country="AT")
    directory.add_child(instance=city)
    first = make_activity(
        title="Webinar in 2023",
        activity_type=webinar,
        start=datetime.datetime(2023, 6, 1, 12, tzinfo=datetime.UTC),
        end=None,
    )
    first.topics.add(youth)
    first.member_cities.create(city=city)
    first.save_revision().publish()
    make_activity(
        title="Workshop in 2024",
        activity_type=workshop,
        start=datetime.datetime(2024, 6, 1, 12, tzinfo=datetime.UTC),
        end=None,
    )
    return first, city


@pytest.mark.parametrize(
    "query",
    [
        "type=webinar-test",
        "year=2023",
        "topic=youth",
        "city=exampleville",
        "type=webinar-test&year=2023&topic=youth&city=exampleville&when=past",
    ],
)
def test_filters(client, index_page, tagged, query):
    html = client.get(f"{index_page.url}?{query}").content.decode()
    assert "Webinar in 2023" in html
    assert "Workshop in 2024" not in html
    assert "Clear filters" in html


@pytest.mark.parametrize(
    "query",
    [
        "type=no-such-type",
        "year=abc",
        "year=1900",
        "year=99999999999999999999",
        "topic=%3Cscript%3E",
        "city=nowhere",
        "when=tomorrow",
        "type=&year=&topic=",
        "type=webinar-test&type=x",
        "page=1&page=abc",
    ],
)
def test_unknown_filter_values_fall_back_to_no_filter(client, index_page, tagged, query):
    response = client.get(f"{index_page.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    if query != "type=webinar-test&type=x":
        assert "Webinar in 2023" in html and "Workshop in 2024" in html


def test_filters_that_match_nothing_show_the_empty_state(client, index_page, tagged):
    html = client.get(f"{index_page.url}?type=webinar-test&year=2024").content.decode()
    assert "No activities match these filters." in html


def test_filter_form_works_without_javascript(client, index_page, tagged):
    html = client.get(index_page.url).content.decode()
    start = html.index('activity-filters" method="get"')
    form = html[start : html.index("</form>", start)]
    for name in ("when", "type", "year", "topic", "city"):
        assert f'<label for="filter-{name}">' in form
        assert f'name="{name}" id="filter-{name}"' in form
    assert '<button class="button" type="submit">' in form
    assert '<option value="2023"' in form and '<option value="exampleville"' in form


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999999", "2", ""])
def test_pagination_copes_with_any_page_number(client, index_page, make_activity, page):
    for number in range(index_page.per_page + 3):
        make_activity(title=f"Past activity {number:02d}", hours_from_now=-24 * (number + 1))
    response = client.get(f"{index_page.url}?page={page}&type=bad")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<article class="card">') in {index_page.per_page, 3}
    assert 'aria-current="page"' in html[html.index('<nav class="pagination"') :]


def test_pagination_keeps_the_filters(client, index_page, make_activity):
    webinar = ActivityTypeFactory(slug="webinar-test")
    for number in range(index_page.per_page + 1):
        make_activity(title=f"Webinar {number}", activity_type=webinar)
    html = client.get(f"{index_page.url}?type=webinar-test").content.decode()
    assert "?type=webinar-test&amp;page=2" in html


def test_query_count_does_not_grow_with_the_number_of_activities(query_budget, index_page):
    def add(count):
        types = [ActivityTypeFactory() for _ in range(3)]
        for number in range(count):
            ActivityPageFactory(
                parent=index_page,
                activity_type=types[number % 3],
                start=timezone.now() + datetime.timedelta(days=number - count // 2),
            )

    # Over the budget today: see tests/test_query_budgets.py.
    add(5)
    few = [query_budget(url, budget=17) for url in (index_page.url, "/")]
    add(45)
    many = [query_budget(url, budget=17) for url in (index_page.url, "/")]
    assert few == many


def test_cards_name_the_speakers_in_the_editors_order(client, index_page, make_activity):
    webinar = make_activity(title="Housing webinar")
    make_activity(title="Nobody named yet")
    for order, name in enumerate(["Ada Quokka", "Bo Numbat"]):
        ActivityParticipant.objects.create(
            page=webinar, person=PersonFactory(name=name), sort_order=order
        )

    html = client.get(index_page.url).content.decode()
    card = html.split("Housing webinar")[1].split("</article>")[0]
    assert "· With Ada Quokka, Bo Numbat</p>" in card
    other = html.split("Nobody named yet")[1].split("</article>")[0]
    assert "With" not in other
