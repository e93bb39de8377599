"""Uploaded images served by the app itself, from whatever storage holds them.

In the cluster the load balancer sends /media/images/ and
/media/original_images/ straight to the object store; an app server alone
(a small deployment, development) serves them here, from local files or the
bucket alike. Documents are never served this way: Wagtail's own view at
/documents/<id>/<name> streams them after its privacy checks.
"""

import mimetypes
import posixpath

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

IMAGE_FOLDERS = ("images/", "original_images/")


@require_safe
def serve_image(request, path):
    path = posixpath.normpath(path)
    if not path.startswith(IMAGE_FOLDERS) or path.startswith(".."):
        raise Http404("Not an image.")
    content_type, _encoding = mimetypes.guess_type(path)
    if not content_type or not content_type.startswith("image/"):
        raise Http404("Not an image.")
    try:
        file = default_storage.open(path, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404("No such image.") from error
    response = FileResponse(file, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    # Rendition file names change when the image or its filter does.
    response["Cache-Control"] = "public, max-age=86400"
    return response
