"""Settings shared by every environment.

Everything that differs between machines comes from the environment; nothing
secret is committed. `dev.py` and `test.py` add fixed, obviously fake values for
local use, `production.py` refuses to start without the real ones.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from botocore.config import Config as BotocoreConfig

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def public_origin(value):
    """The site's public origin (scheme, host and port, no path) from SITE_URL."""
    parts = urlsplit(value.strip())
    if (
        parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.path not in {"", "/"}
        or parts.query
        or parts.fragment
    ):
        raise ImproperlyConfigured(
            f"SITE_URL must be an origin such as https://hrcn.example.org, not {value!r}."
        )
    return f"{parts.scheme}://{parts.netloc}"


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")

# The one public address of the site. Every absolute URL it emits (feeds,
# calendars, sitemap, structured data, API, e-mails) is built on it through
# `home.public_url`, and the Wagtail Site record follows it (`sync_site`).
# dev.py and test.py give it a default; production.py requires it.
SITE_URL = public_origin(os.environ["SITE_URL"]) if os.environ.get("SITE_URL") else ""
SITE_IS_HTTPS = SITE_URL.startswith("https://")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") + ([urlsplit(SITE_URL).hostname] if SITE_URL else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") + ([SITE_URL] if SITE_URL else [])

INSTALLED_APPS = [
    "home",
    "activities",
    "people",
    "members",
    "taxonomy",
    "resources",
    "news",
    "search",
    "contact",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "axes",
    "django_tasks_db",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "home.outages.DatabaseDeadlineMiddleware",
    # Health probes answer before host checks, redirects and sessions.
    "home.health.HealthCheckMiddleware",
    "home.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.security_headers.SecurityHeadersMiddleware",
    "home.security_headers.ContentSecurityPolicyMiddleware",
    # Compression, then 304s from ETags, then whole responses for anonymous
    # visitors from the shared cache (home.caching).
    "home.caching.TextGZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "home.caching.ContentGenerationMiddleware",
    "home.caching.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The Wagtail site from the cache, once the host is known to be allowed.
    "home.serving.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Counts failed logins (in the database, so every app server sees them).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "hrcn_site.urls"
WSGI_APPLICATION = "hrcn_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file by default, anything dj-database-url understands
# (postgres://… through psycopg 3) when DATABASE_URL is set.
# A database that is down or paused costs a request seconds, not minutes
# (home.outages): connections give up after DATABASE_CONNECT_TIMEOUT, queries
# after DATABASE_QUERY_TIMEOUT. No health-check query on reused connections:
# against a paused server it would wait forever; a connection that fails is
# closed and the next request opens a new one.
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
DATABASE_QUERY_TIMEOUT = int(os.environ.get("DATABASE_QUERY_TIMEOUT", "5"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=False,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=DATABASE_CONNECT_TIMEOUT,
        options=f"-c statement_timeout={DATABASE_QUERY_TIMEOUT * 1000}",
    )
# SQLite (development, one-machine sites) with several admin tabs at once:
# autosave and publish write at the same time. WAL lets readers go on while
# one connection writes; IMMEDIATE transactions take the write lock when they
# begin, so two of them queue for up to the busy timeout instead of failing
# with "database is locked" when both try to upgrade a read lock.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        transaction_mode="IMMEDIATE",
        timeout=DATABASE_QUERY_TIMEOUT,
    )
# Seconds a visitor is asked to wait (Retry-After) when a part is down.
HRCN_OUTAGE_RETRY_AFTER = 30
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, so that several app servers share it;
# process-local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis down or slow is a cache miss, not an error (home.outages).
            "BACKEND": "home.outages.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "hrcn"),
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "hrcn",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the default and has no URL prefix; the
# other languages live under /de/, /fr/, /nl/ and /sv/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("nl", _("Dutch")),
    ("sv", _("Swedish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Static files: hashed and compressed by WhiteNoise (see production.py).
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


# Media in S3-compatible object storage when a bucket is named, so that every
# app server sees the same files. Images are linked under the site's own
# address (SITE_URL/media/…, which the load balancer passes to the bucket);
# documents never are: Wagtail's serve view streams them after its privacy
# checks (WAGTAILDOCS_SERVE_METHOD below), so the bucket needs no public read
# on documents/.
def s3_media_storage(bucket, site_url, environ):
    """The STORAGES entry for media in an S3-compatible bucket, from the
    AWS_* variables in `environ`; files are linked under `site_url`/media/."""
    origin = urlsplit(site_url)
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": environ.get(
                "AWS_S3_CUSTOM_DOMAIN", f"{origin.netloc}{MEDIA_URL.rstrip('/')}"
            ),
            "url_protocol": f"{origin.scheme}:",
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            # A slow or absent object store fails a request in seconds, not minutes.
            "client_config": BotocoreConfig(
                connect_timeout=float(environ.get("AWS_S3_CONNECT_TIMEOUT", "3")),
                read_timeout=float(environ.get("AWS_S3_READ_TIMEOUT", "10")),
                retries={"max_attempts": 2, "mode": "standard"},
            ),
        },
    }


AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = s3_media_storage(AWS_STORAGE_BUCKET_NAME, SITE_URL, os.environ)

# E-mail: queued by EMAIL_BACKEND, delivered by a background task through
# HRCN_EMAIL_DELIVERY_BACKEND (home.mail), so a mail outage never fails a request.
EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
HRCN_EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background tasks (django-tasks). Wagtail's own (search and reference index
# updates) run at once in the request, as they always have; mail is queued in
# the database and delivered by `manage.py db_worker --backend mail`, which
# production runs beside the app servers. MAIL_TASKS=immediate sends mail in
# the request instead (development: no worker needed).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if os.environ.get("MAIL_TASKS") == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
        "QUEUES": ["mail"],
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Human Rights Cities Network"
WAGTAILADMIN_BASE_URL = SITE_URL
# No Gravatar avatars in the admin: they would send a hash of every editor's
# e-mail address to another host, which the admin's policy blocks anyway
# (a console error on every admin page). Wagtail shows its default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    # Wagtail's database backend (search/backends.py). On PostgreSQL it uses its
    # full-text search and stems each record with the text search configuration
    # of its language (any language not named here: "simple", no stemming); on
    # SQLite, FTS5, which does not stem.
    "default": {
        "BACKEND": "search.backends",
        "LANGUAGE_CONFIGS": {
            "en": "english",
            "de": "german",
            "fr": "french",
            "nl": "dutch",
            "sv": "swedish",
        },
    },
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Documents are always streamed by Wagtail's serve view, which applies the
# collection's privacy rules, and always as attachments (with nosniff and a
# sandboxing Content-Security-Policy, which the view adds).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Uploads are checked by content, not only by extension (home/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.uploads.ContentCheckedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.uploads.ContentCheckedImageForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_RESET_ENABLED = True
# Password resets are queued whatever the address (home.mail).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "home.mail.QueuedPasswordResetForm"  # noqa: S105

# Open read API at /api/v2/ (hrcn_site/api.py): at most this many items a request.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_BASE_URL = SITE_URL

# Contact and membership forms: at most this many submissions from one IP
# address per window (seconds), counted in the shared cache.
HRCN_FORM_RATE_LIMIT = int(os.environ.get("HRCN_FORM_RATE_LIMIT", "5"))
HRCN_FORM_RATE_WINDOW = int(os.environ.get("HRCN_FORM_RATE_WINDOW", "3600"))
# How many proxies in front of the app append to X-Forwarded-For (the client
# is the address the outermost of them appended); 0 = use REMOTE_ADDR.
HRCN_TRUSTED_PROXY_COUNT = int(os.environ.get("HRCN_TRUSTED_PROXY_COUNT", "0"))

# Member directory map: tile server URL template and its attribution (HTML).
# An empty URL is offline mode: markers on a plain background, no tile requests.
HRCN_MAP_TILES_URL = os.environ.get(
    "HRCN_MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
HRCN_MAP_TILES_ATTRIBUTION = os.environ.get(
    "HRCN_MAP_TILES_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)

# Workflow notifications go to the moderators a task names (the "HRCN staff"
# group), not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# /.well-known/security.txt: where to report a vulnerability (an e-mail address
# or an https:// URL). Unset, the site settings' contact address, else the
# contact page (home.seo.security_contact).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "")

# Logs: everything to stderr. One line per request (home.request_log) at INFO
# in production; errors carry the request's path (django.request).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "hrcn.request": {"level": os.environ.get("REQUEST_LOG_LEVEL", "WARNING")},
    },
}


# Content-Security-Policy (django-csp; home.security_headers). Strict on the
# public site: nothing inline, nothing from other hosts but the map tiles and,
# once a visitor asks for one, a recording's player.
def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


MAP_TILES_ORIGINS = [origin] if (origin := origin_of(HRCN_MAP_TILES_URL)) else []
MEDIA_ORIGINS = (
    [f"https://{domain}"]
    if (domain := os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")) and "/" not in domain
    else []
)
RECORDING_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MAP_TILES_ORIGINS, *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "frame-src": RECORDING_PLAYERS,
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin uses inline script and style and previews pages in frames.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *MAP_TILES_ORIGINS, *MEDIA_ORIGINS],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", *RECORDING_PLAYERS],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'self'"],
    }
}
PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "camera",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
    "interest-cohort",
]

# Login throttling (django-axes), on the admin's login form and every other
# that authenticates: after AXES_FAILURE_LIMIT failures for one user name from
# one address, that pair is locked out for AXES_COOLOFF_TIME. Staff unlock it
# under Settings > Locked-out logins.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_address"
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Whole responses for anonymous visitors (home.caching): how long the app
# keeps one, and what it tells browsers and shared caches (Varnish, a CDN).
# Any change to content makes every kept response stale at once, and purges
# the frontend caches below, so shared caches may keep responses long.
# Kept responses and parts are keyed on the release: a deployment may name it
# (a version or commit id); otherwise it is a digest of the code (home.caching).
HRCN_RELEASE = os.environ.get("HRCN_RELEASE", "")
HRCN_PAGE_CACHE_SECONDS = int(os.environ.get("HRCN_PAGE_CACHE_SECONDS", "3600"))
HRCN_BROWSER_CACHE_SECONDS = int(os.environ.get("HRCN_BROWSER_CACHE_SECONDS", "60"))
HRCN_SHARED_CACHE_SECONDS = int(os.environ.get("HRCN_SHARED_CACHE_SECONDS", "3600"))
# Varnish in front (deploy/varnish.vcl): where to send purges. A CDN instead:
# set WAGTAILFRONTENDCACHE in a settings file of your own, as Wagtail documents.
VARNISH_URL = os.environ.get("VARNISH_URL", "")
if VARNISH_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "home.caching.TimedHTTPBackend",
            "LOCATION": VARNISH_URL,
            "TIMEOUT": 2,
        }
    }
