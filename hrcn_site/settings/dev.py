"""Local development: debug on, a fake key, mail printed to the console."""

import contextlib
import os

# `make run` passes SITE_URL for the host and port it serves on.
os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000")

from .base import *  # noqa: E402, F403
from .base import env_bool  # noqa: E402

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS += ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
HRCN_EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
# Mail is printed in the request: no worker needed while developing.
TASKS["mail"]["BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403
