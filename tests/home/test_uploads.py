"""Documents and images are checked by content, through every admin upload."""

import io
import zipfile

import pytest
from PIL import Image as PILImage
from PIL.PngImagePlugin import PngInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.uploads import check_document

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

PDF = b"""%PDF-1.4
1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj
trailer <</Root 1 0 R>>
%%EOF
"""
# The start of a Windows program: the DOS header, its stub and a PE signature.
EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 44
    + b"\x80\x00\x00\x00"
    + b"This program cannot be run in DOS mode.\r\r\n$"
    + b"\x00" * 25
    + b"PE\x00\x00L\x01"
)
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00>\x00"
HTML = b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

PROGRAM = "This file is a program"
WEB_PAGE = "web page code"


def png(text_chunk=None):
    output = io.BytesIO()
    image = PILImage.new("RGB", (4, 3), "teal")
    if text_chunk is None:
        image.save(output, "PNG")
    else:
        info = PngInfo()
        info.add_text("Comment", text_chunk)
        image.save(output, "PNG", pnginfo=info)
    return output.getvalue()


def jpeg():
    output = io.BytesIO()
    PILImage.new("RGB", (4, 3), "teal").save(output, "JPEG")
    return output.getvalue()


def zip_file(**members):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, content in members.items():
            archive.writestr(name.replace("__", "/"), content)
    return output.getvalue()


DOCX = zip_file(
    **{"[Content_Types].xml": "<Types/>", "word__document.xml": "<w:document/>"},
)


@pytest.fixture(autouse=True)
def content_checked_forms(tmp_path):
    """Our forms, as base.py names them, and media in a temporary folder.
    Wagtail reads the two settings each time it builds an upload form
    (get_document_form and get_image_form cache nothing), so overriding them
    is enough."""
    with override_settings(
        WAGTAILDOCS_DOCUMENT_FORM_BASE="home.uploads.ContentCheckedDocumentForm",
        WAGTAILIMAGES_IMAGE_FORM_BASE="home.uploads.ContentCheckedImageForm",
        MEDIA_ROOT=tmp_path,
    ):
        yield


@pytest.fixture
def root_collection():
    return Collection.get_first_root_node()


def upload_document(admin_client, collection, name, content):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "collection": collection.pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def file_errors(response):
    return [str(error) for error in response.context["form"].errors.get("file", [])]


# Documents, through the admin's upload form ----------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF),
        ("minutes.docx", DOCX),
        ("table.xlsx", zip_file(data__sheet="1,2")),  # any ZIP container
        ("archive.zip", zip_file(readme__txt="Hello")),
        ("notes.txt", "Menschenrechte für alle – droits humains".encode()),
        ("cities.csv", "city,country\nGöteborg,Sweden\n".encode("latin-1")),
        ("countries.csv", b"MZ,Mozambique\nNL,Netherlands\n"),
        ("letter.rtf", rb"{\rtf1\ansi Human rights cities}"),
    ],
)
def test_a_real_document_is_accepted(admin_client, root_collection, name, content):
    response = upload_document(admin_client, root_collection, name, content)
    assert response.status_code == 302
    document = Document.objects.get(title=name)
    with document.open_file() as stored:
        assert stored.read() == content


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", EXE, PROGRAM),
        ("report.pdf", ELF, PROGRAM),
        ("report.pdf", b"#!/bin/sh\nrm -rf ~\n", PROGRAM),
        ("notes.txt", EXE, PROGRAM),
        ("report.pdf", HTML, WEB_PAGE),
        ("report.pdf", b"\xef\xbb\xbf  <html><p>Hi</p></html>", WEB_PAGE),
        ("report.pdf", SVG, WEB_PAGE),
        ("notes.txt", HTML, WEB_PAGE),
        ("cities.csv", b"city\n<script>alert(1)</script>\n", WEB_PAGE),
        ("report.pdf", png(), "This is not a real .pdf file: its content is PNG."),
        ("report.pdf", zip_file(a="b"), "This is not a real .pdf file: its content is ZIP."),
        ("minutes.docx", PDF, "This is not a real .docx file: its content is PDF."),
        ("report.pdf", b"Just some text", "not recognisable as one"),
        ("notes.txt", png(), "This .txt file is not plain text."),
        ("notes.txt", "UTF-16 text".encode("utf-16"), "This .txt file is not plain text."),
    ],
)
def test_a_disguised_document_is_refused(admin_client, root_collection, name, content, message):
    response = upload_document(admin_client, root_collection, name, content)
    assert response.status_code == 200
    [error] = file_errors(response)
    assert message in error
    assert message in response.content.decode().replace("&#x27;", "'")
    assert not Document.objects.filter(title=name).exists()


def test_replacing_a_documents_file_is_checked_too(admin_client, root_collection):
    upload_document(admin_client, root_collection, "report.pdf", PDF)
    document = Document.objects.get(title="report.pdf")
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "report.pdf",
            "collection": root_collection.pk,
            "file": SimpleUploadedFile("report.pdf", EXE),
        },
    )
    assert response.status_code == 200
    assert any(PROGRAM in error for error in file_errors(response))
    document.refresh_from_db()
    with document.open_file() as stored:
        assert stored.read() == PDF


def test_editing_a_document_without_a_new_file_is_not_rechecked(admin_client, root_collection):
    upload_document(admin_client, root_collection, "report.pdf", PDF)
    document = Document.objects.get(title="report.pdf")
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Annual report", "collection": root_collection.pk},
    )
    assert response.status_code == 302
    assert Document.objects.get(pk=document.pk).title == "Annual report"


def test_the_multiple_uploader_refuses_a_program(admin_client, root_collection):
    url = reverse("wagtaildocs:add_multiple")
    response = admin_client.post(
        url,
        {"collection": root_collection.pk, "files[]": SimpleUploadedFile("setup.pdf", EXE)},
    )
    assert response.status_code == 200
    assert response.json() == {
        "success": False,
        "error_message": "This file is a program. Programs can't be uploaded.",
    }
    assert not Document.objects.filter(title="setup.pdf").exists()

    accepted = admin_client.post(
        url,
        {"collection": root_collection.pk, "files[]": SimpleUploadedFile("report.pdf", PDF)},
    ).json()
    assert accepted["success"] is True
    assert Document.objects.filter(pk=accepted["doc_id"]).exists()


# Images -----------------------------------------------------------------------


def upload_image(admin_client, collection, name, content):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "collection": collection.pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_a_real_image_is_accepted(admin_client, root_collection):
    response = upload_image(admin_client, root_collection, "square.png", png("Made in Graz"))
    assert response.status_code == 302
    assert Image.objects.filter(title="square.png").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        # Ours: an image that is also a web page.
        ("square.png", png('<script src="https://evil.example/x.js"></script>'), WEB_PAGE),
        ("square.png", png("<html><body>Hi</body></html>"), WEB_PAGE),
        # Wagtail's own content checks, kept.
        ("square.png", jpeg(), "Not a valid .png image."),
        ("square.png", EXE, "Upload a valid image."),
        ("square.png", HTML, "Not a valid .png image."),
    ],
)
def test_a_disguised_image_is_refused(admin_client, root_collection, name, content, message):
    response = upload_image(admin_client, root_collection, name, content)
    assert response.status_code == 200
    assert any(message in error for error in file_errors(response))
    assert not Image.objects.filter(title=name).exists()


def test_the_multiple_image_uploader_refuses_a_polyglot(admin_client, root_collection):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "collection": root_collection.pk,
            "files[]": SimpleUploadedFile("square.png", png("<script>alert(1)</script>")),
        },
    )
    assert response.json()["success"] is False
    assert WEB_PAGE in response.json()["error_message"]
    assert not Image.objects.filter(title="square.png").exists()


# The checks on their own ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("slides.pptx", zip_file(ppt__presentation_xml="<p/>")),
        ("text.odt", zip_file(mimetype="application/vnd.oasis.opendocument.text")),
        ("empty.txt", b""),
        ("windows.csv", "Preis;Stadt\r\n5 €;Köln\r\n".encode("cp1252")),
    ],
)
def test_check_document_accepts(name, content):
    check_document(SimpleUploadedFile(name, content))


def test_check_document_leaves_the_upload_ready_to_store():
    upload = SimpleUploadedFile("report.pdf", PDF)
    upload.read(3)
    check_document(upload)
    assert upload.read() == PDF
