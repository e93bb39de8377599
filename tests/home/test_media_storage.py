"""Media in S3-compatible object storage (a real moto server), and images
served by the app itself from whichever storage holds them."""

import io

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, Site

from home.models import SiteSettings
from tests.conftest import PUBLIC_ORIGIN

pytestmark = pytest.mark.django_db


def png_upload(name="city-hall.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 480), (11, 79, 108)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def keys(s3, prefix):
    listing = s3.list_objects_v2(Bucket=s3.bucket, Prefix=prefix)
    return [item["Key"] for item in listing.get("Contents", [])]


def root_collection():
    return Collection.get_first_root_node()


def upload_image(admin_client, title="City hall"):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": title, "file": png_upload(), "collection": root_collection().pk},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Image.objects.get(title=title)


def test_an_uploaded_image_and_its_renditions_live_in_the_bucket(admin_client, client, s3_media):
    image = upload_image(admin_client)
    assert keys(s3_media, "original_images/") == [image.file.name]

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_share_image = image
    site_settings.save()
    html = client.get("/about/").content.decode()
    (rendition,) = image.renditions.all()
    assert keys(s3_media, "images/") == [rendition.file.name]
    # Linked under the public address, which the load balancer passes to the bucket.
    assert f'content="{PUBLIC_ORIGIN}/media/{rendition.file.name}"' in html

    # Served alone, the app streams it from the bucket.
    response = client.get(f"/media/{rendition.file.name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_documents_are_served_as_attachments_by_the_serve_view(admin_client, client, s3_media):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Framework summary",
            "file": SimpleUploadedFile("framework.pdf", b"%PDF-1.4 framework"),
            "collection": root_collection().pk,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Framework summary")
    assert keys(s3_media, "documents/") == [document.file.name]

    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 framework"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    # No way round the serve view: the media path serves images only.
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_a_document_in_a_private_collection_needs_a_login(client, s3_media):
    private = root_collection().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Internal minutes",
        collection=private,
        file=SimpleUploadedFile("minutes.pdf", b"%PDF-1.4 internal"),
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/")
    assert b"internal" not in response.content


def test_local_media_serves_images_only(client, admin_client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    image = upload_image(admin_client)
    response = client.get(f"/media/{image.file.name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    for path in [
        "/media/documents/secret.pdf",
        "/media/original_images/../documents/secret.pdf",
        "/media/images/missing.png",
        "/media/images/notes.txt",
    ]:
        assert client.get(path).status_code == 404, path
    assert client.post(f"/media/{image.file.name}").status_code == 405
