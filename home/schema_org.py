"""JSON-LD and sharing metadata of pages.

Every page type answers `structured_data(request)` with a list of schema.org
dicts (see `home.models.BasePage`), and `{% structured_data %}` in `base.html`
prints them. Views that are not pages put a list in the template context as
`structured_data`. This module builds those dicts from what it is given and
imports no model of its own app, so page models can use it.
"""

import json

from django.templatetags.static import static
from django.utils.safestring import mark_safe

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


def breadcrumb_list(page, request, current=None):
    """schema.org BreadcrumbList from the home page down to `page`, then
    `current` (a name and an absolute URL) for a view of its own on the page,
    as the visible breadcrumbs end (`{% breadcrumbs current=... %}`)."""
    crumbs = [(crumb.title, page_url(crumb, request)) for crumb in breadcrumb_trail(page)]
    if current:
        crumbs.append(current)
    items = [
        {"@type": "ListItem", "position": position, "name": name, "item": url}
        for position, (name, url) in enumerate(crumbs, start=1)
        if url
    ]
    return {"@context": SCHEMA_CONTEXT, "@type": "BreadcrumbList", "itemListElement": items}


def organisation(site_settings, url, description=""):
    """schema.org Organization for the network, from the site settings and
    the footer text of the request's language (`description`)."""
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Organization",
        "name": site_settings.organisation_name,
        "url": url,
        "logo": absolute_url(logo_url(site_settings)),
    }
    if site_settings.short_name:
        data["alternateName"] = site_settings.short_name
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
