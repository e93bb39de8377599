"""One member city's editor sees nothing of another city's in the admin API,
the page chooser or the site history report."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from members.models import PracticePage
from tests.members.helpers import city_edit_form, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(city_a, city_b):
    own = Collection.objects.get(name="Alphaburg")
    other = Collection.objects.get(name="Betastad")
    return {
        "own_image": Image.objects.create(
            title="Alpha logo", file=get_test_image_file(), collection=own
        ),
        "other_image": Image.objects.create(
            title="Beta logo", file=get_test_image_file(), collection=other
        ),
        "own_document": Document.objects.create(
            title="Alpha plan", file=SimpleUploadedFile("alpha.txt", b"a"), collection=own
        ),
        "other_document": Document.objects.create(
            title="Beta plan", file=SimpleUploadedFile("beta.txt", b"b"), collection=other
        ),
    }


def titles(response):
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_admin_api_lists_only_the_editors_own_images_and_documents(client, city_a, media):
    client.force_login(city_a[1])
    assert titles(client.get("/admin/api/main/images/")) == {"Alpha logo"}
    response = client.get("/admin/api/main/documents/")
    assert titles(response) == {"Alpha plan"}
    assert "beta.txt" not in response.content.decode()
    assert client.get(f"/admin/api/main/images/{media['other_image'].pk}/").status_code == 404
    assert client.get(f"/admin/api/main/documents/{media['other_document'].pk}/").status_code == 404
    assert client.get(f"/admin/api/main/images/{media['own_image'].pk}/").status_code == 200


def test_admin_api_lists_every_image_and_document_for_staff(client, media):
    client.force_login(staff_user())
    assert {"Alpha logo", "Beta logo"} <= titles(client.get("/admin/api/main/images/"))
    assert {"Alpha plan", "Beta plan"} <= titles(client.get("/admin/api/main/documents/"))


@pytest.fixture
def drafts_of_b(client, city_b):
    """City B's editor adds a draft practice and submits a new title for
    review: neither is public yet."""
    page, editor = city_b
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/members/practicepage/{page.pk}/",
        {
            "title": "Beta secret practice",
            "slug": "beta-secret-practice",
            "summary": "Not public yet.",
            "body-count": "0",
            "documents-count": "0",
        },
    )
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        city_edit_form(page, title="Betastad draft title", **{"action-submit": "1"}),
    )
    page.refresh_from_db()
    assert page.draft_title == "Betastad draft title"
    practice = PracticePage.objects.child_of(page).get(slug="beta-secret-practice")
    client.logout()
    return page, practice


def test_page_chooser_shows_no_other_citys_drafts(client, city_a, drafts_of_b, directory):
    city_b, practice_b = drafts_of_b
    client.force_login(city_a[1])
    html = client.get(f"/admin/choose-page/{directory.pk}/").content.decode()
    assert "Alphaburg" in html
    assert "Betastad draft title" not in html
    # Opening B's page or its draft practice by address shows nothing of it.
    for page in (city_b, practice_b):
        response = client.get(f"/admin/choose-page/{page.pk}/")
        assert response.status_code == 404
        assert "Beta secret practice" not in response.content.decode()
    for query in ("Beta", "Betastad draft", "secret"):
        html = client.get("/admin/choose-page/search/", {"q": query}).content.decode()
        assert "Beta secret practice" not in html and "Betastad draft title" not in html


def test_page_chooser_still_offers_own_drafts_and_public_pages(client, city_a, directory):
    page, editor = city_a
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/members/practicepage/{page.pk}/",
        {
            "title": "Alpha youth council",
            "slug": "alpha-youth-council",
            "summary": "Draft.",
            "body-count": "0",
            "documents-count": "0",
        },
    )
    assert PracticePage.objects.filter(slug="alpha-youth-council", live=False).exists()
    html = client.get(f"/admin/choose-page/{page.pk}/").content.decode()
    assert "Alpha youth council" in html
    html = client.get("/admin/choose-page/search/", {"q": "youth"}).content.decode()
    assert "Alpha youth council" in html
    html = client.get(f"/admin/choose-page/{directory.get_parent().pk}/").content.decode()
    assert directory.title in html


def test_staff_choose_any_page_drafts_included(client, drafts_of_b):
    city_b, practice_b = drafts_of_b
    client.force_login(staff_user())
    html = client.get(f"/admin/choose-page/{city_b.pk}/").content.decode()
    assert "Beta secret practice" in html


def test_site_history_is_not_for_city_editors(client, city_a, drafts_of_b):
    client.force_login(city_a[1])
    response = client.get("/admin/reports/site-history/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.get("/admin/reports/site-history/results/")
    assert response.status_code in {302, 403}
    reports = client.get("/admin/").content.decode()
    assert "/admin/reports/site-history/" not in reports
    assert "editor@betastad.example" not in reports


def test_staff_keep_the_site_history(client, drafts_of_b):
    client.force_login(staff_user())
    response = client.get("/admin/reports/site-history/")
    assert response.status_code == 200
    assert "editor@betastad.example" in response.content.decode()
