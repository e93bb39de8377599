"""View restrictions that hold in every language.

Wagtail applies a `PageViewRestriction` to its page and the pages below it.
A page's translations, and the aliases wagtail-localize keeps in the
synchronised trees, sit under another language's home page, so Wagtail's
`public()` and its page serving would show them. Our rule: a restriction
covers its page and the pages below it, every language version of those
pages (the pages sharing their `translation_key`), and the pages below those.

Every channel asks here: page serving (`BasePage.get_view_restrictions`),
listings, search, feeds, calendars, the sitemap, open data and the API.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.models import Page, PageViewRestriction

from home.caching import kept
from home.routing import ancestors_of


def covered_root_paths(restrictions):
    """Paths of the pages heading a subtree that `restrictions` (a queryset)
    cover in some language. One query.

    A version whose parent is a version too is left out: its parent's path
    already covers it, so listings filter on a handful of prefixes however
    many pages are restricted."""
    restricted_above = restrictions.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    keys = Page.objects.filter(Exists(restricted_above)).values("translation_key")
    versions = Page.objects.filter(translation_key__in=keys)
    parent_is_version = versions.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return list(
        versions.exclude(Exists(parent_is_version)).order_by("path").values_list("path", flat=True)
    )


def covered_q(restrictions):
    """A filter matching every page `restrictions` (a queryset) cover in some
    language. It is made of plain `path__startswith` lookups, like Wagtail's
    own `private_q()`, so search backends can apply it too. One query."""
    return paths_q(covered_root_paths(restrictions))


def paths_q(paths):
    q = Q()
    for path in paths:
        q |= Q(path__startswith=path)
    # Match no page when nothing is restricted.
    return q if q else Q(pk__in=[])


def covered_paths():
    """`covered_root_paths` of every restriction, kept with the content
    generation (any change to a restriction or a page replaces it)."""
    return kept("covered-paths", lambda: covered_root_paths(PageViewRestriction.objects.all()))


def private_q():
    """A filter matching every page a view restriction covers in some
    language, from the cache (one query when the content has changed)."""
    return paths_q(covered_paths())


def public_in_every_language(queryset):
    """`queryset` without the pages a view restriction covers in any
    language: use it wherever Wagtail's `public()` would do. Listings leave
    a restricted page out even for a visitor who has entered its password,
    as `public()` does."""
    return queryset.exclude(private_q())


def view_restrictions_in_every_language(page, restricted_paths=None):
    """Every restriction that covers `page`: those on it and above it, as in
    Wagtail, and those on or above a language version of it or of one of its
    ancestors. One query for a page just routed (home/routing.py), else two;
    none when `restricted_paths` (`covered_paths` of the request) shows that
    no restriction reaches the page."""
    if restricted_paths is not None and not any(
        page.path.startswith(path) for path in restricted_paths
    ):
        return PageViewRestriction.objects.none()
    keys = [page.translation_key, *(ancestor.translation_key for ancestor in ancestors_of(page))]
    covered = Page.objects.filter(translation_key__in=keys, path__startswith=OuterRef("page__path"))
    return PageViewRestriction.objects.filter(Exists(covered))
