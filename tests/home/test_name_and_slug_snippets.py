"""The four translatable name-and-slug snippets (topics, activity,
membership and resource types) share one declaration: staff add one through
the snippet admin with a slug in any script, and lists are in name order."""

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale

LABELS = [
    "activities.ActivityType",
    "members.MembershipType",
    "resources.ResourceType",
    "taxonomy.Topic",
]


@pytest.fixture
def staff(client, db):
    user = get_user_model().objects.create_superuser("staff", "staff@example.org", "x")
    client.force_login(user)
    return client


def add_url(model):
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:add")


@pytest.mark.parametrize("label", LABELS)
def test_staff_add_a_term_with_a_slug_in_any_script(staff, label):
    model = apps.get_model(label)
    response = staff.post(
        add_url(model) + "?locale=en",
        {"name": "Überprüfung", "slug": "überprüfung", "description": ""},
    )
    assert response.status_code == 302
    term = model.objects.get(slug="überprüfung")
    assert term.locale == Locale.get_default()
    assert str(term) == "Überprüfung"


@pytest.mark.parametrize("label", LABELS)
def test_a_slug_taken_in_the_language_is_refused_with_a_message(staff, label):
    model = apps.get_model(label)
    model.objects.create(name="Taken", slug="taken", locale=Locale.get_default())
    response = staff.post(add_url(model) + "?locale=en", {"name": "Again", "slug": "taken"})
    assert response.status_code == 200
    assert "This slug is already used in this language." in response.content.decode()
    assert model.objects.filter(slug="taken").count() == 1


@pytest.mark.parametrize("label", LABELS)
def test_terms_are_listed_by_name(staff, label):
    model = apps.get_model(label)
    for name in ["Zebra term", "Aardvark term"]:
        model.objects.create(
            name=name, slug=name.lower().replace(" ", "-"), locale=Locale.get_default()
        )
    html = staff.get(
        reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list")
    ).content.decode()
    assert html.index("Aardvark term") < html.index("Zebra term")
