"""A city editor's admin dashboard names its city, links to its editor and
says where the last submission stands; staff do not get the panel."""

from decimal import Decimal

import pytest

from django.urls import reverse

from wagtail.models import TaskState

from tests.members.helpers import city_edit_form, set_up_city, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def city(directory):
    return set_up_city("Alphaburg", "AT", "editor@alphaburg.example")


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def submit(client, page, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        city_edit_form(page, status_summary="Alphaburg, edited.", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def test_a_city_editor_lands_on_its_city(client, city):
    page, editor = city
    html = dashboard(client, editor)
    assert "Your city: Alphaburg" in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert "Published. Nothing submitted since." in html
    assert "framework items not recorded yet" in html


def test_the_panel_says_a_submission_is_in_review(client, city):
    page, editor = city
    submit(client, page, editor)
    assert "In review by HRCN staff" in dashboard(client, editor)


def test_the_panel_shows_what_the_reviewer_asked_for(client, city):
    page, editor = city
    task_state = submit(client, page, editor)
    client.force_login(staff_user())
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "Please add the year of your charter."},
    )
    assert response.status_code in (200, 302)
    html = dashboard(client, editor)
    assert "Changes requested" in html
    assert "Please add the year of your charter." in html


def test_the_panel_says_a_submission_was_approved(client, city):
    page, editor = city
    task_state = submit(client, page, editor)
    client.force_login(staff_user())
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
    assert "Approved and published" in dashboard(client, editor)


def test_staff_do_not_get_the_panel(client, city):
    html = dashboard(client, staff_user())
    assert "Your city:" not in html


def test_staff_see_which_cities_are_not_on_the_map(client, city):
    page, editor = city
    page.latitude, page.longitude = None, None
    page.save_revision().publish()
    placed = set_up_city("Betastad", "SE", "editor@betastad.example")[0]
    placed.latitude, placed.longitude = Decimal("59.33"), Decimal("18.06")
    placed.save_revision().publish()
    html = dashboard(client, staff_user())
    panel = html[html.index('id="cities-without-position"') :]
    panel = panel[: panel.index("</section>")]
    assert "not on the map" in panel
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}">Alphaburg</a>' in panel
    assert "Betastad" not in panel
    assert "cities-without-position" not in dashboard(client, editor)
