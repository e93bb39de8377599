"""Files under review: a city editor's uploads stay private until HRCN staff
approve them.

Each city's collection has a child collection "Under review" with a view
restriction to HRCN staff and the city's editors. City editors may add and
change images and documents only there, and choose them in the city's whole
collection, so whatever they upload lands in "Under review" and they cannot
move it out. Staff approve a file in the admin's "Files under review" report,
which moves it to the city's collection; publishing a page approves the
files it uses. Wagtail's document view refuses a restricted document to
anyone else, site search leaves restricted collections out, and so does the
open API (`hrcn_site/api.py`).
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, ReferenceIndex

PENDING_COLLECTION = "Under review"
FILE_MODELS = {"image": get_image_model, "document": get_document_model}


def ensure_pending_collection(city_collection, groups):
    """The city's "Under review" collection, visible only to `groups`
    (HRCN staff and the city's editors) and superusers."""
    pending = city_collection.get_children().filter(name=PENDING_COLLECTION).first()
    if pending is None:
        pending = city_collection.add_child(name=PENDING_COLLECTION)
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=pending, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
    )
    restriction.groups.add(*groups)
    return pending


def pending_collections():
    return Collection.objects.filter(name=PENDING_COLLECTION, depth__gt=2)


def pending_files():
    """Every image and document waiting for review, newest first."""
    collections = pending_collections()
    files = [
        (kind, item)
        for kind, get_model in FILE_MODELS.items()
        for item in get_model()
        .objects.filter(collection__in=collections)
        .select_related("collection", "uploaded_by_user")
    ]
    return sorted(files, key=lambda pair: pair[1].created_at, reverse=True)


def approve(item):
    """Move a file from "Under review" to its city's collection."""
    item.collection = item.collection.get_parent()
    item.save(update_fields=["collection"])


def approve_files_used_by(sender, instance, **kwargs):
    """`page_published`: staff approving a page approve the files it shows."""
    references = ReferenceIndex.get_references_for_object(instance)
    for get_model in FILE_MODELS.values():
        model = get_model()
        ids = references.filter(
            to_content_type=ContentType.objects.get_for_model(model)
        ).values_list("to_object_id", flat=True)
        for item in model.objects.filter(pk__in=list(ids), collection__in=pending_collections()):
            approve(item)
