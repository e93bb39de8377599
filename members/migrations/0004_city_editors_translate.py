"""Existing city editor groups and HRCN staff get wagtail-localize's
`submit_translation`, as `add_member_city` now gives new ones. On a fresh
database the permission and the groups do not exist yet: nothing to do."""

from django.db import migrations

GROUP_NAMES = ("HRCN staff",)
EDITOR_GROUP_PREFIX = "City editors: "


def grant_submit_translation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if permission is None:
        return
    groups = Group.objects.filter(name__startswith=EDITOR_GROUP_PREFIX) | Group.objects.filter(
        name__in=GROUP_NAMES
    )
    for group in groups:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_tagging_from_taxonomy"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtail_localize", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_submit_translation, migrations.RunPython.noop)]
