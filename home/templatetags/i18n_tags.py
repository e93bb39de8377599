"""The language switcher and the hreflang alternates of a page.

A page is offered in another language only where a real translation is live:
an alias that wagtail-localize keeps in a synchronised tree shows the source
text, so it is not a translation and is not offered as one. The switcher
still offers every language: where the page has no translation, it links to
the nearest ancestor that has one (the section's index, else the home page)
and says so.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page, Site

from home.caching import kept
from home.locales import locale_by_id, locale_for_language
from home.privacy import public_in_every_language
from home.public_url import absolute_url
from home.routing import ancestors_of
from home.serving import localized_home

register = template.Library()


def page_translations(page, request):
    """(language code, URL) for every live, public, real translation of a page,
    the page itself included, in the order of settings.LANGUAGES. One query."""
    cached = getattr(page, "_translations", None)
    if cached is None:
        cached = page._translations = kept(
            f"translations:{page.pk}", lambda: translation_links(page, request)
        )
    return cached


def translation_links(page, request):
    translations = public_in_every_language(
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).live()
    ).select_related("locale")
    by_language = {t.locale.language_code: t for t in translations}
    if page.alias_of_id is None:
        locale = locale_by_id(page.locale_id) or page.locale
        by_language.setdefault(locale.language_code, page)
    return [
        (code, by_language[code].get_url(request))
        for code, _name in settings.LANGUAGES
        if code in by_language
    ]


def switcher_translations(page, request):
    """(language code, URL, title of the page linked instead or "") for every
    language, in the order of settings.LANGUAGES: the page's real
    translations, the page itself in its own language (an alias included),
    and for any other language the nearest ancestor translated into it. One
    query besides `page_translations`, none when every language has one."""
    return kept(f"language-switcher:{page.pk}", lambda: nearest_translations(page, request))


def nearest_translations(page, request):
    exact = dict(page_translations(page, request))
    own = (locale_by_id(page.locale_id) or page.locale).language_code
    exact.setdefault(own, page.get_url(request))
    missing = [code for code, _name in settings.LANGUAGES if code not in exact]
    nearest = {}
    if missing:
        # Nearest first; the root (depth 1) is no page of the site.
        ancestors = [a for a in reversed(ancestors_of(page)) if a.depth > 1]
        found = public_in_every_language(
            Page.objects.filter(
                translation_key__in=[a.translation_key for a in ancestors],
                locale__language_code__in=missing,
                alias_of__isnull=True,
            ).live()
        ).select_related("locale")
        by_key = {(p.translation_key, p.locale.language_code): p for p in found}
        for code in missing:
            target = next(
                (
                    by_key[a.translation_key, code]
                    for a in ancestors
                    if (a.translation_key, code) in by_key
                ),
                None,
            )
            if target is not None:
                nearest[code] = (target.get_url(request), target.title)
    pairs = []
    for code, _name in settings.LANGUAGES:
        if code in exact:
            pairs.append((code, exact[code], ""))
        elif code in nearest:
            pairs.append((code, *nearest[code]))
    return pairs


def language_homes(request):
    """(language code, URL) of the home page of every language that has one,
    in the order of settings.LANGUAGES: where a visitor can go from a page
    that does not exist."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    pairs = []
    for code, _name in settings.LANGUAGES:
        locale = locale_for_language(code)
        with translation.override(code):
            home = localized_home(site)
        if locale is not None and home.locale_id == locale.pk:
            pairs.append((code, home.get_url(request)))
    return pairs


def language_links(context, to_home=False, nearest=False):
    """Links to the current page in each language it is translated into;
    with `nearest` (the switcher), to the nearest translated ancestor in
    the others, with that page's title as `nearest_title`."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    if to_home:
        pairs = [(code, url, "") for code, url in language_homes(request)]
    elif isinstance(page, Page) and nearest:
        pairs = switcher_translations(page, request)
    elif isinstance(page, Page):
        pairs = [(code, url, "") for code, url in page_translations(page, request)]
    else:
        pairs = [
            (code, translate_url(request.path, code), "") for code, _name in settings.LANGUAGES
        ]
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": url,
            "is_current": code == current,
            "nearest_title": nearest_title,
        }
        for code, url, nearest_title in pairs
        if url
    ]


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, to_home=False):
    """Links to the current page in the other languages; with `to_home`
    (a page that does not exist), to each language's home page."""
    links = language_links(context, to_home, nearest=True)
    # On an alias (no translation in the visitor's language) the real
    # translations are still offered, so the visitor can always get back.
    return {"links": links if any(not link["is_current"] for link in links) else []}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    links = language_links(context)
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {
        "links": [{"code": link["code"], "url": absolute_url(link["url"])} for link in links]
        if len(links) > 1
        else [],
        "default_url": absolute_url(default["url"]) if default else "",
    }


@register.simple_tag(takes_context=True)
def language_home_url(context):
    """The home page in the visitor's language, else the site's home page."""
    homes = dict(language_homes(context["request"]))
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE) or "/"
