"""A city's logo and hero photo take their alt text from the image itself
(Wagtail's description, "Alt text" on the image's form). Submitting or
publishing a profile whose image has none is refused on the page form, naming
the image and saying where to add it; a draft may still be saved. City
editors give the alt text of their own uploads, which wait under review."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, WorkflowState

from tests.members.helpers import city_edit_form, set_up_city, staff_user

pytestmark = pytest.mark.django_db

NO_ALT_TEXT = "The image \u201cAlphaburg logo\u201d has no alt text"


@pytest.fixture
def city(directory):
    return set_up_city("Alphaburg", "AT", "editor@alphaburg.example")


def upload(client, user, title, description=""):
    """An image uploaded through the admin's add view by `user`."""
    client.force_login(user)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(f"{title}.png", get_test_image_file().file.getvalue()),
            "description": description,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    return Image.objects.get(title=title)


def edit_city(client, page, action=None, **changes):
    data = city_edit_form(page, **changes)
    if action:
        data[f"action-{action}"] = "1"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def in_review(page):
    return WorkflowState.objects.filter(
        base_content_type__model="page",
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).exists()


def test_an_editor_cannot_submit_a_logo_without_alt_text_and_is_told_where_to_add_it(client, city):
    page, editor = city
    logo = upload(client, editor, "Alphaburg logo")
    response = edit_city(client, page, "submit", logo=logo.pk)
    assert response.status_code == 200
    assert NO_ALT_TEXT in response.text
    assert "Open it under Images, fill in \u201cAlt text\u201d" in response.text
    assert not in_review(page)

    # A draft may be saved without it.
    assert edit_city(client, page, logo=logo.pk).status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().logo == logo


def test_the_editor_adds_the_alt_text_to_its_upload_and_then_submits(client, city):
    page, editor = city
    logo = upload(client, editor, "Alphaburg logo")
    assert logo.collection.name == "Under review"
    response = client.post(
        reverse("wagtailimages:edit", args=[logo.pk]),
        {
            "title": logo.title,
            "description": "Coat of arms of Alphaburg",
            "collection": logo.collection_id,
            "tags": "",
        },
    )
    assert response.status_code == 302
    logo.refresh_from_db()
    assert logo.description == "Coat of arms of Alphaburg"

    assert edit_city(client, page, "submit", logo=logo.pk).status_code == 302
    assert in_review(page)


def test_an_approved_image_without_alt_text_sends_the_editor_to_staff(client, city):
    page, editor = city
    # Approved, in the city's own collection: there the editor only chooses.
    logo = Image.objects.create(
        title="Alphaburg logo",
        file=get_test_image_file(),
        collection=Collection.objects.get(name="Alphaburg"),
    )
    client.force_login(editor)
    assert client.get(reverse("wagtailimages:edit", args=[logo.pk])).status_code != 200
    response = edit_city(client, page, "submit", logo=logo.pk)
    assert response.status_code == 200
    assert NO_ALT_TEXT in response.text, response.context["form"].errors
    assert "only HRCN staff may change it now. Ask them to add it" in response.text


def test_staff_publish_a_city_whose_images_have_alt_text_and_visitors_read_it(client, city):
    page, _editor = city
    client.force_login(staff_user())
    logo = Image.objects.create(title="Alphaburg logo", file=get_test_image_file())
    hero = Image.objects.create(
        title="Alphaburg square",
        file=get_test_image_file(),
        description="The main square of Alphaburg at noon",
    )
    response = edit_city(client, page, "publish", logo=logo.pk, hero_image=hero.pk)
    assert response.status_code == 200
    assert NO_ALT_TEXT in response.text
    assert "Alphaburg square" not in response.text.split(NO_ALT_TEXT)[1][:80]

    Image.objects.filter(pk=logo.pk).update(description="Coat of arms of Alphaburg")
    assert edit_city(client, page, "publish", logo=logo.pk, hero_image=hero.pk).status_code == 302
    client.logout()
    html = client.get(page.url).text
    assert 'alt="Coat of arms of Alphaburg"' in html
    assert 'alt="The main square of Alphaburg at noon"' in html
