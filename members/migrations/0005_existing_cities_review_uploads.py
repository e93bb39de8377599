"""Member cities set up before files were reviewed get what `add_member_city`
gives a city now (members/onboarding.py, members/file_review.py): a private
"Under review" collection inside the city's collection, which only the
city's editors and HRCN staff may view, where the editors add and change
files; in the city's collection itself they keep only choosing. Their
uploads stop being public at once.

Written against historical models, so the tree node is added by hand the
way treebeard's `add_child` does it. Running it again changes nothing; on a
fresh database there are no city editor groups: nothing to do.
"""

from django.db import migrations
from django.db.models import F

EDITOR_GROUP_PREFIX = "City editors: "
STAFF_GROUP = "HRCN staff"
PENDING_COLLECTION = "Under review"
CITY_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]
PENDING_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
]
# treebeard's MP_Node defaults, which Wagtail's Collection keeps.
STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def path_step(number):
    step = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        step = ALPHABET[digit] + step
    return step.rjust(STEPLEN, "0")


def child_collection(Collection, parent, name):
    """The child of `parent` called `name`, added at the end if missing."""
    children = Collection.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    existing = children.filter(name=name).first()
    if existing:
        return existing
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-STEPLEN:], len(ALPHABET)) + 1 if last else 1
    child = Collection.objects.create(
        name=name, path=parent.path + path_step(number), depth=parent.depth + 1, numchild=0
    )
    Collection.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    return child


def permissions(Permission, pairs):
    found = []
    for app_label, codename in pairs:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


def review_existing_cities_uploads(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")

    root = Collection.objects.filter(depth=1).order_by("path").first()
    editor_groups = Group.objects.filter(name__startswith=EDITOR_GROUP_PREFIX)
    if root is None or not editor_groups.exists():
        return
    staff = Group.objects.filter(name=STAFF_GROUP).first()
    city_permissions = permissions(Permission, CITY_COLLECTION_PERMISSIONS)
    pending_permissions = permissions(Permission, PENDING_COLLECTION_PERMISSIONS)

    for group in editor_groups:
        city = child_collection(Collection, root, group.name.removeprefix(EDITOR_GROUP_PREFIX))
        pending = child_collection(Collection, city, PENDING_COLLECTION)
        restriction, _created = CollectionViewRestriction.objects.get_or_create(
            collection=pending, defaults={"restriction_type": "groups"}
        )
        restriction.groups.add(group, *([staff] if staff else []))
        # In the city's collection the editors only choose from now on.
        GroupCollectionPermission.objects.filter(group=group, collection=city).exclude(
            permission__in=city_permissions
        ).delete()
        for collection, granted in ((city, city_permissions), (pending, pending_permissions)):
            for permission in granted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0004_city_editors_translate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(review_existing_cities_uploads, migrations.RunPython.noop)]
