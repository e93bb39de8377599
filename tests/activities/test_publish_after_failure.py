"""Publishing a new activity again after a failed try: autosave has already
saved the "add" form as a draft, and the next post of that form publishes
the draft, speakers included, instead of answering "slug already in use"."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.test.utils.form_data import inline_formset

from activities.models import ActivityPage
from tests.activities.test_admin import form_data
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def add_url(index_page):
    return f"/admin/pages/add/activities/activitypage/{index_page.pk}/"


def autosave(client, index_page, speaker):
    """What the browser's autosave sends from the "add" form, and the field
    updates it then applies to the form (the new speaker row's id)."""
    data = form_data(participants=inline_formset([{"person": speaker.pk, "role": "speaker"}]))
    data.pop("action-publish")
    response = client.post(add_url(index_page), data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"]
    return {
        **response.json()["field_updates"],
        "overwrite_revision_id": response.json()["revision_id"],
    }


def publish_form(speaker, updates, **overrides):
    data = form_data(
        participants=inline_formset([{"person": speaker.pk, "role": "speaker"}]), **overrides
    )
    return {**data, **updates}


def english_activities():
    return ActivityPage.objects.filter(title="Round table on housing", locale__language_code="en")


def test_a_failed_publish_then_a_second_try_publishes_with_the_speaker(admin_client, index_page):
    speaker = PersonFactory(name="Ana Speaker")
    updates = autosave(admin_client, index_page, speaker)

    failed = admin_client.post(
        add_url(index_page), publish_form(speaker, updates, end="2024-05-14 09:00")
    )
    assert failed.status_code == 200
    errors = failed.context["form"].errors
    assert "end" in errors and "slug" not in errors

    response = admin_client.post(add_url(index_page), publish_form(speaker, updates))
    assert response.status_code == 302
    [activity] = english_activities()
    assert activity.live
    assert [p.person.name for p in activity.participants.all()] == ["Ana Speaker"]
    page = admin_client.get(activity.url)
    assert "Ana Speaker" in page.content.decode()


def test_another_editors_draft_keeps_its_slug(admin_client, client, index_page):
    speaker = PersonFactory()
    other = get_user_model().objects.create_superuser("other", "other@hrcn.example", "pw")
    client.force_login(other)
    autosave(client, index_page, speaker)
    response = admin_client.post(add_url(index_page), publish_form(speaker, {}))
    assert response.status_code == 200
    assert "already in use" in str(response.context["form"].errors["slug"])
    [draft] = english_activities()
    assert draft.owner == other and not draft.live


def test_a_published_page_keeps_its_slug(admin_client, index_page):
    speaker = PersonFactory()
    assert admin_client.post(add_url(index_page), publish_form(speaker, {})).status_code == 302
    response = admin_client.post(add_url(index_page), publish_form(speaker, {}))
    assert response.status_code == 200
    assert "already in use" in str(response.context["form"].errors["slug"])
    assert english_activities().count() == 1
