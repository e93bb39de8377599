"""City profiles, practices, the home page slot and the starter content."""

import io

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.core.management import call_command

from activities.models import ActivityIndexPage
from members.choices import CommitmentKind, CommitmentStatus
from members.models import HomePageFeaturedCity, MemberCityPage, PracticePage
from tests.factories import (
    ActivityPageFactory,
    CityCommitmentFactory,
    DocumentFactory,
    MemberCityPageFactory,
    PracticePageFactory,
)
from tests.members.helpers import city_edit_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def graz(directory):
    city = MemberCityPageFactory(
        parent=directory,
        title="Graz",
        country="AT",
        recognition="formal",
        adopting_body="City council",
        contact_role="Human rights office",
        contact_email="humanrights@graz.example",
    )
    CityCommitmentFactory(
        page=city, kind=CommitmentKind.OMBUDSPERSON, year=2012, link="https://graz.example/o"
    )
    return city


def test_profile_shows_identity_status_framework_and_contact(client, graz):
    html = client.get(graz.url).content.decode()
    assert '<h1 class="page-header__title">Graz</h1>' in html
    assert "Austria" in html and "EU member state" in html
    assert "Formal declaration" in html and "City council" in html
    for group in ("Foundations", "Structures", "Tools"):
        assert f'id="framework-{group.lower()}">\n' in html
    assert "Anti-discrimination office or ombudsperson</p>" in html
    assert "In place" in html and "2012" in html and 'href="https://graz.example/o"' in html
    assert "<table" not in html
    assert '<dt>Human rights office</dt><dd><a href="mailto:humanrights@graz.example">' in html
    assert "Example profile." not in html


def framework_groups(html):
    """Each framework group of a profile: its heading's text, its recorded
    items' names and the line that folds the unrecorded ones."""
    soup = BeautifulSoup(html, "html.parser")
    groups = {}
    for section in soup.select(".framework-group"):
        title = section.select_one(".framework-group__title")
        folded = section.select_one(".framework-group__unrecorded summary")
        groups[title.contents[0].strip()] = {
            "count": title.select_one(".framework-group__count").get_text(strip=True),
            "recorded": [p.get_text(strip=True) for p in section.select(".framework-item__name")],
            "folded": folded.get_text(strip=True) if folded else None,
            "folded_items": [li.get_text(strip=True) for li in section.select("details li")],
        }
    return soup, groups


def test_profile_opens_with_a_summary_whose_figure_matches_the_rows(client, graz):
    graz.member_since = 2016
    graz.population = 291000
    graz.population_year = 2023
    graz.save_revision().publish()
    CityCommitmentFactory(page=graz, kind=CommitmentKind.ACTION_PLAN, status="planned")
    CityCommitmentFactory(page=graz, kind=CommitmentKind.EU_CHARTER, note="Since 2014.")
    soup, groups = framework_groups(client.get(graz.url).content.decode())
    summary = soup.select_one(".member-summary")
    facts = {
        fact.dt.get_text(strip=True): fact.dd.get_text(" ", strip=True)
        for fact in summary.select(".member-summary__fact")
    }
    assert facts["Status"] == "Member city"
    assert facts["Member since"] == "2016"
    assert facts["Population"] == "291000 (2023)"
    recorded = graz.commitments.count()
    assert recorded == 3
    assert facts["FRA framework"].startswith(f"{recorded} of {len(CommitmentKind)} items recorded")
    meter = summary.select_one("meter")
    assert (meter["value"], meter["max"]) == (str(recorded), str(len(CommitmentKind)))
    assert meter["aria-labelledby"] == "framework-figure"
    # The summary comes before the framework.
    assert str(soup).index("member-summary") < str(soup).index("framework-group")


def test_profile_lists_recorded_items_and_folds_the_rest_into_one_line(client, graz):
    CityCommitmentFactory(page=graz, kind=CommitmentKind.ACTION_PLAN, status="planned", year=2026)
    _, groups = framework_groups(client.get(graz.url).content.decode())
    assert groups["Structures"]["recorded"] == ["Anti-discrimination office or ombudsperson"]
    assert groups["Structures"]["count"] == "1 of 6 recorded"
    assert groups["Structures"]["folded"] == "5 items not recorded yet"
    assert len(groups["Structures"]["folded_items"]) == 5
    assert "Partners" in groups["Structures"]["folded_items"]
    assert groups["Tools"]["recorded"] == ["Action plan"]
    assert groups["Tools"]["folded"] == "5 items not recorded yet"
    assert groups["Foundations"] == {
        "count": "0 of 4 recorded",
        "recorded": [],
        "folded": "4 items not recorded yet",
        "folded_items": [kind.label for kind in list(CommitmentKind)[:4]],
    }


def test_a_fully_recorded_group_has_no_folded_line(client, graz):
    for kind in list(CommitmentKind)[:4]:
        CityCommitmentFactory(page=graz, kind=kind)
    _, groups = framework_groups(client.get(graz.url).content.decode())
    assert groups["Foundations"]["folded"] is None
    assert len(groups["Foundations"]["recorded"]) == 4


def test_example_profiles_say_so(client):
    html = client.get("/members/example-city-sweden/").content.decode()
    assert "Example profile." in html and "not a real member" in html
    city = MemberCityPage.objects.get(slug="example-city-sweden", locale__language_code="en")
    assert city.get_admin_display_title() == "Example city (Sweden) (example profile)"
    # Nothing made up: no status and no framework item.
    assert not city.recognition and not city.commitments.exists()


def test_eu_membership_follows_from_the_country(graz):
    assert graz.is_eu_member
    graz.country = "NO"
    assert not graz.is_eu_member and graz.country_name == "Norway"


def test_practices_are_listed_on_the_city_and_searchable(client, graz):
    PracticePageFactory(parent=graz, title="Youth council", summary="Young people advise.")
    PracticePageFactory(parent=graz, title="Secret draft", live=False)
    html = client.get(graz.url).content.decode()
    assert "Youth council" in html and "Secret draft" not in html
    practice = client.get("/members/graz/youth-council/").content.decode()
    assert "A good practice of Graz" in practice and "Young people advise." in practice
    assert [page.title for page in PracticePage.objects.live().search("youth")] == ["Youth council"]


@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [("91", "10", "latitude"), ("45", "-181", "longitude"), ("45", None, "longitude")],
)
def test_coordinates_are_validated(graz, latitude, longitude, field):
    graz.latitude, graz.longitude = latitude, longitude
    with pytest.raises(ValidationError) as error:
        graz.full_clean()
    assert field in error.value.message_dict


def test_admin_rejects_the_same_item_twice(admin_client, graz):
    item = {"kind": CommitmentKind.ACTION_PLAN, "status": CommitmentStatus.PLANNED}
    response = admin_client.post(
        f"/admin/pages/{graz.pk}/edit/",
        city_edit_form(graz, commitments=[item, item]),
    )
    assert response.status_code == 200
    assert "Please correct the duplicate" in response.content.decode()
    assert not graz.commitments.filter(kind=CommitmentKind.ACTION_PLAN).exists()
    response = admin_client.post(
        f"/admin/pages/{graz.pk}/edit/", city_edit_form(graz, commitments=[item])
    )
    assert response.status_code == 302


def test_admin_takes_a_link_or_a_document_as_evidence_not_both(admin_client, graz):
    item = {
        "kind": CommitmentKind.ACTION_PLAN,
        "status": CommitmentStatus.IN_PLACE,
        "link": "https://graz.example/plan",
        "document": DocumentFactory().pk,
    }
    response = admin_client.post(
        f"/admin/pages/{graz.pk}/edit/", city_edit_form(graz, commitments=[item])
    )
    assert response.status_code == 200
    assert "Give a link or a document, not both." in response.content.decode()
    assert not graz.commitments.filter(kind=CommitmentKind.ACTION_PLAN).exists()
    del item["document"]
    response = admin_client.post(
        f"/admin/pages/{graz.pk}/edit/", city_edit_form(graz, commitments=[item])
    )
    assert response.status_code == 302
    draft = MemberCityPage.objects.get(pk=graz.pk).get_latest_revision_as_object()
    assert "https://graz.example/plan" in [item.link for item in draft.commitments.all()]


def test_profile_lists_the_live_activities_linked_to_it(client, home_page, graz):
    activities = ActivityIndexPage.objects.child_of(home_page).get()
    html = client.get(graz.url).content.decode()
    assert "Activities it took part in" not in html

    taken_part = ActivityPageFactory(parent=activities, title="Graz hosts the network")
    taken_part.member_cities.create(city=graz)
    taken_part.save_revision().publish()
    draft = ActivityPageFactory(parent=activities, title="Still a draft", live=False)
    draft.member_cities.create(city=graz)
    draft.save_revision()
    ActivityPageFactory(parent=activities, title="Elsewhere")

    html = client.get(graz.url).content.decode()
    assert "Activities it took part in" in html
    assert f'<a href="{taken_part.url}">Graz hosts the network</a>' in html
    assert "Still a draft" not in html
    assert "Elsewhere" not in html


def test_home_page_features_the_chosen_cities_in_order(client, home_page, graz, directory):
    other = MemberCityPageFactory(parent=directory, title="Malmö", country="SE")
    draft = MemberCityPageFactory(parent=directory, title="Drafttown", live=False)
    for order, city in enumerate([other, graz, draft]):
        HomePageFeaturedCity.objects.create(page=home_page, city=city, sort_order=order)
    html = client.get("/").content.decode()
    section = html[html.index('class="member-featured"') :]
    assert section.index("Malmö") < section.index("Graz")
    assert "Drafttown" not in html


def test_home_page_editor_offers_the_featured_cities_chooser(admin_client, home_page):
    html = admin_client.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert "Featured member cities" in html


def test_starter_content_is_idempotent():
    out = io.StringIO()
    call_command("load_network_content", stdout=out)
    lines = [line for line in out.getvalue().splitlines() if "example-city" in line]
    assert len(lines) == 5 and all(line.startswith("kept") for line in lines)
    assert "kept     workflow City profile review" in out.getvalue()
