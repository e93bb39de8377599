"""The custom alt-text fields moved to Wagtail's image description (people
0002-0003, members 0006-0007): after the migrations the old alt text is the
image's, and the public pages show it; migrated back, the fields get it again.

The database is taken back to before the migrations, given rows as they were
then, and migrated forward and back with Django's migration executor. On
PostgreSQL that happens inside the test's own transaction (its schema changes
roll back with it); SQLite cannot change its schema inside a transaction, so
there the same steps run in a subprocess, on a copy of the test database.
"""

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing

import pytest

from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

pytestmark = pytest.mark.django_db

BEFORE = [("people", "0001_initial"), ("members", "0005_existing_cities_review_uploads")]
AFTER = [
    ("people", "0003_photo_alt_text_removed"),
    ("members", "0007_city_alt_text_fields_removed"),
]
IMAGES = ("logo", "hero", "draft", "portrait", "bare")


def migrate(targets):
    """Migrate `people` and `members` to `targets`, every other app staying
    at its latest; return the models of the state reached."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor = MigrationExecutor(connection)
    ours = {app for app, _name in targets}
    nodes = [node for node in executor.loader.graph.leaf_nodes() if node[0] not in ours]
    return executor.loader.project_state([*nodes, *targets]).apps


def round_trip():
    """What a visitor and the database show after the migrations, and after
    migrating back, for rows written before them."""
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Locale

    from activities.choices import ParticipantRole
    from activities.models import ActivityIndexPage
    from members.models import MemberCityPage
    from tests.factories import ActivityPageFactory

    if connection.vendor == "postgresql":
        # Rows written, then a table altered, in one transaction.
        connection.cursor().execute("SET CONSTRAINTS ALL IMMEDIATE")
    images = {
        name: Image.objects.create(title=name, file=get_test_image_file(f"{name}.png"))
        for name in IMAGES
    }
    Image.objects.filter(pk=images["hero"].pk).update(description="Already described")
    city = MemberCityPage.objects.get(slug="example-city-sweden", locale__language_code="en")
    english = Locale.objects.get(language_code="en")
    german, _created = Locale.objects.get_or_create(language_code="de")

    old = migrate(BEFORE)
    OldCity = old.get_model("members", "MemberCityPage")
    OldPerson = old.get_model("people", "Person")
    OldRevision = old.get_model("wagtailcore", "Revision")
    OldCity.objects.filter(pk=city.pk).update(
        logo_id=images["logo"].pk,
        logo_alt="Coat of arms of the example city",
        hero_image_id=images["hero"].pk,
        hero_alt="Not copied: the image has its own",
    )
    # A submission waiting for review chose a new hero photo.
    revision = OldRevision.objects.get(pk=city.latest_revision_id)
    revision.content = {
        **revision.content,
        "hero_image": images["draft"].pk,
        "hero_alt": "The harbour at dawn",
    }
    revision.save()
    key = uuid.uuid4()
    # The German translation comes first, the default language still wins.
    ada_de = OldPerson.objects.create(
        name="Ada Quokka",
        locale_id=german.pk,
        translation_key=key,
        photo_id=images["portrait"].pk,
        photo_alt_text="Ada Quokka am Rednerpult",
    )
    ada = OldPerson.objects.create(
        name="Ada Quokka",
        locale_id=english.pk,
        translation_key=key,
        photo_id=images["portrait"].pk,
        photo_alt_text="Ada Quokka at the lectern",
    )
    bo = OldPerson.objects.create(
        name="Bo Heron",
        locale_id=english.pk,
        translation_key=uuid.uuid4(),
        photo_id=images["bare"].pk,
    )

    migrate(AFTER)
    after = {
        "descriptions": {
            name: Image.objects.get(pk=image.pk).description for name, image in images.items()
        }
    }
    index = ActivityIndexPage.objects.get(locale=english)
    activity = ActivityPageFactory(parent=index, title="Alt text after the migration")
    for order, person in enumerate((ada, bo)):
        activity.participants.create(
            person_id=person.pk, role=ParticipantRole.SPEAKER, sort_order=order
        )
    activity.save_revision().publish()
    visitor = Client()
    after["city_page"] = visitor.get(city.url).text
    after["activity_page"] = visitor.get(activity.url).text

    old = migrate(BEFORE)
    city_row = old.get_model("members", "MemberCityPage").objects.get(pk=city.pk)
    people = old.get_model("people", "Person").objects
    back = {
        "logo_alt": city_row.logo_alt,
        "hero_alt": city_row.hero_alt,
        "photo_alt_text": sorted(
            people.filter(pk__in=[ada.pk, ada_de.pk, bo.pk]).values_list(
                "photo_alt_text", flat=True
            )
        ),
    }
    migrate(AFTER)
    return {"after": after, "back": back}


def round_trip_on_a_copy(tmp_path):
    """`round_trip` in a subprocess, on a copy of the SQLite test database."""
    copy = tmp_path / "copy.sqlite3"
    with closing(sqlite3.connect(copy)) as target:
        connection.ensure_connection()
        connection.connection.backup(target)
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{copy}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_SETTINGS_MODULE": "hrcn_site.settings.test",
    }
    script = (
        "import json, django; django.setup(); "
        "from tests.test_alt_text_migrations import round_trip; "
        "print(json.dumps(round_trip()))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def migrated(tmp_path, settings):
    if connection.vendor == "sqlite":
        return round_trip_on_a_copy(tmp_path)
    settings.MEDIA_ROOT = tmp_path / "media"
    return round_trip()


def test_the_alt_text_moves_to_the_images_and_back(migrated):
    after, back = migrated["after"], migrated["back"]
    assert after["descriptions"] == {
        "logo": "Coat of arms of the example city",
        "hero": "Already described",
        "draft": "The harbour at dawn",
        "portrait": "Ada Quokka at the lectern",
        "bare": "",
    }
    # What a visitor sees: the city's logo, and the speakers' portraits (Bo's
    # image has no description, so his name is read out).
    assert 'alt="Coat of arms of the example city"' in after["city_page"]
    assert 'alt="Already described"' in after["city_page"]
    assert 'alt="Ada Quokka at the lectern"' in after["activity_page"]
    assert 'alt="Bo Heron"' in after["activity_page"]
    # Migrated back, the fields hold the images' alt text again.
    assert back == {
        "logo_alt": "Coat of arms of the example city",
        "hero_alt": "Already described",
        "photo_alt_text": ["", "Ada Quokka at the lectern", "Ada Quokka at the lectern"],
    }
