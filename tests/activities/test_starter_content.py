import io

import pytest

from django.core.management import call_command

from activities.models import ActivityPage, ActivityType
from people.models import Organisation

pytestmark = pytest.mark.django_db


def test_the_two_activities_from_the_facts(client):
    html = client.get("/activities/").content.decode()
    assert "Equality and Inequalities in Urban Context" in html
    assert "the Right to Vote in the 2024 European Parliament Elections" in html
    # Known only to the month, and past: the month alone, nothing "to be confirmed".
    assert "December 2023 · Online" in html
    assert "May 2024 · Online" in html
    assert "to be confirmed" not in html
    assert "1 December 2023" not in html and "1 May 2024" not in html

    panel = ActivityPage.objects.get(
        slug="equality-and-inequalities-in-urban-context", locale__language_code="en"
    )
    assert panel.activity_type.slug == "panel-discussion"
    assert panel.attendance_mode == "online"
    assert "International Human Rights Day" in panel.occasion
    assert not panel.participants.exists()

    webinar = ActivityPage.objects.get(
        slug="right-to-vote-2024-european-parliament-elections", locale__language_code="en"
    )
    assert webinar.activity_type.slug == "webinar"
    assert [o.name for o in webinar.partners] == ["Global Parliament of Mayors"]
    assert "European Capital of Democracy" in webinar.occasion
    for activity in (panel, webinar):
        assert activity.date_precision == "month"
        assert (activity.local_start.day, activity.local_start.hour) == (1, 0)


def test_the_api_says_the_day_is_not_known(client):
    response = client.get(
        "/api/v2/pages/?type=activities.ActivityPage&locale=en&fields=start,date_precision"
    )
    items = response.json()["items"]
    assert len(items) == 2
    assert {item["date_precision"] for item in items} == {"month"}


def test_activities_are_in_the_menu_and_on_the_home_page(client):
    html = client.get("/").content.decode()
    nav = html[html.index('<nav class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    assert 'href="/activities/"' in nav
    # The latest activity on the first screen, the one before it in the section below.
    featured = html[html.index('id="home-now-activity-heading"') :]
    assert "the Right to Vote in the 2024" in featured[: featured.index("</section>")]
    slot = html[html.index('id="home-activities-heading"') :]
    assert "Equality and Inequalities" in slot


def test_types_are_translatable_snippets():
    slugs = set(
        ActivityType.objects.filter(locale__language_code="en").values_list("slug", flat=True)
    )
    assert slugs == {
        "panel-discussion",
        "webinar",
        "round-table",
        "workshop",
        "conference",
        "other",
    }


def test_loading_again_creates_nothing():
    counts = (
        ActivityPage.objects.count(),
        ActivityType.objects.count(),
        Organisation.objects.count(),
    )
    out = io.StringIO()
    call_command("load_network_content", stdout=out)
    assert "created" not in out.getvalue()
    assert "kept     /home/activities/" in out.getvalue()
    assert (
        ActivityPage.objects.count(),
        ActivityType.objects.count(),
        Organisation.objects.count(),
    ) == counts
