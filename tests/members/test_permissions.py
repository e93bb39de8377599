"""What one member city's editor can and cannot do, through the admin, and
how HRCN staff approval publishes their change."""

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, TaskState, WorkflowState

from home.models import StandardPage
from members.models import MemberCityPage, PracticePage
from tests.members.helpers import city_edit_form, practice_form, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_member():
    return staff_user()


@pytest.fixture
def editor_client(client, city_a):
    client.force_login(city_a[1])
    return client


def test_editor_edits_own_city_and_submits_it_for_review(
    editor_client, city_a, city_b, staff_member, client
):
    page, _editor = city_a
    url = f"/admin/pages/{page.pk}/edit/"
    assert editor_client.get(url).status_code == 200
    mail.outbox.clear()
    response = editor_client.post(
        url,
        city_edit_form(page, status_summary="Alphaburg after the edit.", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.has_unpublished_changes
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # The public page still shows the published text.
    assert "before the edit" in editor_client.get(page.url).content.decode()
    # The moderators, and only they, are told.
    assert [message.to for message in mail.outbox] == [["moderator@hrcn.example"]]


def test_editor_cannot_publish_own_city(editor_client, city_a):
    page, _editor = city_a
    editor_client.post(
        f"/admin/pages/{page.pk}/edit/",
        city_edit_form(
            page, status_summary="Published by the city itself?", **{"action-publish": "1"}
        ),
    )
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert (
        "Published by the city itself?" not in MemberCityPage.objects.get(pk=page.pk).status_summary
    )
    assert "before the edit" in editor_client.get(page.url).content.decode()


def test_editor_adds_a_practice_under_own_city(editor_client, city_a):
    page, _editor = city_a
    url = f"/admin/pages/add/members/practicepage/{page.pk}/"
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(
        url, practice_form("Youth council", "youth-council", "Young people advise the council.")
    )
    assert response.status_code == 302
    practice = PracticePage.objects.child_of(page).get(slug="youth-council")
    assert not practice.live


def test_editor_cannot_edit_another_city_or_add_under_it(editor_client, city_b):
    other, _editor = city_b
    response = editor_client.get(f"/admin/pages/{other.pk}/edit/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    editor_client.post(
        f"/admin/pages/{other.pk}/edit/", city_edit_form(other, status_summary="Hacked")
    )
    assert (
        "Hacked"
        not in MemberCityPage.objects.get(pk=other.pk)
        .get_latest_revision_as_object()
        .status_summary
    )
    response = editor_client.get(f"/admin/pages/add/members/practicepage/{other.pk}/")
    assert response.status_code == 302


def test_editor_cannot_create_pages_elsewhere(editor_client, home_page, directory):
    for url in (
        f"/admin/pages/add/home/standardpage/{home_page.pk}/",
        f"/admin/pages/add/members/membercitypage/{directory.pk}/",
    ):
        assert editor_client.get(url).status_code == 302
    editor_client.post(
        f"/admin/pages/add/home/standardpage/{home_page.pk}/",
        {"title": "Rogue", "slug": "rogue", "body-count": "0"},
    )
    assert not StandardPage.objects.filter(slug="rogue").exists()


def test_explorer_shows_only_own_city(editor_client, city_a, city_b):
    html = editor_client.get("/admin/pages/", follow=True).content.decode()
    assert "Alphaburg" in html and "Betastad" not in html
    response = editor_client.get(f"/admin/pages/{city_b[0].pk}/")
    assert "Betastad" not in response.content.decode() or response.status_code == 302


def test_editor_cannot_reach_another_citys_images_or_documents(editor_client, city_a, city_b):
    from wagtail.images.models import Image

    # What the editor uploaded waits in its city's "Under review" (tests/members/test_file_review.py).
    own = Collection.objects.get(name="Alphaburg").get_children().get()
    other = Collection.objects.get(name="Betastad")
    own_image = Image.objects.create(title="Alpha logo", file=get_test_image_file(), collection=own)
    other_image = Image.objects.create(
        title="Beta logo", file=get_test_image_file(), collection=other
    )
    other_document = Document.objects.create(
        title="Beta plan", file=SimpleUploadedFile("plan.txt", b"plan"), collection=other
    )

    listing = editor_client.get("/admin/images/").content.decode()
    assert "Alpha logo" in listing and "Beta logo" not in listing
    assert editor_client.get(f"/admin/images/{own_image.pk}/").status_code == 200
    assert editor_client.get(f"/admin/images/{other_image.pk}/").status_code == 302
    assert "Beta logo" not in editor_client.get("/admin/images/chooser/").content.decode()
    assert "Beta plan" not in editor_client.get("/admin/documents/").content.decode()
    assert editor_client.get(f"/admin/documents/edit/{other_document.pk}/").status_code == 302


def test_staff_approval_publishes_and_only_then_the_public_page_changes(
    client, city_a, staff_member
):
    page, editor = city_a
    client.force_login(editor)
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        city_edit_form(page, status_summary="Alphaburg after the edit.", **{"action-submit": "1"}),
    )
    assert "after the edit" not in client.get(page.url).content.decode()

    task_state = TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    # The editor cannot approve their own submission.
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
    assert "after the edit" not in client.get(page.url).content.decode()

    client.force_login(staff_member)
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
    assert response.status_code == 302
    client.logout()
    assert "Alphaburg after the edit." in client.get(page.url).content.decode()
