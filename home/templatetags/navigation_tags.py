"""Menus and breadcrumbs, built from the page tree (`show_in_menus`).

Each tag runs a fixed number of queries, however many pages there are.
"""

from django import template

from wagtail.models import Locale, Page, Site

from home.models import FooterText, SiteSettings
from home.privacy import public_in_every_language
from home.seo import breadcrumb_trail

register = template.Library()


def localized_site_root(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = localized_site_root(request)
    current = context.get("page")
    items = []
    if root is not None:
        for item in public_in_every_language(root.get_children().live().in_menu(), request):
            items.append(
                {
                    "title": item.title,
                    "url": item.get_url(request),
                    "is_current": current is not None and current.pk == item.pk,
                    "is_ancestor": current is not None
                    and current.pk != item.pk
                    and current.path.startswith(item.path),
                }
            )
    return {
        "home_url": root.get_url(request) if root else "/",
        "items": items,
        "site_settings": SiteSettings.for_request(request),
    }


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    ancestors = breadcrumb_trail(page)[:-1]
    crumbs = [{"title": a.title, "url": a.get_url(request)} for a in ancestors]
    return {"crumbs": crumbs, "current": page.title}


@register.simple_tag(takes_context=True)
def footer_links(context, site_settings):
    """The footer's page links, each in the visitor's language where a live
    translation (or alias) exists: two queries, however many links."""
    request = context["request"]
    pages = [block.value for block in site_settings.footer_links if block.value]
    if not pages:
        return []
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = None
    localized = {}
    if locale is not None:
        localized = {
            page.translation_key: page
            for page in Page.objects.filter(
                translation_key__in=[page.translation_key for page in pages], locale=locale
            ).live()
        }
    links = []
    for page in pages:
        target = localized.get(page.translation_key, page)
        if target.live:
            links.append({"title": target.title, "url": target.get_url(request)})
    return links


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer's text about the network, in the visitor's language."""
    return FooterText.for_request(context["request"])
