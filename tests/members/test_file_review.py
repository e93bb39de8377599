"""A city editor's uploads stay off the public site, the open API and site
search until HRCN staff approve them in "Files under review"."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from members.models import PracticePage
from tests.members.helpers import set_up_city, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def city(directory):
    return set_up_city("Alphaburg", "AT", "editor@alphaburg.example")


@pytest.fixture
def uploaded_document(client, city):
    """A document the city's editor uploads through the admin's add view."""
    client.force_login(city[1])
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Alpha action plan", "file": SimpleUploadedFile("plan.txt", b"Our plan")},
    )
    assert response.status_code == 302
    client.logout()
    return Document.objects.get(title="Alpha action plan")


@pytest.fixture
def uploaded_image(client, city):
    client.force_login(city[1])
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Alpha square",
            "file": SimpleUploadedFile("square.png", get_test_image_file().file.getvalue()),
            "description": "A square",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    client.logout()
    return Image.objects.get(title="Alpha square")


def api_titles(client, kind):
    response = client.get(f"/api/v2/{kind}/")
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def approve(client, kind, item):
    client.force_login(staff_user(f"approver-{kind}"))
    response = client.post(reverse("members_approve_file", args=[kind, item.pk]))
    assert response.status_code == 302
    client.logout()


def test_an_editors_upload_waits_under_review(uploaded_document, uploaded_image):
    for item in (uploaded_document, uploaded_image):
        assert item.collection.name == "Under review"
        assert item.collection.get_parent().name == "Alphaburg"


def test_a_document_under_review_is_not_public(client, uploaded_document):
    response = client.get(uploaded_document.url)
    assert response.status_code != 200
    assert b"Our plan" not in b"".join(getattr(response, "streaming_content", [response.content]))
    assert "Alpha action plan" not in api_titles(client, "documents")
    detail = client.get(f"/api/v2/documents/{uploaded_document.pk}/")
    assert detail.status_code == 404
    search = client.get("/search/", {"q": "Alpha action plan"})
    assert search.status_code == 200
    assert uploaded_document.url not in search.content.decode()


def test_an_image_under_review_is_not_in_the_api(client, uploaded_image):
    assert "Alpha square" not in api_titles(client, "images")
    assert client.get(f"/api/v2/images/{uploaded_image.pk}/").status_code == 404


def test_the_editor_still_sees_its_own_document(client, city, uploaded_document):
    client.force_login(city[1])
    response = client.get(uploaded_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Our plan"


def test_the_editor_cannot_move_its_upload_out_of_review(client, city, uploaded_document):
    client.force_login(city[1])
    response = client.post(
        reverse("wagtaildocs:edit", args=[uploaded_document.pk]),
        {
            "title": "Alpha action plan",
            "collection": Collection.objects.get(name="Alphaburg").pk,
        },
    )
    assert response.status_code in (200, 302)
    uploaded_document.refresh_from_db()
    assert uploaded_document.collection.name == "Under review"


def test_staff_see_pending_files_in_one_list(client, uploaded_document, uploaded_image):
    client.force_login(staff_user())
    response = client.get(reverse("members_pending_files"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Alpha action plan" in page
    assert "Alpha square" in page
    assert "Alphaburg" in page


def test_city_editors_cannot_open_the_list_or_approve(client, city, uploaded_document):
    client.force_login(city[1])
    assert client.get(reverse("members_pending_files")).status_code in (302, 403)
    client.post(reverse("members_approve_file", args=["document", uploaded_document.pk]))
    uploaded_document.refresh_from_db()
    assert uploaded_document.collection.name == "Under review"


def test_after_approval_the_files_are_public(client, uploaded_document, uploaded_image):
    approve(client, "document", uploaded_document)
    approve(client, "image", uploaded_image)
    response = client.get(uploaded_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Our plan"
    assert "Alpha action plan" in api_titles(client, "documents")
    assert "Alpha square" in api_titles(client, "images")
    search = client.get("/search/", {"q": "Alpha action plan"})
    assert uploaded_document.url in search.content.decode()


def test_an_unknown_kind_or_an_approved_file_is_not_found(client, uploaded_document):
    approve(client, "document", uploaded_document)
    client.force_login(staff_user("second"))
    url = reverse("members_approve_file", args=["document", uploaded_document.pk])
    assert client.post(url).status_code == 404
    assert client.post(reverse("members_approve_file", args=["page", 1])).status_code == 404


def test_publishing_a_page_approves_the_files_it_uses(client, city, uploaded_document):
    practice = PracticePage(
        title="Alpha rights office",
        slug="alpha-rights-office",
        summary="An office for rights.",
        documents=[("document", uploaded_document)],
    )
    city[0].add_child(instance=practice)
    practice.save_revision().publish()
    uploaded_document.refresh_from_db()
    assert uploaded_document.collection.name == "Alphaburg"
    assert client.get(uploaded_document.url).status_code == 200


def test_an_image_under_review_is_served_only_to_staff_and_its_editors(
    client, city, uploaded_image
):
    url = uploaded_image.file.url
    assert client.get(url).status_code == 404
    client.force_login(city[1])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    client.logout()
    approve(client, "image", uploaded_image)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=86400"
