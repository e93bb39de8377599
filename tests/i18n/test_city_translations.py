"""A member city's editors can translate their own profile, and only theirs:
page permissions and the review workflow follow a page into its translations."""

import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Locale

from members.models import MemberCityPage

pytestmark = pytest.mark.django_db


def add_city(name, country, email):
    call_command(
        "add_member_city", name, "--country", country, "--editor-email", email, stdout=io.StringIO()
    )
    city = MemberCityPage.objects.get(title=name, locale__language_code="en")
    city.save_revision().publish()
    return city, get_user_model().objects.get(email=email)


def test_city_editor_can_edit_its_own_translation_only(client):
    german = Locale.objects.get(language_code="de")
    city_a, editor_a = add_city("Alphaburg", "AT", "editor@alphaburg.example")
    city_b, _editor_b = add_city("Betastad", "SE", "editor@betastad.example")
    german_a = city_a.copy_for_translation(german, copy_parents=True)
    german_b = city_b.copy_for_translation(german, copy_parents=True)

    client.force_login(editor_a)
    assert client.get(f"/admin/pages/{german_a.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{german_b.pk}/edit/").status_code in {302, 403}

    # The German profile goes through the same staff review as the English one.
    assert german_a.get_workflow() is not None
    assert german_a.get_workflow() == city_a.get_workflow()
