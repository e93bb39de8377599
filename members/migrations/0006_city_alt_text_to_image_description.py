"""A city's logo is the same picture wherever it appears, and its hero photo
shows the same place whatever page it tops: their alt text belongs to the
image (Wagtail's description, `default_alt_text`), edited on the image's own
form. Copy `logo_alt` and `hero_alt` into the images' descriptions where
those are still empty; 0007 then drops the fields.

Sources, in order (the first text an image gets stays): the profiles in the
default language, then their translations, then the latest revision of each
profile, so that a draft or a submission waiting for review keeps the alt
text of an image it newly chose. Backwards, each profile gets its images'
descriptions back.
"""

from django.conf import settings
from django.db import migrations
from django.db.models import Case, IntegerField, Value, When

# (image field, alt text field, the alt text field's max_length)
FIELDS = (("logo", "logo_alt", 160), ("hero_image", "hero_alt", 250))


def default_language_first():
    return Case(
        When(locale__language_code=settings.LANGUAGE_CODE, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )


def describe(Image, image_id, alt_text):
    alt_text = (alt_text or "").strip()
    if image_id and alt_text:
        Image.objects.filter(pk=image_id, description="").update(description=alt_text)


def alt_text_to_images(apps, schema_editor):
    MemberCityPage = apps.get_model("members", "MemberCityPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    Image = apps.get_model("wagtailimages", "Image")
    cities = MemberCityPage.objects.order_by(default_language_first(), "pk")
    for city in cities.values("logo_id", "logo_alt", "hero_image_id", "hero_alt"):
        for image, alt, _length in FIELDS:
            describe(Image, city[f"{image}_id"], city[alt])
    latest = cities.exclude(latest_revision=None).values_list("latest_revision_id", flat=True)
    for content in Revision.objects.filter(pk__in=list(latest)).values_list("content", flat=True):
        for image, alt, _length in FIELDS:
            describe(Image, (content or {}).get(image), (content or {}).get(alt))


def descriptions_to_alt_text(apps, schema_editor):
    MemberCityPage = apps.get_model("members", "MemberCityPage")
    for city in MemberCityPage.objects.select_related("logo", "hero_image"):
        changes = {
            alt: getattr(city, image).description[:length]
            for image, alt, length in FIELDS
            if getattr(city, image) is not None
        }
        if changes:
            MemberCityPage.objects.filter(pk=city.pk).update(**changes)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0005_existing_cities_review_uploads"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(alt_text_to_images, descriptions_to_alt_text)]
