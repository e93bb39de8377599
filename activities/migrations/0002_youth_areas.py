from django.db import migrations

CODES = ["engage", "connect", "empower"]


def create_areas(apps, schema_editor):
    YouthArea = apps.get_model("activities", "YouthArea")
    for code in CODES:
        YouthArea.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("activities", "0001_initial")]

    operations = [migrations.RunPython(create_areas, migrations.RunPython.noop)]
