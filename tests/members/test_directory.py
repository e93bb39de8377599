import json
import re

import pytest

from django.test import override_settings

from wagtail.models import Locale

from members.choices import CommitmentKind, CommitmentStatus
from members.models import MemberCityPage
from taxonomy.models import Topic
from tests.factories import (
    CityCommitmentFactory,
    MemberCityPageFactory,
    MembershipTypeFactory,
)

pytestmark = pytest.mark.django_db


def listed_titles(html):
    """The city names in the directory's list, in order."""
    return re.findall(r'class="member-card__title"><a href="[^"]*">([^<]*)</a>', html)


def map_data(html):
    marker = '<script id="member-map-data" type="application/json">'
    start = html.index(marker) + len(marker)
    return json.loads(html[start : html.index("</script>", start)])


def test_directory_lists_the_example_cities_labelled_as_examples(client):
    response = client.get("/members/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Member cities" in html
    titles = listed_titles(html)
    for country in ("Austria", "Belgium", "Sweden", "Germany", "Netherlands"):
        assert f"Example city ({country})" in titles
    assert html.count('class="member-card__example"') == 5


def test_filter_form_is_labelled_and_works_without_javascript(client):
    html = client.get("/members/").content.decode()
    start = html.index('<form class="member-filters"')
    form = html[start : html.index("</form>", start)]
    assert 'method="get"' in form and '<button type="submit"' in form
    for name in ("q", "country", "membership", "topic", "has"):
        assert f'<label for="filter-{name}">' in form
    assert 'name="group"' not in form
    assert "The map needs JavaScript. The list shows the same cities." in html


def test_map_reads_a_json_block_and_loads_vendored_leaflet(client):
    html = client.get("/members/").content.decode()
    data = map_data(html)
    assert data["tiles_url"].startswith("https://tile.openstreetmap.org/")
    assert len(data["cities"]["features"]) == 5
    assert 'src="/static/js/member-map.js"' in html
    assert 'data-leaflet="/static/vendor/leaflet/leaflet-src.esm.js"' in html
    assert 'href="/static/vendor/leaflet/leaflet.css"' in html
    assert "style=" not in html
    for attr in ('src="http', 'href="//', 'src="//'):
        assert attr not in html


@override_settings(HRCN_MAP_TILES_URL="")
def test_offline_map_mode_has_no_tiles(client):
    html = client.get("/members/").content.decode()
    assert map_data(html)["tiles_url"] == ""
    assert "member-map__canvas--offline" in html
    assert "tile.openstreetmap.org" not in html


def test_filters_narrow_the_list(client, directory):
    locale = Locale.get_default()
    associate = MembershipTypeFactory(name="Associate", slug="associate", locale=locale)
    topic = Topic.objects.get(locale=locale, slug="youth")
    graz = MemberCityPageFactory(
        parent=directory, title="Graz", country="AT", local_name="Graz", membership_type=associate
    )
    graz.topics.add(topic)
    graz.save_revision().publish()
    CityCommitmentFactory(page=graz, kind=CommitmentKind.OMBUDSPERSON)
    CityCommitmentFactory(
        page=MemberCityPageFactory(parent=directory, title="Utrecht", country="NL"),
        kind=CommitmentKind.OMBUDSPERSON,
        status=CommitmentStatus.PLANNED,
    )

    assert listed_titles(client.get("/members/?country=AT").content.decode()) == [
        "Example city (Austria)",
        "Graz",
    ]
    assert listed_titles(client.get("/members/?membership=associate").content.decode()) == ["Graz"]
    assert listed_titles(client.get("/members/?topic=youth").content.decode()) == ["Graz"]
    # "Has in place" means in place: a planned ombudsperson does not count.
    assert listed_titles(client.get("/members/?has=ombudsperson").content.decode()) == ["Graz"]
    assert listed_titles(client.get("/members/?q=utre").content.decode()) == ["Utrecht"]
    html = client.get("/members/?has=ombudsperson").content.decode()
    assert "In place:" in html and "Anti-discrimination office or ombudsperson" in html


@pytest.mark.parametrize(
    "query",
    [
        "country=XX",
        "country=at",
        "membership=nope",
        "topic=%3Cscript%3E",
        "has=everything",
        "page=abc",
        "page=999",
        "q=" + "x" * 500,
    ],
)
def test_bad_filter_values_fall_back_to_no_filter(client, query):
    response = client.get(f"/members/?{query}")
    assert response.status_code == 200
    assert len(listed_titles(response.content.decode())) == 5


def topic_options(html):
    """The topic select's options, as (value, label, selected)."""
    start = html.index('<select name="topic"')
    select = html[start : html.index("</select>", start)]
    return re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select)


def test_the_unfiltered_form_is_kept_but_follows_changes_and_filters(client):
    """Opened without filters, the form's HTML is kept with the content
    generation: a renamed topic shows at once, and a filtered request (or one
    after it) never gets the wrong option selected."""
    english = Locale.objects.get(language_code="en")
    topic = Topic.objects.filter(locale=english).first()
    assert ("", " selected", "All topics") in topic_options(
        client.get("/members/").content.decode()
    )

    topic.name = "Housing, renamed"
    topic.save()
    options = topic_options(client.get("/members/").content.decode())
    assert (topic.slug, "", "Housing, renamed") in options

    options = topic_options(client.get(f"/members/?topic={topic.slug}").content.decode())
    assert [value for value, selected, _label in options if selected] == [topic.slug]
    for query in ("", "?topic=%3Cscript%3E"):
        options = topic_options(client.get(f"/members/{query}").content.decode())
        assert [value for value, selected, _label in options if selected] == [""]


def test_counts_per_country_follow_the_other_filters(client, directory):
    MemberCityPageFactory(parent=directory, title="Linz", country="AT")
    html = client.get("/members/").content.decode()
    counts = html[html.index('class="member-countries__list"') :]
    assert (
        '<a href="?country=AT">Austria</a> <span class="member-countries__count">2</span>' in counts
    )
    html = client.get("/members/?q=Linz").content.decode()
    assert "Belgium</a>" not in html[html.index('class="member-countries__list"') :]


def test_directory_paginates(client, directory):
    for number in range(20):
        MemberCityPageFactory(parent=directory, title=f"Zeta town {number:02d}")
    first = client.get("/members/").content.decode()
    assert "25 member cities" in first and 'rel="next"' in first
    assert len(listed_titles(first)) == 20
    second = client.get("/members/?page=2").content.decode()
    assert len(listed_titles(second)) == 5 and 'rel="prev"' in second


def test_drafts_and_private_cities_are_left_out(client, directory):
    MemberCityPageFactory(parent=directory, title="Draftburg", live=False)
    html = client.get("/members/").content.decode()
    assert "Draftburg" not in html
    assert "Draftburg" not in client.get("/members/cities.geojson").content.decode()


def test_directory_shows_only_its_own_language(client, directory):
    german = Locale.objects.get(language_code="de")
    # The German directory is the alias the synchronised tree keeps.
    german_directory = directory.get_translation(german)
    MemberCityPageFactory(parent=german_directory, title="Nur auf Deutsch", locale=german)
    assert "Nur auf Deutsch" not in client.get("/members/").content.decode()
    german_html = client.get(german_directory.url).content.decode()
    assert "Nur auf Deutsch" in german_html
    # Every profile it links to is a German-locale page (translation or alias).
    profiles = re.findall(r'href="(/(?:de/)?members/[a-z0-9-]+/)"', german_html)
    assert profiles
    assert all(link.startswith("/de/members/") for link in profiles)


def test_query_count_does_not_grow_with_cities(query_budget, directory):
    def add_cities(count):
        for _number in range(count):
            city = MemberCityPageFactory(parent=directory)
            CityCommitmentFactory(page=city, kind=CommitmentKind.ACTION_PLAN)

    add_cities(5)
    paths = [
        "/members/",
        "/members/cities.geojson",
        "/members/compare/",
        "/members/?has=action-plan",
    ]
    # Over the budget today: see tests/test_query_budgets.py.
    with_five = [query_budget(path, budget=17) for path in paths]
    add_cities(45)
    assert [query_budget(path, budget=17) for path in paths] == with_five
    assert MemberCityPage.objects.count() >= 55
