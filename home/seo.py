"""Search-engine and sharing metadata: JSON-LD, the sitemap, and the small
machine-readable files every site serves (robots.txt, security.txt, the web
manifest).

JSON-LD: every page type answers `structured_data(request)` with a list of
schema.org dicts (see `home.models.BasePage`), and `{% structured_data %}` in
`base.html` prints them. Views that are not pages put a list in the template
context as `structured_data`.
"""

import datetime
import json
from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page, Site

from home.privacy import public_in_every_language
from home.public_url import absolute_url, page_url
from home.routing import ancestors_of

SCHEMA_CONTEXT = "https://schema.org"

# The characters that could end a <script> element or start an HTML comment,
# escaped the way Django's json_script escapes them.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A `<script type="application/ld+json">` element, safe to put in HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    text = text.translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def breadcrumb_trail(page):
    """The pages from the home page down to `page`, inclusive: the ancestors
    found when routing, else one query kept on the page object."""
    if page.depth <= 2:
        return [page] if page.depth == 2 else []  # a home page: only the tree's root above
    return [*(ancestor for ancestor in ancestors_of(page) if ancestor.depth > 1), page]


def breadcrumb_list(page, request):
    """schema.org BreadcrumbList from the home page down to `page`."""
    items = []
    for position, crumb in enumerate(breadcrumb_trail(page), start=1):
        url = page_url(crumb, request)
        if url:
            items.append(
                {"@type": "ListItem", "position": position, "name": crumb.title, "item": url}
            )
    return {"@context": SCHEMA_CONTEXT, "@type": "BreadcrumbList", "itemListElement": items}


def organisation(site_settings, request, url):
    """schema.org Organization for the network, from the site settings."""
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Organization",
        "name": site_settings.organisation_name,
        "url": url,
        "logo": absolute_url(logo_url(site_settings)),
    }
    if site_settings.short_name:
        data["alternateName"] = site_settings.short_name
    from home.models import FooterText

    description = FooterText.for_request(request)
    if description:
        data["description"] = description
    if site_settings.contact_email:
        data["email"] = site_settings.contact_email
    same_as = [link.value["url"] for link in site_settings.social_links]
    if same_as:
        data["sameAs"] = same_as
    return data


def logo_url(site_settings):
    if site_settings.logo_id:
        return site_settings.logo.get_rendition("max-512x512|format-png").url
    return static("img/icon-512.png")


def share_image(page, site_settings):
    """The rendition shown when a page is shared, or None: the page's own image,
    else the site-wide default image."""
    image = getattr(page, "share_image", None) or site_settings.default_share_image
    if image is None:
        return None
    return image.get_rendition("fill-1200x630-c100|format-jpeg|jpegquality-80")


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
