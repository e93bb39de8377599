"""City editors translate their own profile through wagtail-localize, and
nothing else: not another city's profile, not a snippet, not the report of
every translation."""

import pytest
from wagtail_localize.models import TranslationSource

from wagtail.models import Locale

from members.models import MemberCityPage
from taxonomy.models import Topic
from tests.members.helpers import set_up_city, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def german():
    return Locale.objects.get(language_code="de")


@pytest.fixture
def cities(directory):
    return (
        set_up_city("Alphaburg", "AT", "editor@alphaburg.example"),
        set_up_city("Betastad", "SE", "editor@betastad.example"),
    )


def german_copy(page, german):
    return MemberCityPage.objects.filter(translation_key=page.translation_key, locale=german)


def assert_refused(response):
    assert response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_editor_translates_own_profile_into_german(client, cities, german):
    (city_a, editor_a), _b = cities
    client.force_login(editor_a)
    url = f"/admin/localize/submit/page/{city_a.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert "Alphaburg" in response.content.decode()
    response = client.post(url, {"locales": [german.pk]})
    assert response.status_code == 302
    translation = german_copy(city_a, german).get()
    assert not translation.alias_of_id and not translation.live
    # The editor goes on to translate it, and it waits for the same review.
    assert client.get(f"/admin/pages/{translation.pk}/edit/").status_code == 200
    assert translation.get_workflow() == city_a.get_workflow()


def test_editor_cannot_translate_another_citys_profile(client, cities, german):
    (_city_a, editor_a), (city_b, _editor_b) = cities
    client.force_login(editor_a)
    url = f"/admin/localize/submit/page/{city_b.pk}/"
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"locales": [german.pk]}))
    assert not german_copy(city_b, german).exists()


def test_editor_cannot_resync_another_citys_translations(client, cities, german):
    (_city_a, editor_a), (city_b, _editor_b) = cities
    client.force_login(staff_user())
    client.post(f"/admin/localize/submit/page/{city_b.pk}/", {"locales": [german.pk]})
    source = TranslationSource.objects.get_for_instance(city_b)
    client.force_login(editor_a)
    assert_refused(client.get(f"/admin/localize/update/{source.pk}/"))
    assert_refused(client.post(f"/admin/localize/update/{source.pk}/"))


def test_editor_cannot_translate_snippets_or_see_the_translations_report(client, cities):
    (_city_a, editor_a), _b = cities
    topic = Topic.objects.create(
        name="Housing", slug="housing-test", locale=Locale.objects.get(language_code="en")
    )
    client.force_login(editor_a)
    url = f"/admin/localize/submit/snippet/taxonomy/topic/{topic.pk}/"
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"locales": [Locale.objects.get(language_code="de").pk]}))
    assert (
        not Topic.objects.filter(translation_key=topic.translation_key)
        .exclude(pk=topic.pk)
        .exists()
    )
    assert_refused(client.get("/admin/localize/reports/translations/"))


def test_staff_translate_any_profile(client, cities, german):
    _a, (city_b, _editor_b) = cities
    client.force_login(staff_user())
    url = f"/admin/localize/submit/page/{city_b.pk}/"
    assert client.get(url).status_code == 200
    client.post(url, {"locales": [german.pk]})
    assert german_copy(city_b, german).exists()
    assert client.get("/admin/localize/reports/translations/").status_code == 200
