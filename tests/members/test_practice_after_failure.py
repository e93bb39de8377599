"""A city editor's new practice, kept by autosave without its required
summary, is submitted on the second try instead of answering "slug already
in use" (home/admin_drafts.py)."""

import pytest

from members.models import PracticePage
from tests.members.helpers import practice_form, set_up_city

pytestmark = pytest.mark.django_db


def test_a_city_editors_new_practice_is_submitted_on_the_second_try(client, directory):
    """The same for a city editor: autosave keeps a practice without its
    required summary, "Submit" refuses it, the next "Submit" sends it."""
    city, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    client.force_login(editor)
    url = f"/admin/pages/add/members/practicepage/{city.pk}/"
    draft = practice_form("Housing first", "housing-first", "")
    saved = client.post(url, draft, HTTP_ACCEPT="application/json")
    assert saved.status_code == 200 and saved.json()["success"]
    updates = {"overwrite_revision_id": saved.json()["revision_id"]}

    refused = client.post(url, {**draft, **updates, "action-submit": "1"})
    assert refused.status_code == 200
    errors = refused.context["form"].errors
    assert "summary" in errors and "slug" not in errors

    form = practice_form("Housing first", "housing-first", "Homes before conditions.")
    response = client.post(url, {**form, **updates, "action-submit": "1"})
    assert response.status_code == 302
    [practice] = PracticePage.objects.filter(slug="housing-first", locale__language_code="en")
    assert practice.get_parent().pk == city.pk and not practice.live
    assert practice.workflow_in_progress
    assert practice.get_latest_revision_as_object().summary == "Homes before conditions."
