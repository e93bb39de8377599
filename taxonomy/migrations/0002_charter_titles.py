from django.db import migrations

CODES = ["dignity", "freedoms", "equality", "solidarity", "citizens-rights", "justice"]


def create_titles(apps, schema_editor):
    CharterTitle = apps.get_model("taxonomy", "CharterTitle")
    for code in CODES:
        CharterTitle.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(create_titles, migrations.RunPython.noop)]
