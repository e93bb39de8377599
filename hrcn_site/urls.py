from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import media, seo, serving
from hrcn_site.api import api_router
from members import admin_isolation
from search import views as search_views

# A database outage is a 503 with Retry-After, anything else a 500.
handler500 = "home.outages.server_error_or_unavailable"

urlpatterns = [
    # Admin views that keep one member city's editors out of the others'
    # content, answering in place of Wagtail's own at the same addresses.
    path("admin/", include(admin_isolation)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    # Machine-readable files at fixed addresses, outside the language prefixes.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": seo.LocalisedSitemap}}),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("favicon.ico", seo.favicon, name="favicon"),
    path(".well-known/security.txt", seo.security_txt, name="security_txt"),
    path("manifest.webmanifest", seo.web_manifest, name="web_manifest"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Uploaded images, from local files or the object store (see home/media.py).
if settings.MEDIA_URL.startswith("/"):
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.+)$", media.serve_image)
    )

# Pages: English at the root, the other languages under /de/, /fr/, /nl/, /sv/.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # Page routes that end in a file name (members/cities.geojson): Wagtail's own
    # pattern serves only paths ending in '/', so these reach the page here.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.[a-z0-9]+)$", serving.serve),
    # Wagtail's own page pattern (but for its /_util/ views), served through
    # our routing (home.serving).
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", serving.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
