"""Caching of whole responses, the HTTP caching headers, and invalidation:
one module for all three.

Anonymous visitors. A GET or HEAD without a session cookie, for a public
URL (pages, feeds, calendars, the sitemap, GeoJSON, exports, API listings), is
answered from the shared cache (Redis with several app servers) when the same
URL was answered before and nothing has changed since. A response is kept
only if it is a plain 200 that sets no cookie and does not call itself
private: a form page (it sets the CSRF cookie), a search with a query (the
view marks it private), a page behind a password (its form sets a cookie),
and anything for a signed-in editor or under /admin/ never are.

Headers. What is kept is sent with `Cache-Control: public, max-age=…,
s-maxage=…` and an ETag, so a browser revalidates with a 304 and a shared
cache (Varnish, a CDN) keeps it until it is told otherwise; everything else is
`private`.

Shared parts. What many pages show alike (the Wagtail site, the home page
each language routes from, menus, footer, settings, the restricted subtrees,
the locales, a library's filter options) is kept with the content generation
(`kept`), so a page that is not kept whole still costs only the queries of
its own content.

Invalidation. Any change that can show on a page (a page published,
unpublished, moved, deleted or scheduled, a snippet, a setting, an image, a
document, a redirect, a translation sync) replaces the site-wide content
generation once its transaction commits: every kept response is stale at
once, on every app server, in every language. The frontend caches configured
in WAGTAILFRONTENDCACHE are then told to purge (deploy/varnish.vcl bans every
object on a purge).

Releases. Kept responses and parts are also keyed on the running code
(`code_release`): a server with new templates never serves a page rendered by
the old ones, nor reads a part kept in an older shape, while servers still on
the old code (during a rolling restart) keep theirs. `manage.py refresh_caches`,
run once the last server has restarted, purges the frontend caches too.
"""

import functools
import hashlib
import logging
import threading
import uuid
from contextvars import ContextVar
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_cache_control, set_response_etag

from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import purge_url_from_cache
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.public_url import absolute_url

logger = logging.getLogger(__name__)

# The generation and the parts read by the request being served (if any).
_request_generation = ContextVar("hrcn_request_generation", default=None)
_request_parts = ContextVar("hrcn_request_parts", default=None)

GENERATION_KEY = "hrcn:content-generation"
# What makes up a release, besides the packages installed with it.
RELEASE_SUFFIXES = {".py", ".html", ".txt", ".css", ".js", ".mo", ".svg", ".json"}
RELEASE_SKIPPED = {"node_modules", "media", "backups", "bench", "tests", "docs"}


def code_release():
    """A name for the running code: `HRCN_RELEASE` when the deployment gives
    one, else a digest of the project's own files, the same on every server
    that runs the same code."""
    return settings.HRCN_RELEASE or source_digest()


@functools.cache
def source_digest():
    root = Path(settings.BASE_DIR)
    skipped = RELEASE_SKIPPED | {Path(settings.STATIC_ROOT).name}
    digest = hashlib.sha256()
    for path in sorted(_release_files(root, skipped)):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _release_files(directory, skipped):
    for path in directory.iterdir():
        if path.name.startswith(".") or path.name in skipped:
            continue
        if path.is_dir():
            yield from _release_files(path, skipped)
        elif path.suffix in RELEASE_SUFFIXES:
            yield path


REPURGE_SECONDS = 3
PARTS_SECONDS = 24 * 3600
NEVER_CACHED_PATHS = ("/admin/", "/documents/", "/_util/", "/healthz", "/readyz")

# Models whose rows show on public pages. Page types, snippets and settings
# live in these apps; the rest are Wagtail's.
CONTENT_APPS = {"home", "people", "members", "activities", "resources", "news", "taxonomy"}
CONTENT_MODELS = {
    "contact.formpage",
    "contact.formfield",
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
    "wagtailredirects.redirect",
    "wagtailsearchpromotions.searchpromotion",
    "wagtailsearchpromotions.query",
}


# Invalidation ---------------------------------------------------------------


def content_generation():
    """The current content generation: a token, replaced on every change. A
    token lost with the cache is replaced by a new one, never an old one.
    Read once per request (`ContentGenerationMiddleware`)."""
    token = _request_generation.get()
    if token is not None:
        return token
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        cache.add(GENERATION_KEY, token, None)
        token = cache.get(GENERATION_KEY) or token
    return token


def replace_generation():
    token = uuid.uuid4().hex
    cache.set(GENERATION_KEY, token, None)
    if _request_generation.get() is not None:
        _request_generation.set(token)
        _request_parts.set({})


def start_new_generation():
    replace_generation()
    purge_frontend_caches()


def purge_frontend_caches(again_after=REPURGE_SECONDS):
    """Tell Varnish or a CDN (WAGTAILFRONTENDCACHE) that the site changed;
    and once more a moment later, for an answer that was on its way from an
    app server to the cache while the change committed."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_url_from_cache(absolute_url("/"))
        if again_after:
            timer = threading.Timer(again_after, purge_frontend_caches, kwargs={"again_after": 0})
            timer.daemon = True
            timer.start()


class TimedHTTPBackend(HTTPBackend):
    """Wagtail's HTTP purge backend (Varnish), with a timeout: a cache that
    does not answer must not hang an editor's publish."""

    def __init__(self, params):
        self.timeout = params.pop("TIMEOUT", 2)
        super().__init__(params)

    def purge(self, url):
        parts = urlsplit(url)
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""]),
            headers={"Host": parts.netloc, "User-Agent": "hrcn-frontendcache"},
        )
        try:
            urlopen(request, timeout=self.timeout).close()  # noqa: S310 (our configured cache)
        except (OSError, ValueError) as error:
            logger.error("Could not purge %s from the HTTP cache: %s", url, error)


def content_changed(**kwargs):
    """A new generation at once, so that this process and its transaction
    read no part kept before the change; and another, with the purges, when
    the transaction commits (once, however many rows it changed), so that no
    part read by another process while it ran outlives it."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        start_new_generation()
        return
    replace_generation()
    if not any(func is start_new_generation for _sids, func, _robust in connection.run_on_commit):
        transaction.on_commit(start_new_generation)


def model_changed(sender, **kwargs):
    meta = sender._meta
    if meta.app_label in CONTENT_APPS or meta.label_lower in CONTENT_MODELS:
        content_changed()


def connect_invalidation():
    post_save.connect(model_changed, dispatch_uid="hrcn-cache-save")
    post_delete.connect(model_changed, dispatch_uid="hrcn-cache-delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"hrcn-cache-{id(signal)}")


# Parts every page shares ------------------------------------------------------


def kept(name, compute, keep=None, seconds=PARTS_SECONDS):
    """`compute()`, kept in the cache for the current content generation and
    read once per request: what many pages share (the site, the home page in
    each language, menus, footer, settings, restricted subtrees, locales)
    costs no query once one page has rendered it. `name` must say everything
    the value depends on besides the content (a language, a page id). With
    `keep`, only a value for which `keep(value)` is true is kept; `seconds`
    bounds how long a value whose name changes with time lingers."""
    parts = _request_parts.get()
    if parts is not None and name in parts:
        return parts[name]
    key = f"hrcn:part:{code_release()}:{content_generation()}:{name}"
    found = cache.get(key)
    if found is None:
        found = (compute(),)
        if keep is None or keep(found[0]):
            cache.set(key, found, seconds)
    if parts is not None:
        parts[name] = found[0]
    return found[0]


def kept_for_page(page, name, compute):
    """`kept` for what a page shows of other records (its speakers, its
    documents): only for the page as stored, never for a preview, whose
    related records are the editor's unsaved ones."""
    if page.pk is None or getattr(page, "_cluster_related_objects", None):
        return compute()
    return kept(f"page:{page.pk}:{name}", compute)


class ContentGenerationMiddleware:
    """Reads the content generation once per request, and keeps the parts
    the request reads (`kept`) for the rest of it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        generation = _request_generation.set(content_generation())
        parts = _request_parts.set({})
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(generation)
            _request_parts.reset(parts)


# Responses ------------------------------------------------------------------


def response_key(request, generation):
    varies = request.META.get("HTTP_ACCEPT", "") if request.path.startswith("/api/") else ""
    digest = hashlib.sha256(f"{request.get_full_path()}\n{varies}".encode()).hexdigest()
    return f"hrcn:response:{code_release()}:{generation}:{digest}"


def is_anonymous_read(request):
    return (
        request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(NEVER_CACHED_PATHS)
    )


def is_public_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def mark_shared(response):
    # The language is in the URL: no shared cache need keep a copy per
    # Accept-Language (which LocaleMiddleware names for unprefixed URLs).
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    if "Accept-Language" in vary:
        vary.remove("Accept-Language")
        if vary:
            response["Vary"] = ", ".join(vary)
        else:
            del response["Vary"]
    patch_cache_control(
        response,
        public=True,
        max_age=settings.HRCN_BROWSER_CACHE_SECONDS,
        s_maxage=settings.HRCN_SHARED_CACHE_SECONDS,
    )
    set_response_etag(response)


def mark_private(response):
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True, max_age=0)


class AnonymousPageCacheMiddleware:
    """Answers anonymous reads from the shared cache (see the module's text)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_anonymous_read(request):
            response = self.get_response(request)
            mark_private(response)
            return response
        seconds = settings.HRCN_PAGE_CACHE_SECONDS  # 0: headers only (the tests' default)
        key = response_key(request, content_generation()) if seconds > 0 else None
        response = cache.get(key) if key else None
        if response is not None:
            return response
        response = self.get_response(request)
        if is_public_response(response):
            mark_shared(response)
            if key:
                cache.set(key, response, seconds)
        else:
            mark_private(response)
        return response


class TextGZipMiddleware(GZipMiddleware):
    """Django's gzip (with its BREACH mitigation: random bytes in each gzip
    header, on top of Django's per-request CSRF token masking), for text only:
    images and archives are compressed already."""

    TEXT_TYPES = (
        "text/",
        "application/json",
        "application/xml",
        "application/atom+xml",
        "application/geo+json",
        "application/javascript",
        "application/manifest+json",
        "image/svg+xml",
    )

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith(self.TEXT_TYPES):
            return response
        return super().process_response(request, response)
