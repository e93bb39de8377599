"""Metadata for `<head>`: description, canonical URL, Open Graph, Twitter card
and JSON-LD. One layer, used by `base.html`; page templates change it through
the page's fields and methods, not by adding tags of their own."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.text import Truncator

from wagtail.models import Page

from home.models import FooterText, SiteSettings
from home.public_url import absolute_url, page_url
from home.schema_org import json_ld_script, share_image
from home.templatetags.i18n_tags import page_translations

register = template.Library()

DESCRIPTION_LENGTH = 160

# Open Graph wants language_TERRITORY; each language's territory is where
# most of its readers on this site live.
OG_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "nl": "nl_NL", "sv": "sv_SE"}


def og_locale(language):
    return OG_LOCALES.get(language, language)


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.inclusion_tag("components/meta_tags.html", takes_context=True)
def meta_tags(context, title="", canonical=True):
    """Description, canonical URL and sharing tags for the current page or view.

    Views that are not pages can set `meta_title`, `meta_description` and
    `canonical_url` in their context, and `noindex` to keep a page out of
    search engines. `canonical=False` (an error page: there is nothing at
    this address to point to) leaves out the canonical link and `og:url`.
    """
    with_canonical = canonical
    request = context["request"]
    page = current_page(context)
    site_settings = SiteSettings.for_request(request)

    title = title or context.get("meta_title") or ""
    description = context.get("meta_description") or ""
    share_text = ""
    canonical = context.get("canonical_url") or ""
    if page is not None:
        description = description or getattr(page, "meta_description", "") or ""
        share_text = getattr(page, "share_text", "") or ""
        canonical = canonical or page_url(getattr(page, "canonical_page", page), request)
        title = title or page.seo_title or page.title
    description = Truncator(description or FooterText.for_request(request)).chars(
        DESCRIPTION_LENGTH
    )
    canonical = absolute_url(canonical or request.path)
    language = getattr(page, "content_language", None) or context.get("LANGUAGE_CODE") or "en"
    alternates = []
    if page is not None:
        alternates = [
            og_locale(code) for code, _url in page_translations(page, request) if code != language
        ]

    rendition = share_image(page, site_settings)
    if rendition is not None:
        image = {
            "url": absolute_url(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.image.default_alt_text or rendition.image.title,
        }
    else:
        image = {
            "url": absolute_url(static("img/share-default.png")),
            "width": 1200,
            "height": 630,
            "alt": site_settings.organisation_name,
        }
    return {
        "description": description,
        "share_text": Truncator(share_text or description).chars(300),
        "canonical": canonical if with_canonical else "",
        "title": title or site_settings.organisation_name,
        "site_name": site_settings.organisation_name,
        "og_type": "website" if page is None or page.depth <= 2 else "article",
        "og_locale": og_locale(language),
        "og_locale_alternates": alternates,
        "image": image,
        "noindex": context.get("noindex", False),
    }


@register.simple_tag(takes_context=True)
def structured_data(context):
    """`<script type="application/ld+json">` elements: the page's
    `structured_data(request)`, or the view's `structured_data` context list."""
    request = context["request"]
    page = current_page(context)
    items = context.get("structured_data")
    if items is None and page is not None and hasattr(page, "structured_data"):
        items = page.structured_data(request)
    if not items:
        return ""
    return format_html_join("\n", "{}", ((json_ld_script(item),) for item in items))
