"""add_member_city (command and admin view) and the review set-up."""

import io
import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client

from wagtail.models import Collection, GroupPagePermission, WorkflowPage

from members.models import MemberCityPage
from members.onboarding import STAFF_GROUP, WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("add_member_city", *args, stdout=out)
    return out.getvalue()


def test_add_member_city_sets_up_page_group_collection_and_editor(directory):
    output = run("Graz", "--country", "at", "--editor-email", "hr@graz.example")
    page = MemberCityPage.objects.get(title="Graz")
    assert page.get_parent().pk == directory.pk and page.country == "AT" and not page.live
    group = Group.objects.get(name="City editors: Graz")
    codenames = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}
    assert set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True)) == {
        page.pk
    }
    collection = Collection.objects.get(name="Graz")
    assert collection.group_permissions.filter(group=group).exists()
    assert group.user_set.get().email == "hr@graz.example"
    assert "created  page /home/members/graz/" in output
    [message] = mail.outbox
    assert message.to == ["hr@graz.example"]
    assert "http://testserver/admin/password_reset/confirm/" in message.body


def test_add_member_city_is_idempotent(directory):
    run("Graz", "--country", "AT", "--editor-email", "hr@graz.example")
    counts = (MemberCityPage.objects.count(), Group.objects.count(), Collection.objects.count())
    output = run("Graz", "--country", "AT", "--editor-email", "hr@graz.example")
    assert "created" not in output and "kept     page" in output
    assert (
        MemberCityPage.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
    ) == counts
    assert len(mail.outbox) == 1


def test_add_member_city_rejects_an_unknown_country(directory):
    with pytest.raises(CommandError, match="Unknown country code 'XX'"):
        run("Atlantis", "--country", "XX")
    assert not MemberCityPage.objects.filter(title="Atlantis").exists()
    assert not Group.objects.filter(name="City editors: Atlantis").exists()


def test_review_workflow_covers_the_directory_and_is_moderated_by_staff(directory):
    workflow = WorkflowPage.objects.get(page=directory).workflow
    assert workflow.name == WORKFLOW_NAME
    [task] = workflow.tasks.specific()
    assert [group.name for group in task.groups.all()] == [STAFF_GROUP]


def test_staff_add_a_city_from_the_admin(admin_client, directory):
    response = admin_client.get("/admin/members/add-city/")
    assert response.status_code == 200
    response = admin_client.post(
        "/admin/members/add-city/", {"name": "Ghent", "country": "BE", "editor_email": ""}
    )
    page = MemberCityPage.objects.get(title="Ghent")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert Group.objects.filter(name="City editors: Ghent").exists()
    response = admin_client.post("/admin/members/add-city/", {"name": "Nowhere", "country": "ZZ"})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()


def test_city_editors_cannot_use_the_add_city_view(client, directory):
    run("Graz", "--country", "AT", "--editor-email", "hr@graz.example")
    client.force_login(Group.objects.get(name="City editors: Graz").user_set.get())
    response = client.get("/admin/members/add-city/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    client.post("/admin/members/add-city/", {"name": "Sneaky", "country": "AT"})
    assert not MemberCityPage.objects.filter(title="Sneaky").exists()


def test_add_member_city_places_a_new_city_on_the_map(directory):
    run("Graz", "--country", "AT", "--lat", "47.070868", "--lon", "15.439504")
    page = MemberCityPage.objects.get(title="Graz")
    assert (str(page.latitude), str(page.longitude)) == ("47.07087", "15.43950")
    page.get_latest_revision().publish()
    geojson = Client().get(directory.url + "cities.geojson").json()
    [feature] = [f for f in geojson["features"] if f["properties"]["name"] == "Graz"]
    assert feature["geometry"]["coordinates"] == [15.4395, 47.07087]


def test_add_member_city_adds_a_position_to_an_existing_city_as_a_draft(directory):
    run("Graz", "--country", "AT")
    output = run("Graz", "--country", "AT", "--lat", "47.07", "--lon", "15.44")
    assert "saved    position Graz" in output
    draft = MemberCityPage.objects.get(title="Graz").get_latest_revision_as_object()
    assert (str(draft.latitude), str(draft.longitude)) == ("47.07000", "15.44000")


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        ("91", "15", "latitude must be a number between -90 and 90, not '91'"),
        ("47", "-180.5", "longitude must be a number between -180 and 180, not '-180.5'"),
        ("north", "15", "latitude must be a number between -90 and 90, not 'north'"),
        ("nan", "15", "latitude must be a number"),
        ("47", "", "Give both latitude and longitude, or neither."),
    ],
)
def test_add_member_city_refuses_a_bad_position(directory, lat, lon, message):
    with pytest.raises(CommandError, match=re.escape(message)):
        run("Graz", "--country", "AT", "--lat", lat, "--lon", lon)
    assert not MemberCityPage.objects.filter(title="Graz").exists()


def test_resend_sends_a_fresh_invitation_to_an_existing_editor(directory):
    run("Graz", "--country", "AT", "--editor-email", "hr@graz.example")
    output = run("Graz", "--country", "AT", "--resend")
    assert "sent     set-your-password e-mail to hr@graz.example" in output
    assert [message.to for message in mail.outbox] == [["hr@graz.example"]] * 2
    assert "http://testserver/admin/password_reset/confirm/" in mail.outbox[1].body
    assert "created" not in output
    # The fresh link works: the set-password form opens.
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", mail.outbox[1].body)
    response = Client().get(link.group(1), follow=True)
    assert response.status_code == 200 and b"new_password1" in response.content


def test_resend_with_the_editors_address(directory):
    run("Graz", "--country", "AT", "--editor-email", "hr@graz.example")
    run("Graz", "--country", "AT", "--editor-email", "hr@graz.example", "--resend")
    assert len(mail.outbox) == 2


def test_resend_for_a_city_without_editor_says_what_to_do(directory):
    run("Graz", "--country", "AT")
    with pytest.raises(CommandError, match="Graz has no editor to invite yet: give --editor-email"):
        run("Graz", "--country", "AT", "--resend")
    assert not mail.outbox
