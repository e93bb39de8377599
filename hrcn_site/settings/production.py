"""Production: every secret and host comes from the environment.

Missing required values stop the process at start-up; nothing is invented.
"""

import os
import re
import tempfile

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", default=False)

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
if not SITE_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "Set SITE_URL to the site's public address, for example https://hrcn.example.org."
    )

# security.txt (home.seo) always names a contact: this one, else the site
# settings' address, else the contact page. Only a malformed value stops the
# start; RFC 9116 allows e-mail (mailto:), https: and tel: contacts.
if SECURITY_CONTACT and not re.fullmatch(  # noqa: F405
    r"(mailto:)?[^@\s:/]+@[^@\s/]+\.[^@\s/]+|https://\S+|tel:\+?[\d\-. ]+",
    SECURITY_CONTACT,  # noqa: F405
):
    raise ImproperlyConfigured(
        f"SECURITY_CONTACT must be an e-mail address or an https:// URL, not {SECURITY_CONTACT!r}."  # noqa: F405
    )

# Behind the TLS proxy: it must set X-Forwarded-Proto. Redirects, HSTS and
# secure cookies follow the public address's scheme.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=SITE_IS_HTTPS)  # noqa: F405
SECURE_HSTS_SECONDS = (
    int(os.environ.get("SECURE_HSTS_SECONDS", "31536000")) if SITE_IS_HTTPS else 0  # noqa: F405
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = SITE_IS_HTTPS  # noqa: F405
CSRF_COOKIE_SECURE = SITE_IS_HTTPS  # noqa: F405
SESSION_COOKIE_HTTPONLY = True

# Without Redis (one server), the workers of this server share the cache in
# files: the content generation (home.caching) must be the same in all of
# them, or an edit would show in one worker and not in the next.
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get(
                "HRCN_CACHE_DIR", os.path.join(tempfile.gettempdir(), "hrcn-cache")
            ),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# One log line per request, and Wagtail's record of editors' actions.
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
LOGGING["loggers"]["hrcn.request"]["level"] = os.environ.get("REQUEST_LOG_LEVEL", "INFO")  # noqa: F405

# Error reporting, only when a DSN is given. No personal data is sent.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
