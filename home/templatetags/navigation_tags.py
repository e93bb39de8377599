"""Menus and breadcrumbs, built from the page tree (`show_in_menus`).

Each tag runs a fixed number of queries, however many pages there are, and
what every page shows alike (the menu, the footer) is kept with the content
generation (`home.caching.kept`).
"""

from django import template
from django.db.models import Q

from wagtail.models import Page, Site

from home.caching import kept
from home.locales import active_locale, localized
from home.models import FooterText, SiteSettings
from home.privacy import public_in_every_language
from home.schema_org import breadcrumb_trail

register = template.Library()


def localized_site_root(request):
    """The home page in the visitor's language: the one routing served from
    (home.routing), else found once per request."""
    if not hasattr(request, "_hrcn_localized_root"):
        site = Site.find_for_request(request)
        request._hrcn_localized_root = localized(site.root_page) if site else None
    return request._hrcn_localized_root


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = localized_site_root(request)
    current = context.get("page")

    def entries():
        pages = public_in_every_language(root.get_children().live().in_menu())
        return [(item.pk, item.path, item.title, item.get_url(request)) for item in pages]

    items = [
        {
            "title": title,
            "url": url,
            "is_current": current is not None and current.pk == pk,
            "is_ancestor": current is not None
            and current.pk != pk
            and current.path.startswith(path),
        }
        for pk, path, title, url in (kept(f"main-menu:{root.pk}", entries) if root else [])
    ]
    return {
        "home_url": root.get_url(request) if root else "/",
        "items": items,
        "site_settings": SiteSettings.for_request(request),
    }


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """The trail from the home page to the page. A view of its own on a page
    (a sub-route, such as the directory's comparison) passes its title as
    `current`: the page itself then leads back to the page it belongs to."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page) or (page.depth <= 2 and current is None):
        return {"crumbs": []}
    trail = breadcrumb_trail(page)
    ancestors = trail if current else trail[:-1]
    crumbs = [{"title": a.title, "url": a.get_url(request)} for a in ancestors]
    return {"crumbs": crumbs, "current": current or page.title}


@register.simple_tag(takes_context=True)
def footer_links(context, site_settings):
    """The footer's page links, each in the visitor's language where a live
    translation (or alias) exists: one query for the chosen pages and their
    translations, however many links."""
    request = context["request"]
    locale = active_locale()
    return kept(
        f"footer-links:{site_settings.pk}:{getattr(locale, 'pk', None)}",
        lambda: footer_pages(request, site_settings, locale),
    )


def footer_pages(request, site_settings, locale):
    ids = [block["value"] for block in site_settings.footer_links.raw_data if block["value"]]
    if not ids:
        return []
    wanted = Q(pk__in=ids)
    if locale is not None:
        chosen_keys = Page.objects.filter(pk__in=ids).values("translation_key")
        wanted |= Q(translation_key__in=chosen_keys, locale_id=locale.pk, live=True)
    found = list(Page.objects.filter(wanted))
    chosen = {page.pk: page for page in found}
    translations = {
        page.translation_key: page
        for page in found
        if locale is not None and page.locale_id == locale.pk and page.live
    }
    links = []
    for page in (chosen[pk] for pk in ids if pk in chosen):
        target = translations.get(page.translation_key, page)
        if target.live:
            links.append({"title": target.title, "url": target.get_url(request)})
    return links


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer's text about the network, in the visitor's language."""
    return FooterText.for_request(context["request"])
