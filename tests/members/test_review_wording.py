"""What staff read when they review a city's submission, and who is asked to
review: the "HRCN staff" group that set-up makes the workflow's reviewers."""

import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupApprovalTask, TaskState

from members.onboarding import STAFF_GROUP, TASK_NAME
from tests.members.helpers import city_edit_form, set_up_city

pytestmark = pytest.mark.django_db


@pytest.fixture
def city(directory):
    return set_up_city(
        "Gammaberg", "AT", "editor@gammaberg.example", status_summary="Gammaberg before the edit."
    )


@pytest.fixture
def reviewer():
    user = get_user_model().objects.create_user("reviewer", "reviewer@hrcn.example", "pw")
    user.groups.add(Group.objects.get(name=STAFF_GROUP))
    return user


def submit(client, page, editor):
    client.force_login(editor)
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        city_edit_form(page, status_summary="Gammaberg after the edit.", **{"action-submit": "1"}),
    )


def review(client, page, reviewer, action):
    client.force_login(reviewer)
    return client.post(
        f"/admin/pages/{page.pk}/edit/",
        city_edit_form(
            page,
            status_summary="Gammaberg after the edit.",
            **{"action-workflow-action": "1", "workflow-action-name": action},
        ),
        follow=True,
    )


def test_set_up_makes_the_staff_group_the_reviewers(directory):
    task = GroupApprovalTask.objects.get(name=TASK_NAME)
    assert list(task.groups.values_list("name", flat=True)) == [STAFF_GROUP]


def test_each_submission_mails_every_reviewer(client, city, reviewer):
    page, editor = city
    mail.outbox.clear()
    submit(client, page, editor)
    assert [message.to for message in mail.outbox] == [["reviewer@hrcn.example"]]
    assert "Gammaberg" in mail.outbox[0].subject


def test_approve_and_publish_says_the_page_is_live(client, city, reviewer):
    page, editor = city
    submit(client, page, editor)
    response = review(client, page, reviewer, "approve")
    assert response.status_code == 200
    assert "Approved and published: &#x27;Gammaberg&#x27; is live on the site now." in (
        response.text
    )
    client.logout()
    assert "Gammaberg after the edit." in client.get(page.url).text


def test_request_changes_says_the_page_went_back(client, city, reviewer):
    page, editor = city
    submit(client, page, editor)
    response = review(client, page, reviewer, "reject")
    assert "Changes requested: &#x27;Gammaberg&#x27; goes back to its editors" in response.text
    assert TaskState.objects.filter(status=TaskState.STATUS_REJECTED).exists()


def test_image_alt_text_is_labelled_as_alt_text(admin_client):
    image = Image.objects.create(title="Square", file=get_test_image_file())
    html = admin_client.get(f"/admin/images/{image.pk}/").text
    assert "Alt text" in html
    assert "for people who cannot see it" in html


def test_the_upload_in_the_image_chooser_asks_for_alt_text(admin_client):
    html = admin_client.get("/admin/images/chooser/").json()["html"]
    assert "Alt text" in html
    assert "for people who cannot see it" in html


def test_the_city_form_sends_alt_text_to_the_image(admin_client, city):
    page, _editor = city
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").text
    assert html.count("Its alt text is the image") == 1
    assert "Its alt text, what the photo shows, is the image" in html
    assert 'name="logo_alt"' not in html and 'name="hero_alt"' not in html


def test_dev_admin_is_a_reviewer(settings, db):
    settings.DEBUG = True
    call_command("create_dev_admin", stdout=io.StringIO())
    admin = get_user_model().objects.get(username="admin")
    assert admin.groups.filter(name=STAFF_GROUP).exists()
