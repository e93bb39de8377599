"""Cities set up before files were reviewed: the data migration gives them
the private "Under review" collection, so their editors' uploads wait."""

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.models import Collection, GroupCollectionPermission

from tests.members.helpers import set_up_city

pytestmark = pytest.mark.django_db

migration = importlib.import_module("members.migrations.0005_existing_cities_review_uploads")
OLD_CITY_PERMISSIONS = ["add_image", "change_image", "add_document", "change_document"]


@pytest.fixture
def old_city(directory):
    """A city as `add_member_city` left it before files were reviewed: no
    "Under review", and its editors add and change files in the city's
    collection itself."""
    page, editor = set_up_city("Oldtown", "AT", "editor@oldtown.example")
    city = Collection.objects.get(name="Oldtown")
    city.get_children().get(name="Under review").delete()
    group = editor.groups.get()
    for codename in OLD_CITY_PERMISSIONS:
        GroupCollectionPermission.objects.create(
            group=group, collection=city, permission=Permission.objects.get(codename=codename)
        )
    return page, editor


def upload(client, editor, title):
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile("plan.txt", b"Our plan")},
    )
    assert response.status_code == 302
    client.logout()
    return Document.objects.get(title=title)


def test_before_the_migration_an_old_citys_upload_is_public(client, old_city):
    document = upload(client, old_city[1], "Oldtown plan")
    assert document.collection.name == "Oldtown"
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 200


def test_after_the_migration_an_old_citys_upload_waits_under_review(client, old_city):
    migration.review_existing_cities_uploads(apps, None)
    document = upload(client, old_city[1], "Oldtown plan")
    assert document.collection.name == "Under review"
    assert document.collection.get_parent().name == "Oldtown"
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    assert client.get(document.url).status_code != 200
    client.force_login(old_city[1])
    assert client.get(document.url).status_code == 200


def test_the_migration_leaves_editors_only_choosing_in_the_city_collection(old_city):
    migration.review_existing_cities_uploads(apps, None)
    group = old_city[1].groups.get()
    codenames = set(
        GroupCollectionPermission.objects.filter(
            group=group, collection__name="Oldtown"
        ).values_list("permission__codename", flat=True)
    )
    assert codenames == {"choose_image", "choose_document"}


def test_the_migration_can_run_again_and_keeps_the_tree_sound(old_city):
    migration.review_existing_cities_uploads(apps, None)
    count = Collection.objects.count()
    migration.review_existing_cities_uploads(apps, None)
    assert Collection.objects.count() == count
    city = Collection.objects.get(name="Oldtown")
    assert [child.name for child in city.get_children()] == ["Under review"]
    assert Collection.find_problems() == ([], [], [], [], [])
