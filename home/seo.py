"""The sitemap and the small machine-readable files every site serves
(robots.txt, security.txt, the web manifest). The JSON-LD and sharing
metadata of pages are in `home.schema_org`."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page, Site

from home.privacy import public_in_every_language
from home.public_url import absolute_url, page_url


class LocalisedSitemap(Sitemap):
    """Every live, public page of the site in every language, not only the
    tree under the site's default-language root, each with its translations
    as hreflang alternates.

    Aliases in wagtail-localize's synchronised trees are left out: they repeat
    their source page, which is their canonical URL."""

    def items(self):
        root = self.get_wagtail_site().root_page
        in_site = Q()
        for translated_root in root.get_translations(inclusive=True):
            in_site |= Q(path__startswith=translated_root.path)
        pages = list(
            public_in_every_language(Page.objects.filter(in_site, alias_of__isnull=True).live())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
        # The alternates come from the same list: no query per page.
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        self._translations = defaultdict(list)
        for page in pages:
            self._translations[page.translation_key].append((languages[page.locale_id], page))
        return pages

    def alternates(self, page):
        translations = self._translations.get(page.translation_key, [])
        if len(translations) < 2:
            return []
        alternates = [
            {"lang_code": code, "location": page_url(translation, self.request)}
            for code, translation in translations
        ]
        alternates += [
            {"lang_code": "x-default", "location": a["location"]}
            for a in alternates
            if a["lang_code"] == settings.LANGUAGE_CODE
        ]
        return alternates

    def _urls(self, page, protocol, domain):
        # As Wagtail's Sitemap._urls, with each page's alternates added.
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            alternates = self.alternates(item)
            for url_info in item.get_sitemap_urls(self.request):
                if alternates:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


@require_GET
def favicon(request):
    """/favicon.ico, which browsers and crawlers ask for whatever the page
    says: the site's icon (a PNG; every browser accepts it here)."""
    return HttpResponsePermanentRedirect(static("img/favicon-32.png"))


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


SECURITY_TXT_PATH = "/.well-known/security.txt"


def contact_uri(value):
    """A contact as security.txt gives it: an e-mail address becomes a
    `mailto:` URI; a URI (`mailto:`, `https:`, `tel:`) stays as it is."""
    return f"mailto:{value}" if value and ":" not in value else value


def security_contact(request):
    """Where to report a vulnerability, never nothing: settings.SECURITY_CONTACT,
    else the site settings' contact address, else their contact page (in
    the default language), else the home page."""
    from home.models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    contact = settings.SECURITY_CONTACT or site_settings.contact_email
    if contact:
        return contact_uri(contact)
    site = Site.find_for_request(request)
    if site is None:
        return absolute_url("/")
    contact_page = site_settings.key_pages(site.root_page.locale_id).get("contact")
    return page_url(contact_page or site.root_page, request)


@require_GET
def security_txt(request):
    """RFC 9116, always present. `Expires` is a year ahead (at midnight UTC,
    so the file is the same all day), computed per request so it never goes
    stale. `Canonical` must be an https:// URI: it is left out while the
    public address is plain http (development)."""
    expiry_day = timezone.now().astimezone(datetime.UTC).date() + datetime.timedelta(days=365)
    expires = datetime.datetime.combine(expiry_day, datetime.time(), tzinfo=datetime.UTC)
    languages = ", ".join(code for code, _name in settings.LANGUAGES)
    lines = [
        f"Contact: {security_contact(request)}",
        f"Expires: {expires.isoformat().replace('+00:00', 'Z')}",
        f"Preferred-Languages: {languages}",
    ]
    canonical = absolute_url(SECURITY_TXT_PATH)
    if canonical.startswith("https://"):
        lines.append(f"Canonical: {canonical}")
    return HttpResponse("\n".join([*lines, ""]), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=3600, public=True)
def web_manifest(request):
    from home.models import SiteSettings

    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_request(request)
    manifest = {
        "name": site_settings.organisation_name,
        "short_name": site_settings.short_name or site_settings.organisation_name,
        "start_url": site.root_page.url if site else "/",
        "scope": "/",
        "display": "browser",
        "lang": settings.LANGUAGE_CODE,
        "background_color": "#fdfcf9",
        "theme_color": "#0b4f6c",
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("img/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json")
