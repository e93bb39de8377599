"""Staff search every snippet, in its admin list and inside its chooser
(e.g. "Add speaker or moderator", then a name), without a 500: on SQLite the
database search backend filters on the locale, which must be a FilterField."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale
from wagtail.snippets.models import get_snippet_models

from home.models import FooterText
from taxonomy.models import Topic
from tests.factories import (
    ActivityTypeFactory,
    MembershipTypeFactory,
    OrganisationFactory,
    PersonFactory,
    ResourceTypeFactory,
)

SNIPPETS = {model._meta.label: model for model in get_snippet_models()}


def make_topic(name):
    return Topic.objects.create(name=name, slug="quokka-topic", locale=Locale.get_default())


def make_footer(name):
    FooterText.objects.filter(locale=Locale.get_default()).delete()
    return FooterText.objects.create(text=name, locale=Locale.get_default())


# One record per snippet, with a name nobody else has.
MAKERS = {
    "activities.ActivityType": lambda name: ActivityTypeFactory(name=name),
    "home.FooterText": make_footer,
    "members.MembershipType": lambda name: MembershipTypeFactory(name=name),
    "people.Organisation": lambda name: OrganisationFactory(name=name),
    "people.Person": lambda name: PersonFactory(name=name),
    "resources.ResourceType": lambda name: ResourceTypeFactory(name=name),
    "taxonomy.Topic": make_topic,
}
CHOOSABLE = sorted(set(MAKERS) - {"home.FooterText"})


@pytest.fixture
def staff(client, db):
    user = get_user_model().objects.create_superuser("staff", "staff@example.org", "x")
    client.force_login(user)
    return client


def test_every_snippet_is_covered():
    assert set(SNIPPETS) == set(MAKERS)


@pytest.mark.parametrize("label", sorted(MAKERS))
def test_list_search_finds_the_snippet(staff, label):
    model = SNIPPETS[label]
    MAKERS[label]("Quokka Example")
    for view in ("list", "list_results"):
        url = reverse(model.snippet_viewset.get_url_name(view))
        for query in ("Quokka", "quok"):
            response = staff.get(url, {"q": query, "locale": "en"})
            assert response.status_code == 200, (view, query)
            assert "Quokka Example" in response.text, (view, query)
        response = staff.get(url, {"q": "Wombat", "locale": "en"})
        assert response.status_code == 200
        assert "Quokka Example" not in response.text


@pytest.mark.parametrize("label", CHOOSABLE)
def test_chooser_search_finds_the_snippet(staff, label):
    model = SNIPPETS[label]
    MAKERS[label]("Quokka Example")
    url = reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    for params in ({"q": "quok"}, {"q": "Quokka", "locale": "en"}):
        response = staff.get(url, params)
        assert response.status_code == 200, params
        assert "Quokka Example" in response.text, params
    response = staff.get(url, {"q": "Quokka", "locale": "de"})
    assert response.status_code == 200
    assert "Quokka Example" not in response.text
