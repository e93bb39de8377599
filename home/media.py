"""Uploaded images served by the app itself, from whatever storage holds them.

In the cluster the load balancer sends /media/images/ and
/media/original_images/ straight to the object store; an app server alone
(a small deployment, development) serves them here, from local files or the
bucket alike. An image in a collection with a view restriction (a city's
files under review, members/file_review.py) is served only to whom the
restriction admits, and never cached by others. Documents are never served this way: Wagtail's own view at
/documents/<id>/<name> streams them after its privacy checks.
"""

import mimetypes
import posixpath

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from wagtail.images import get_image_model

IMAGE_FOLDERS = ("images/", "original_images/")


@require_safe
def serve_image(request, path):
    path = posixpath.normpath(path)
    if not path.startswith(IMAGE_FOLDERS) or path.startswith(".."):
        raise Http404("Not an image.")
    content_type, _encoding = mimetypes.guess_type(path)
    if not content_type or not content_type.startswith("image/"):
        raise Http404("Not an image.")
    restrictions = view_restrictions(path)
    if any(not restriction.accept_request(request) for restriction in restrictions):
        raise Http404("No such image.")
    try:
        file = default_storage.open(path, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404("No such image.") from error
    response = FileResponse(file, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    # Rendition file names change when the image or its filter does.
    response["Cache-Control"] = "private, no-store" if restrictions else "public, max-age=86400"
    return response


def view_restrictions(path):
    """The view restrictions on the collection of the image at `path` (an
    original or one of its renditions)."""
    images = get_image_model().objects.select_related("collection")
    if path.startswith("original_images/"):
        image = images.filter(file=path).first()
    else:
        image = images.filter(renditions__file=path).first()
    return list(image.collection.get_view_restrictions()) if image else []
