import pytest

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from activities.models import ActivityPage
from tests.factories import ActivityTypeFactory

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "title": "Round table on housing",
        "slug": "round-table-on-housing",
        "activity_type": ActivityTypeFactory().pk,
        "summary": "How cities secure the right to housing.",
        "start": "2024-05-14 10:00",
        "end": "2024-05-14 11:30",
        "time_zone": "Europe/Brussels",
        "date_precision": "day_and_time",
        "attendance_mode": "online",
        "body": streamfield([("paragraph", rich_text("<p>Programme to follow.</p>"))]),
        "participants": inline_formset([]),
        "organisations": inline_formset([]),
        "member_cities": inline_formset([]),
        "documents": inline_formset([]),
        "recording_transcript": rich_text(""),
        "outcomes": rich_text(""),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def add(admin_client, index_page, **overrides):
    url = f"/admin/pages/add/activities/activitypage/{index_page.pk}/"
    return admin_client.post(url, form_data(**overrides))


def field_errors(response, name):
    form = response.context["form"]
    return [str(error) for error in form.errors.get(name, [])]


def test_admin_add_form_renders(admin_client, index_page):
    response = admin_client.get(f"/admin/pages/add/activities/activitypage/{index_page.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Speakers and moderators" in html and "Member cities taking part" in html
    assert '<option value="Europe/Brussels" selected>' in html


def test_editor_publishes_an_activity(admin_client, index_page):
    response = add(admin_client, index_page)
    assert response.status_code == 302
    activity = ActivityPage.objects.get(slug="round-table-on-housing", locale__language_code="en")
    assert activity.live
    assert activity.when == "14 May 2024, 10:00–11:30 CEST"


def test_times_are_entered_in_the_activitys_time_zone(admin_client, index_page):
    response = add(admin_client, index_page, time_zone="America/New_York", end="")
    assert response.status_code == 302
    activity = ActivityPage.objects.get(slug="round-table-on-housing", locale__language_code="en")
    assert activity.start.isoformat() == "2024-05-14T14:00:00+00:00"
    edit = admin_client.get(f"/admin/pages/{activity.pk}/edit/").content.decode()
    assert 'value="2024-05-14 10:00"' in edit


def test_end_before_start_is_refused_next_to_the_end_field(admin_client, index_page):
    response = add(admin_client, index_page, end="2024-05-14 09:00")
    assert response.status_code == 200
    assert field_errors(response, "end") == ["The end must not be before the start."]
    assert not ActivityPage.objects.filter(slug="round-table-on-housing").exists()


def test_in_person_activity_needs_a_venue(admin_client, index_page):
    response = add(admin_client, index_page, attendance_mode="in_person", venue_name="City Hall")
    assert response.status_code == 200
    assert field_errors(response, "venue_name") == []
    for name in ("venue_address", "venue_city", "venue_country"):
        assert field_errors(response, name) == ["Needed for an activity held in person or hybrid."]


def test_unknown_time_zone_is_refused(admin_client, index_page):
    response = add(admin_client, index_page, time_zone="Mars/Olympus_Mons")
    assert response.status_code == 200
    assert field_errors(response, "time_zone")


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/activities/activitytype/",
        "/admin/snippets/people/person/",
        "/admin/snippets/people/organisation/",
    ],
)
def test_staff_manage_types_people_and_organisations(admin_client, url):
    assert admin_client.get(url).status_code == 200
