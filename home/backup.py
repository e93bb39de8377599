"""Back up the whole site into one archive, and restore it into an empty one.

An archive (`hrcn-<UTC time>.tar.gz`) holds the database (`database.dump` from
pg_dump, or `database.sqlite3`), every file of the default storage under
`media/`, and `manifest.json` describing both. The management commands
`backup_site` and `restore_site` are thin wrappers around `write_backup` and
`restore_backup`; everything a person can get wrong raises `BackupError` with a
message that says what to do.
"""

import glob
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import django
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import DatabaseError, connection

import wagtail

FORMAT = "hrcn-site-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEDIA_DIR = "media"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
CHUNK_SIZE = 1024 * 1024
SQLITE_BUSY_SECONDS = 30


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with a message for the person running it."""


# Archive names and media files


def default_archive_path(directory, now=None):
    """`<directory>/hrcn-20261202T190000Z.tar.gz`: UTC, so names sort by time on any server."""
    now = now or datetime.now(UTC)
    return Path(directory) / f"hrcn-{now:%Y%m%dT%H%M%SZ}.tar.gz"


def media_names(storage=default_storage, directory=""):
    """Every file name in the storage, walked with `listdir` because S3 storage
    has no local path to walk. A local MEDIA_ROOT that does not exist yet is empty."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for name in sorted(directories):
        yield from media_names(storage, f"{directory}/{name}" if directory else name)


def sha256_of_path(path):
    """The sha256 of a local file, read in chunks so large documents fit in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


class HashingReader:
    """Hashes what tarfile reads from a storage file, so each file (an S3 download,
    perhaps) is read only once."""

    def __init__(self, file):
        self.file = file
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.digest.update(data)
        return data


# PostgreSQL client programs


def find_postgres_program(name):
    """pg_dump or pg_restore: from PATH, else Debian's versioned directories, newest
    first (a pg_dump older than the server refuses to run)."""
    found = shutil.which(name)
    if found:
        return found

    def version(path):
        return [int(part) for part in re.findall(r"\d+", Path(path).parent.parent.name)]

    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=version, reverse=True)
    if candidates:
        return candidates[0]
    raise BackupError(
        f"{name} was not found on PATH or in /usr/lib/postgresql/*/bin. "
        "Install the PostgreSQL client (Debian: apt-get install postgresql-client)."
    )


def run_postgres_program(name, arguments, settings_dict):
    """Run pg_dump/pg_restore against the configured database. The password travels
    in PGPASSWORD (and SSL options in their PG* variables, as `dbshell` does),
    never on the command line where `ps` would show it."""
    command = [find_postgres_program(name)]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            command += [flag, str(settings_dict[key])]
    if settings_dict.get("NAME"):
        command += ["--dbname", settings_dict["NAME"]]
    _args, client_env = connection.client.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(client_env or {})}
    result = subprocess.run(  # noqa: S603 (fixed program, arguments from settings)
        command + arguments, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(
            f"{name} failed (exit code {result.returncode}):\n{result.stderr.strip()}"
        )


# The database


def dump_database(target):
    """Write the configured database into the file `target`."""
    if connection.vendor == "postgresql":
        run_postgres_program(
            "pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", "--file", str(target)],
            connection.settings_dict,
        )
    elif connection.vendor == "sqlite":
        # SQLite's online backup copies a consistent snapshot through Django's own
        # connection, so it also works for an in-memory (test) database.
        connection.ensure_connection()
        with closing(sqlite3.connect(target)) as copy:
            copy_sqlite(connection.connection, copy)
    else:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")


def load_database(source):
    """Restore the file `source` into the configured (empty) database."""
    if connection.vendor == "postgresql":
        # One transaction: a restore that fails leaves the database empty, ready to try again.
        run_postgres_program(
            "pg_restore",
            [
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                str(source),
            ],
            connection.settings_dict,
        )
    else:
        # Copy into Django's own connection, opened fresh and closed afterwards, so
        # that nothing Django cached about the empty database outlives the copy.
        connection.close()
        connection.ensure_connection()
        with closing(sqlite3.connect(source)) as backup:
            copy_sqlite(backup, connection.connection)
        connection.close()


def copy_sqlite(source, target):
    """Copy one SQLite database into another with SQLite's online backup API.

    Python retries a busy database forever. Give up after SQLITE_BUSY_SECONDS
    instead, and at once when one side is in a transaction of its own: that
    lock is ours (uncommitted writes, say) and waiting would never end.
    """
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS

    def give_up_when_stuck(status, remaining, total):
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return
        if source.in_transaction or target.in_transaction or time.monotonic() > deadline:
            raise BackupError(
                "The SQLite database is locked by a transaction that is writing to it. "
                "Run the command outside any transaction, when no other process writes."
            )

    source.backup(target, progress=give_up_when_stuck)


def database_contents():
    """(number of tables, number of pages) of the configured database."""
    tables = connection.introspection.table_names()
    if "wagtailcore_page" not in tables:
        return len(tables), 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM wagtailcore_page")
        return len(tables), cursor.fetchone()[0]


# Backup


def write_backup(path):
    """Write the archive at `path` and return its manifest.

    The database is dumped before the media are copied: files are saved before
    the rows that name them are committed, so every file the dumped database
    refers to is already in storage when the media walk starts. The archive is
    written under a temporary name and renamed at the end, so a failed backup
    never leaves a file that looks complete, and it is readable by its owner
    only, because it holds form submissions and user accounts.
    """
    path = Path(path)
    if path.exists():
        raise BackupError(f"{path} already exists; choose another --output.")
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    started = datetime.now(UTC)
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".hrcn-backup-", dir=path.parent) as workdir:
            database_file = Path(workdir) / DATABASE_FILES[connection.vendor]
            dump_database(database_file)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
                tar.add(database_file, arcname=database_file.name)
                media = [add_media_file(tar, name) for name in media_names()]
                manifest = build_manifest(started, database_file, media)
                add_bytes(tar, MANIFEST_NAME, json.dumps(manifest, indent=2).encode())
        os.replace(partial, path)
    except OSError as error:
        raise BackupError(f"Could not write {path}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return manifest


def add_media_file(tar, name):
    """Stream one storage file into the archive; return its manifest entry."""
    with default_storage.open(name, "rb") as file:
        info = tarfile.TarInfo(str(PurePosixPath(MEDIA_DIR, name)))
        info.size = file.size
        info.mtime = int(time.time())
        reader = HashingReader(file)
        tar.addfile(info, reader)
    return {"name": name, "size": info.size, "sha256": reader.digest.hexdigest()}


def add_bytes(tar, arcname, data):
    info = tarfile.TarInfo(arcname)
    info.size = len(data)
    info.mtime = int(time.time())
    tar.addfile(info, io.BytesIO(data))


def build_manifest(created, database_file, media):
    """What a restore checks before it writes anything. `created` is when the
    database was dumped: the moment the backup shows."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": created.isoformat(timespec="seconds"),
        "database": {
            "vendor": connection.vendor,
            "file": database_file.name,
            "sha256": sha256_of_path(database_file),
        },
        "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
        "media": media,
    }


# Restore


def unpack_backup(path, workdir):
    """Extract the archive into `workdir` and return its manifest, refusing
    anything that is not one of our backups. The "data" filter refuses absolute
    paths, `..` and links, so a hostile archive cannot write outside `workdir`."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist or is not a file.")
    try:
        with tarfile.open(path, "r:gz") as tar:
            tar.extractall(workdir, filter="data")
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"{path} is not a readable backup archive (.tar.gz): {error}") from error
    try:
        manifest = json.loads((Path(workdir) / MANIFEST_NAME).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(
            f"{path} is not an HRCN site backup: it has no readable {MANIFEST_NAME}."
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            f"{path} is not an HRCN site backup: its {MANIFEST_NAME} is of another kind."
        )
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is backup format version {manifest.get('format_version')}; "
            f"this code reads version {FORMAT_VERSION}."
        )
    if not {"database", "media"} <= manifest.keys():
        raise BackupError(
            f"{path} is damaged: its {MANIFEST_NAME} lacks the database or media list."
        )
    return manifest


def verify_unpacked(manifest, workdir):
    """Check every file against its sha256 before anything is written, so a damaged
    archive is refused rather than half restored."""
    database = manifest["database"]
    expected = [(PurePosixPath(database["file"]), database["sha256"])]
    expected += [
        (PurePosixPath(MEDIA_DIR, entry["name"]), entry["sha256"]) for entry in manifest["media"]
    ]
    for name, sha256 in expected:
        if name.is_absolute() or ".." in name.parts:
            raise BackupError(f"The archive is not to be trusted: it names the file {name}.")
        file = Path(workdir, name)
        if not file.is_file():
            raise BackupError(f"The archive is incomplete: {name} is missing.")
        if sha256_of_path(file) != sha256:
            raise BackupError(f"The archive is damaged: {name} does not match its sha256.")


def check_target_is_empty(manifest):
    """Refuse unless the configured database is of the archive's vendor, and both
    it and the media storage are empty: a restore never overwrites a site."""
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(
            f"The backup holds a {vendor} database, but the configured database is "
            f"{connection.vendor}. Set DATABASE_URL to an empty {vendor} database."
        )
    name = connection.settings_dict["NAME"]
    try:
        tables, pages = database_contents()
    except DatabaseError as error:
        raise BackupError(f"Cannot open the configured database {name}: {error}") from error
    problems = []
    if tables:
        problems.append(f"the database {name} already has {tables} tables and {pages} pages")
    existing = next(media_names(), None)
    if existing is not None:
        problems.append(f"the media storage already holds files (for example {existing})")
    if problems:
        raise BackupError(
            "Refusing to restore, nothing was changed: "
            + "; ".join(problems)
            + ". Restore into a new, empty database (do not migrate it first) "
            "and an empty media storage."
        )


def restore_media(manifest, workdir):
    """Save each file into default storage under its original name."""
    for entry in manifest["media"]:
        with open(Path(workdir, MEDIA_DIR, entry["name"]), "rb") as file:
            saved = default_storage.save(entry["name"], File(file, name=entry["name"]))
        if saved != entry["name"]:
            raise BackupError(
                f"Storage saved {entry['name']} as {saved}: the storage was not empty."
            )


def restore_backup(path):
    """Restore the archive at `path` into the configured empty database and
    storage; return (manifest, number of pages)."""
    with tempfile.TemporaryDirectory(prefix="hrcn-restore-") as workdir:
        manifest = unpack_backup(path, workdir)
        verify_unpacked(manifest, workdir)
        check_target_is_empty(manifest)
        load_database(Path(workdir) / manifest["database"]["file"])
        try:
            restore_media(manifest, workdir)
        except OSError as error:
            raise BackupError(
                f"The database is restored, but writing the media failed: {error}. "
                "Empty the database and the media storage, then restore again."
            ) from error
    _tables, pages = database_contents()
    return manifest, pages
