"""A city's editors may change their profile and practices but never delete
them, before or after the first publication; HRCN staff still can."""

import io

import pytest
from wagtail_localize.synctree import create_aliases_for_new_page

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Page

from members.models import MemberCityPage, PracticePage
from members.onboarding import STAFF_GROUP
from tests.members.helpers import practice_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_city(directory):
    """A city just set up, never published, with its copies in the other
    languages, and its editor."""
    call_command(
        "add_member_city",
        "Alphaburg",
        "--country",
        "AT",
        "--editor-email",
        "editor@alphaburg.example",
        stdout=io.StringIO(),
    )
    page = MemberCityPage.objects.get(title="Alphaburg", locale__language_code="en")
    create_aliases_for_new_page(page)
    editor = get_user_model().objects.get(email="editor@alphaburg.example")
    return page, editor


@pytest.fixture
def staff_member():
    user = get_user_model().objects.create_user("moderator", "moderator@hrcn.example", "pw")
    user.groups.add(Group.objects.get(name=STAFF_GROUP))
    return user


def copies_of(page):
    return Page.objects.filter(translation_key=page.translation_key).count()


def add_practice(client, city, slug):
    client.post(
        f"/admin/pages/add/members/practicepage/{city.pk}/",
        practice_form("Youth council", slug, "Young people advise the council."),
    )
    return PracticePage.objects.child_of(city).get(slug=slug)


def assert_delete_refused(client, page):
    copies = copies_of(page)
    delete_url = f"/admin/pages/{page.pk}/delete/"
    response = client.get(delete_url)
    assert response.status_code in {302, 403}
    assert response.status_code == 403 or response["Location"] == "/admin/"
    client.post(delete_url, {"confirm_site_name": ""})
    assert Page.objects.filter(pk=page.pk).exists()
    assert copies_of(page) == copies


@pytest.mark.parametrize("published", [False, True], ids=["draft", "published"])
def test_editor_cannot_delete_own_profile(client, draft_city, published):
    page, editor = draft_city
    if published:
        page.save_revision().publish()
    assert copies_of(page) == 5
    client.force_login(editor)
    assert_delete_refused(client, page)
    # Nothing in the editor's view offers to delete it.
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"/admin/pages/{page.pk}/delete/" not in html
    html = client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert f"/admin/pages/{page.pk}/delete/" not in html


@pytest.mark.parametrize("published", [False, True], ids=["draft", "published"])
def test_editor_cannot_delete_own_practice(client, draft_city, published):
    city, editor = draft_city
    client.force_login(editor)
    practice = add_practice(client, city, "youth-council")
    assert practice.owner == editor
    if published:
        city.save_revision().publish()
        practice.save_revision().publish()
    assert_delete_refused(client, practice)
    html = client.get(f"/admin/pages/{practice.pk}/edit/").content.decode()
    assert f"/admin/pages/{practice.pk}/delete/" not in html
    html = client.get(f"/admin/pages/{city.pk}/").content.decode()
    assert "Youth council" in html
    assert f"/admin/pages/{practice.pk}/delete/" not in html


def test_staff_can_delete_a_practice_and_a_profile(client, draft_city, staff_member):
    city, editor = draft_city
    client.force_login(editor)
    practice = add_practice(client, city, "youth-council")

    client.force_login(staff_member)
    html = client.get(f"/admin/pages/{practice.pk}/edit/").content.decode()
    assert f"/admin/pages/{practice.pk}/delete/" in html
    assert client.get(f"/admin/pages/{practice.pk}/delete/").status_code == 200
    response = client.post(f"/admin/pages/{practice.pk}/delete/")
    assert response.status_code == 302
    assert not PracticePage.objects.filter(pk=practice.pk).exists()

    assert client.get(f"/admin/pages/{city.pk}/delete/").status_code == 200
    client.post(f"/admin/pages/{city.pk}/delete/")
    assert not MemberCityPage.objects.filter(pk=city.pk).exists()
