"""The site's locales without a query per use.

Wagtail's `Locale.get_active()` and `page.locale` each ask the database, and
a page view asks several times (menu, footer, links, language metadata). The
locales are a handful of rows that change only when staff add a language, so
they are kept with the content generation (`home.caching.kept`), which any
change to a locale replaces.
"""

from django.conf import settings
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from home.caching import kept


def locale_rows():
    """(id, language code) of every locale: from the cache, else one query."""
    return kept("locales", lambda: list(Locale.objects.values_list("id", "language_code")))


def locale_for_language(language_code):
    """The Locale of `language_code` (or its supported variant), as
    `Locale.objects.get_for_language` finds it, or None."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    for pk, row_code in locale_rows():
        if row_code == code:
            return Locale(pk=pk, language_code=row_code)
    return None


def locale_by_id(pk):
    for row_pk, code in locale_rows():
        if row_pk == pk:
            return Locale(pk=row_pk, language_code=code)
    return None


def active_locale():
    """What `Locale.get_active()` answers: the locale of the active language,
    else the default locale, else None."""
    return locale_for_language(translation.get_language()) or locale_for_language(
        settings.LANGUAGE_CODE
    )


def localized(page):
    """`page.localized` (its live translation in the active language, else
    the page itself), with the locale from the cache: no query when the page
    is already in the active language, one otherwise."""
    locale = active_locale()
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or locale is None:
        return page
    if locale.pk == page.locale_id:
        return page
    translation_ = page.get_translation_or_none(locale)
    return translation_ if translation_ is not None and translation_.live else page
