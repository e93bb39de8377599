"""`make backup` and `make restore`: a site backed up and restored into a fresh
database and media storage comes back the same, and a restore that would
overwrite anything, or that is given anything but our archive, is refused.

The restore runs in a subprocess, as `make restore` does, against a database of
the suite's own vendor: a new SQLite file, or a new PostgreSQL database when
the suite runs on PostgreSQL (CI)."""

import hashlib
import io
import json
import os
import re
import secrets
import sqlite3
import stat
import subprocess
import sys
import tarfile
import uuid
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import boto3
import psycopg
import pytest
from PIL import Image as PillowImage

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.backup import media_names
from hrcn_site.settings.base import s3_media_storage
from tests.conftest import PUBLIC_ORIGIN, S3_ENVIRON

# The same SQL reads the original (through Django) and the restored database
# (directly), so the two sides compare value for value.
SNAPSHOT_QUERIES = {
    "pages": """SELECT p.id, p.path, p.title, p.live, l.language_code
                FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id
                ORDER BY p.id""",
    "revisions": "SELECT id, object_id FROM wagtailcore_revision ORDER BY id",
    "form submissions": """SELECT id, page_id, CAST(form_data AS TEXT)
                           FROM wagtailforms_formsubmission ORDER BY id""",
    "images": "SELECT id, title, file, width, height FROM wagtailimages_image ORDER BY id",
    "renditions": "SELECT id, image_id, filter_spec, file FROM wagtailimages_rendition ORDER BY id",
    "documents": "SELECT id, title, file FROM wagtaildocs_document ORDER BY id",
}

CONTACT_FORM = {
    "your_name": "Ana Example",
    "your_e_mail_address": "ana@example.org",
    "organisation_or_city": "City of Example",
    "your_message": "Can we restore the site after a disaster?",
    "consent": "on",
}


def snapshot(query):
    """Every SNAPSHOT_QUERIES result, as lists of tuples, from `query(sql)`."""
    return {name: [tuple(row) for row in query(sql)] for name, sql in SNAPSHOT_QUERIES.items()}


def original_query(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def storage_hashes():
    hashes = {}
    for name in media_names():
        with default_storage.open(name, "rb") as file:
            hashes[name] = sha256(file.read())
    return hashes


def directory_hashes(root):
    return {
        path.relative_to(root).as_posix(): sha256(path.read_bytes())
        for path in Path(root).rglob("*")
        if path.is_file()
    }


def restore_in_subprocess(archive, database_url, media_root, **environ):
    """`manage.py restore_site`, as `make restore` runs it, on another database and storage."""
    env = {
        **os.environ,
        **environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.test",
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "restore_site", str(archive)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def rewrite_manifest(archive, change):
    """Rewrite the archive with `change(manifest)` applied, everything else as it was."""
    with tarfile.open(archive) as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar.getmembers()]
    with tarfile.open(archive, "w:gz") as tar:
        for member, data in members:
            if member.name == "manifest.json":
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
                member.size = len(data)
            tar.addfile(member, io.BytesIO(data))


@pytest.fixture
def media_root(settings, tmp_path):
    """An empty media storage of this test's own, so the archive holds only its files."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def fresh_database(tmp_path):
    """A new, empty database of the suite's vendor: its DATABASE_URL and a way to query it."""
    if connection.vendor == "sqlite":
        path = tmp_path / "fresh.sqlite3"

        def query(sql):
            with closing(sqlite3.connect(path)) as database:
                return database.execute(sql).fetchall()

        yield SimpleNamespace(url=f"sqlite:///{path}", query=query)
        return

    # Created and dropped from the server's maintenance database, as Django does.
    suite_url = urlsplit(os.environ["DATABASE_URL"])
    server_url = suite_url._replace(path="/postgres").geturl()
    name = f"hrcn_restore_{secrets.token_hex(4)}"
    url = suite_url._replace(path=f"/{name}").geturl()
    with psycopg.connect(server_url, autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{name}"')

    def query(sql):
        with psycopg.connect(url) as database:
            return database.execute(sql).fetchall()

    try:
        yield SimpleNamespace(url=url, query=query)
    finally:
        with psycopg.connect(server_url, autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def png_bytes():
    png = io.BytesIO()
    PillowImage.new("RGB", (16, 8), "#c03").save(png, "PNG")
    return png.getvalue()


def add_media_files():
    """An image with a rendition, and two documents, one with a non-ASCII name."""
    png = io.BytesIO(png_bytes())
    image = get_image_model().objects.create(
        title="Council meeting", file=ImageFile(png, name="council-meeting.png")
    )
    image.get_rendition("fill-8x8")
    Document = get_document_model()
    Document.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4 annual report", name="annual-report.pdf")
    )
    Document.objects.create(
        title="Menschenrechte",
        file=ContentFile("Köln, Graz".encode(), name="menschenrechte-köln.txt"),
    )


def backup(directory):
    path = directory / "backups" / "site.tar.gz"
    call_command("backup_site", output=path, stdout=io.StringIO())
    return path


@pytest.fixture
def site_content(transactional_db, client, media_root):
    """The starter site (five languages), the media files and a contact form
    submission, all committed. A transactional test flushes the database
    afterwards, so the starter content and the root collection are loaded again
    if an earlier test removed them."""
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    call_command("load_network_content", stdout=io.StringIO())
    add_media_files()
    cache.clear()  # the contact form's rate limit counts in the cache
    response = client.post("/contact/", CONTACT_FORM)
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    cache.clear()


def test_a_restored_site_has_the_same_content_and_files(site_content, fresh_database, tmp_path):
    archive = backup(tmp_path)
    original = snapshot(original_query)
    assert {row[-1] for row in original["pages"]} == {"en", "de", "fr", "nl", "sv"}
    assert len(original["form submissions"]) == 1
    assert len(original["images"]) == len(original["renditions"]) == 1
    assert len(original["documents"]) == 2
    original_files = storage_hashes()
    # The image, its rendition and the two documents.
    assert sorted(name.split("/")[0] for name in original_files) == [
        "documents",
        "documents",
        "images",
        "original_images",
    ]

    restored_media = tmp_path / "restored-media"
    result = restore_in_subprocess(archive, fresh_database.url, restored_media)

    assert result.returncode == 0, result.stderr
    pages = len(original["pages"])
    assert f"Pages: {pages}" in result.stdout
    assert f"Media: {len(original_files)} files" in result.stdout
    assert snapshot(fresh_database.query) == original
    assert directory_hashes(restored_media) == original_files

    # Restoring again would overwrite a site: refused, cleanly, and nothing changes.
    again = restore_in_subprocess(archive, fresh_database.url, restored_media)
    assert again.returncode != 0
    assert "Traceback" not in again.stderr
    assert "CommandError: Refusing to restore, nothing was changed" in again.stderr
    assert f"{pages} pages" in again.stderr
    assert "the media storage already holds files" in again.stderr
    assert snapshot(fresh_database.query) == original
    assert directory_hashes(restored_media) == original_files


@pytest.mark.django_db
def test_the_archive_describes_itself_and_only_its_owner_may_read_it(media_root, tmp_path):
    default_storage.save("original_images/council-meeting.png", ContentFile(png_bytes()))
    default_storage.save("documents/2026/menschenrechte-köln.txt", ContentFile("Köln".encode()))
    default_storage.save("documents/annual-report.pdf", ContentFile(b"%PDF-1.4 report"))
    archive = backup(tmp_path)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
        media = {
            entry["name"]: tar.extractfile(f"media/{entry['name']}").read()
            for entry in manifest["media"]
        }
    assert manifest["format"] == "hrcn-site-backup"
    assert manifest["format_version"] == 1
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["database"]["file"] in names
    assert set(manifest["versions"]) == {"django", "wagtail"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", manifest["created"])
    assert {name: sha256(data) for name, data in media.items()} == storage_hashes()
    for entry in manifest["media"]:
        assert entry["size"] == len(media[entry["name"]])
        assert entry["sha256"] == sha256(media[entry["name"]])
    assert sorted(media) == [
        "documents/2026/menschenrechte-köln.txt",
        "documents/annual-report.pdf",
        "original_images/council-meeting.png",
    ]


@pytest.mark.django_db
def test_a_sqlite_backup_inside_a_writing_transaction_fails_instead_of_waiting(
    media_root, tmp_path
):
    if connection.vendor != "sqlite":
        pytest.skip("pg_dump reads committed data from a connection of its own")
    Collection.get_first_root_node().add_child(name="Uncommitted")
    with pytest.raises(CommandError, match="locked by a transaction"):
        backup(tmp_path)
    assert list((tmp_path / "backups").iterdir()) == []


@pytest.mark.django_db
def test_backup_names_the_archive_by_utc_time_and_never_overwrites(media_root, tmp_path):
    out = io.StringIO()
    call_command("backup_site", output_dir=tmp_path / "nightly", stdout=out)
    (archive,) = (tmp_path / "nightly").iterdir()
    assert re.fullmatch(r"hrcn-\d{8}T\d{6}Z\.tar\.gz", archive.name)
    assert f"Wrote {archive}" in out.getvalue()

    with pytest.raises(CommandError, match="already exists"):
        call_command("backup_site", output=archive, stdout=io.StringIO())
    with pytest.raises(CommandError, match="not allowed with argument"):
        call_command("backup_site", "--output", str(archive), "--output-dir", str(tmp_path))


@pytest.mark.django_db
def test_restore_refuses_anything_but_an_intact_backup_of_this_vendor(media_root, tmp_path):
    def refused(path, message):
        with pytest.raises(CommandError, match=message):
            call_command("restore_site", str(path), stdout=io.StringIO())

    refused(tmp_path / "missing.tar.gz", "does not exist")
    text = tmp_path / "notes.txt"
    text.write_text("not an archive")
    refused(text, "is not a readable backup archive")
    other = tmp_path / "other.tar.gz"
    with tarfile.open(other, "w:gz") as tar:
        tar.add(text, arcname="notes.txt")
    refused(other, "is not an HRCN site backup")

    default_storage.save("documents/minutes.txt", ContentFile(b"Minutes of the meeting"))
    archive = backup(tmp_path)
    rewrite_manifest(archive, lambda manifest: manifest["media"][0].update(sha256="0" * 64))
    refused(archive, "damaged: media/documents/minutes.txt does not match its sha256")
    rewrite_manifest(archive, lambda manifest: manifest["media"][0].update(name="../../.bashrc"))
    refused(archive, "not to be trusted: it names the file media/../../.bashrc")
    rewrite_manifest(archive, lambda manifest: manifest["database"].update(sha256="0" * 64))
    refused(archive, "damaged: database.* does not match its sha256")
    archive.unlink()
    backup(tmp_path)
    other_vendor = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    rewrite_manifest(archive, lambda manifest: manifest["database"].update(vendor=other_vendor))
    refused(archive, f"holds a {other_vendor} database")


def test_a_file_that_is_not_a_backup_is_refused_without_a_traceback(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not an archive")
    result = restore_in_subprocess(text, f"sqlite:///{tmp_path / 'db.sqlite3'}", tmp_path / "media")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert f"CommandError: {text} is not a readable backup archive" in result.stderr
    assert not (tmp_path / "media").exists()


@pytest.mark.django_db
def test_media_in_s3_are_backed_up_and_restored_into_another_bucket(
    settings, s3_server, fresh_database, tmp_path
):
    environ = {**S3_ENVIRON, "AWS_S3_ENDPOINT_URL": s3_server}
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name=environ["AWS_S3_REGION_NAME"],
        aws_access_key_id=environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=environ["AWS_SECRET_ACCESS_KEY"],
    )
    source, target = (f"hrcn-{kind}-{uuid.uuid4().hex[:8]}" for kind in ("backup", "restore"))
    s3.create_bucket(Bucket=source)
    s3.create_bucket(Bucket=target)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_media_storage(source, PUBLIC_ORIGIN, environ),
    }
    default_storage.save("original_images/council-meeting.png", ContentFile(png_bytes()))
    default_storage.save("documents/2026/menschenrechte-köln.txt", ContentFile("Köln".encode()))
    original_files = storage_hashes()
    assert len(original_files) == 2

    archive = backup(tmp_path)
    result = restore_in_subprocess(
        archive,
        fresh_database.url,
        tmp_path / "unused-media-root",
        **environ,
        AWS_STORAGE_BUCKET_NAME=target,
    )

    assert result.returncode == 0, result.stderr
    restored = {
        item["Key"]: sha256(s3.get_object(Bucket=target, Key=item["Key"])["Body"].read())
        for item in s3.list_objects_v2(Bucket=target)["Contents"]
    }
    assert restored == original_files
    assert not (tmp_path / "unused-media-root").exists()
