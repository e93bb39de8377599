"""A preview shows the editor's unsaved speakers, although visitors' views of
the published page keep its speakers in the cache (home.caching)."""

from urllib.parse import urlencode

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from activities.choices import ParticipantRole
from activities.models import ActivityIndexPage, ActivityParticipant
from tests.factories import ActivityPageFactory, PersonFactory
from tests.html_forms import form_data, with_values

pytestmark = pytest.mark.django_db


def test_a_preview_shows_the_speaker_being_edited_in(client, home_page):
    index = ActivityIndexPage.objects.child_of(home_page).get()
    activity = ActivityPageFactory(parent=index)
    published, edited = PersonFactory(name="Ada Published"), PersonFactory(name="Bo Edited")
    activity.participants.add(ActivityParticipant(person=published, role=ParticipantRole.SPEAKER))
    activity.save_revision().publish()
    assert "Ada Published" in client.get(activity.url).text  # now kept for visitors

    staff = Client()
    staff.force_login(get_user_model().objects.create_superuser("staff", "s@example.org", "x"))
    edit_url = f"/admin/pages/{activity.pk}/edit/"
    form = form_data(staff.get(edit_url).text, containing="title")
    assert ("participants-0-person", str(published.pk)) in form
    preview_url = f"/admin/pages/{activity.pk}/edit/preview/"
    posted = staff.post(
        preview_url,
        urlencode(with_values(form, {"participants-0-person": str(edited.pk)})),
        content_type="application/x-www-form-urlencoded",
    )
    assert posted.json()["is_valid"], posted.content

    preview = staff.get(preview_url).text
    assert "Bo Edited" in preview
    assert "Ada Published" not in preview
    # Visitors still see what is published.
    assert "Ada Published" in client.get(activity.url).text
