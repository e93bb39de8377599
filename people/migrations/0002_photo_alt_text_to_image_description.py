"""A person's photo shows that person wherever it appears, so its alt text
belongs to the image (Wagtail's description, `default_alt_text`), not to one
record pointing at it. Copy each `photo_alt_text` into its image's
description where that is still empty; 0003 then drops the field.

A person is translatable and a Wagtail image is not: where translations of
one person give their photo different alt texts, the default language's
wins. Backwards, every person with a photo gets its image's description
back as `photo_alt_text`.
"""

from django.conf import settings
from django.db import migrations
from django.db.models import Case, IntegerField, Value, When

ALT_TEXT_LENGTH = 200


def default_language_first():
    return Case(
        When(locale__language_code=settings.LANGUAGE_CODE, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )


def alt_text_to_images(apps, schema_editor):
    Person = apps.get_model("people", "Person")
    Image = apps.get_model("wagtailimages", "Image")
    people = (
        Person.objects.exclude(photo=None)
        .exclude(photo_alt_text="")
        .order_by(default_language_first(), "pk")
        .values_list("photo_id", "photo_alt_text")
    )
    for photo_id, alt_text in people:
        if alt_text.strip():
            Image.objects.filter(pk=photo_id, description="").update(description=alt_text.strip())


def descriptions_to_alt_text(apps, schema_editor):
    Person = apps.get_model("people", "Person")
    for person in Person.objects.exclude(photo=None).select_related("photo"):
        Person.objects.filter(pk=person.pk).update(
            photo_alt_text=person.photo.description[:ALT_TEXT_LENGTH]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(alt_text_to_images, descriptions_to_alt_text)]
