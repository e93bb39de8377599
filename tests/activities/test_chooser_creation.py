"""Staff add a speaker or an organiser from inside the chooser, and the new
record is chosen and findable at once."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale

from members.onboarding import ensure_staff_group
from people.models import Organisation, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("staff", "staff@example.org", "x")
    client.force_login(user)
    return client


def chooser(model, view):
    return reverse(model.snippet_viewset.chooser_viewset.get_url_name(view))


@pytest.mark.parametrize(
    ("model", "tab", "data"),
    [
        (Person, "New person", {"name": "Ada Quokka", "role": "Mayor", "organisation": "Graz"}),
        (Organisation, "New organisation", {"name": "Quokka Alliance", "website": ""}),
    ],
)
def test_create_from_the_chooser(staff, model, tab, data):
    # Wagtail offers "add" only while there is nothing to choose.
    model.objects.create(name="Somebody Else", locale=Locale.get_default())
    response = staff.get(chooser(model, "choose"))
    assert response.status_code == 200
    assert tab in response.json()["html"]

    response = staff.post(chooser(model, "create"), data)
    assert response.status_code == 200
    body = response.json()
    assert body["step"] == "chosen"
    created = model.objects.get(name=data["name"])
    assert str(body["result"]["id"]) == str(created.pk)
    assert created.locale.language_code == "en"

    results = staff.get(chooser(model, "choose_results"), {"q": data["name"].split()[0]})
    assert data["name"] in results.text


def test_chooser_refuses_a_person_without_a_name(staff):
    response = staff.post(chooser(Person, "create"), {"name": "", "role": "Mayor"})
    assert response.json()["step"] == "reshow_creation_form"
    assert not Person.objects.filter(role="Mayor", name="").exists()


@pytest.mark.parametrize(
    ("model", "tab"), [(Person, "New person"), (Organisation, "New organisation")]
)
def test_the_staff_group_creates_people_from_the_chooser(client, model, tab):
    # The "HRCN staff" group as set-up makes it, on a site with nobody yet.
    group, _created = ensure_staff_group()
    user = get_user_model().objects.create_user("reviewer", "reviewer@hrcn.example", "pw")
    user.groups.add(group)
    client.force_login(user)

    html = client.get(chooser(model, "choose"), {"multiple": "true"}).json()["html"]
    assert tab in html
    response = client.post(chooser(model, "create"), {"name": "Ada Quokka"})
    assert response.json()["step"] == "chosen"
    assert model.objects.filter(name="Ada Quokka").exists()
