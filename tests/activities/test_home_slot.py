"""The home page shows each activity once: the next (or latest) one on the
first screen, the others in the section below it."""

import html as html_lib

import pytest

pytestmark = pytest.mark.django_db


def main_content(client, url="/"):
    page = client.get(url).content.decode()
    return html_lib.unescape(page[page.index("<main") : page.index("</main>")])


def test_the_latest_activity_shows_once_when_none_is_coming(client):
    main = main_content(client)
    latest = "the Right to Vote in the 2024 European Parliament Elections"
    older = "Equality and Inequalities in Urban Context"
    assert main.count(latest) == 1
    assert main.count(older) == 1
    featured = main[main.index('id="home-now-activity-heading"') :]
    assert featured.index(latest) < featured.index("</section>")
    below = main[main.index('id="home-activities-heading"') :]
    assert latest not in below
    assert older in below


def test_the_next_activity_shows_once_and_the_past_ones_below(client, make_activity):
    coming = make_activity(title="Mayors meet on housing rights", hours_from_now=48)
    main = main_content(client)
    assert main.count(coming.card_title) == 1
    featured = main[main.index('id="home-now-activity-heading"') :]
    assert "Next activity" in featured[: featured.index("</section>")]
    assert coming.card_title in featured[: featured.index("</section>")]
    below = main[main.index('id="home-activities-heading"') :]
    assert "the Right to Vote in the 2024 European Parliament Elections" in below
    assert "Equality and Inequalities in Urban Context" in below


def test_no_section_below_when_the_first_screen_shows_the_only_activity(client, make_activity):
    from activities.models import ActivityPage

    for activity in ActivityPage.objects.filter(locale__language_code="en"):
        activity.unpublish()
    coming = make_activity(title="The one activity there is")
    main = main_content(client)
    assert main.count(coming.card_title) == 1
    assert 'id="home-activities-heading"' not in main
