"""Our own drawings: one per strategic objective on the home page, one per
activity type on activity cards (a calendar leaf for any other type), and
one for each empty state. Decorative: hidden from assistive technology."""

import re

import pytest

from tests.factories import ActivityIndexPageFactory, ActivityPageFactory, ActivityTypeFactory

pytestmark = pytest.mark.django_db

SVG = re.compile(r'<svg class="icon icon--([a-z0-9-]+)[^"]*"[^>]*>(.*?)</svg>', re.S)


def icons(html):
    """The icons drawn, by name, after checking each is decorative and unstyled."""
    for match in SVG.finditer(html):
        tag = match.group(0)
        assert 'aria-hidden="true"' in tag and 'focusable="false"' in tag
        assert "style=" not in tag
        assert "<path" in tag or "<circle" in tag or "<rect" in tag
    return [match.group(1) for match in SVG.finditer(html)]


def test_each_objective_has_its_own_drawing(client):
    html = client.get("/").content.decode()
    section = html[html.index('class="objectives"') :]
    section = section[: section.index("</section>")]
    assert icons(section) == [f"objective-{n}" for n in range(1, 6)]
    assert section.count('class="objectives__item"') == 5


def test_activity_cards_show_their_types_drawing_or_the_calendar(client, home_page):
    html = client.get("/activities/").content.decode()
    drawn = icons(html[html.index("<main") : html.index("</main>")])
    assert "activity-webinar" in drawn
    assert "activity-panel-discussion" in drawn

    index = ActivityIndexPageFactory(parent=home_page)
    ActivityPageFactory(parent=index, activity_type=ActivityTypeFactory(slug="hackathon"))
    html = client.get(index.url).content.decode()
    assert icons(html[html.index("<main") : html.index("</main>")]) == ["activity-other"]


def test_empty_states_show_their_drawing(client, home_page):
    index = ActivityIndexPageFactory(parent=home_page)
    html = client.get(index.url).content.decode()
    assert "No activities have been published yet." in html
    assert "empty-activities" in icons(html)

    html = client.get("/search/?q=xyzzyplugh").content.decode()
    assert "Nothing matches" in html
    assert "empty-search" in icons(html)

    html = client.get("/resources/?type=toolkit").content.decode()
    assert "No resource matches these filters." in html
    assert "empty-resources" in icons(html)
