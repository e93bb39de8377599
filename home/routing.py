"""Page routing in a fixed number of queries, whatever the depth of the page.

Wagtail's `Page.route` walks the path one level at a time: a query for the
child with the next slug and another for its specific page, so a page three
levels down costs six queries. `route_below` finds every page on the path in
one query (by `url_path`), then loads the specific page served: two queries.

The outcome is Wagtail's: a page whose type routes its own sub-paths (a
`RoutablePageMixin` page whose routes match the rest of the path, or any
page type overriding `route`) is handed the rest of the path, exactly as
`Page.route` would hand it; a missing or draft page is a 404.

The pages found on the way are kept on the page served (`ancestors_of`), so
breadcrumbs and view restrictions need no query of their own.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from home.caching import kept


def routes_itself(page_class, remaining):
    """Whether `page_class` takes over the routing of `remaining` (path
    components) from Wagtail's child-by-slug walk."""
    if page_class.route is Page.route:
        return False
    if page_class.route is RoutablePageMixin.route:
        path = "/" + "".join(f"{component}/" for component in remaining)
        try:
            page_class.get_resolver().resolve(path)
        except Resolver404:
            return False  # RoutablePageMixin falls back to the children
        return True
    return True


@dataclass
class Walk:
    """Where a path leads below a page: the page reached (specific), the
    pages above it, and what is left of the path for a page that routes its
    own sub-paths (None when the path ends at the page)."""

    page: Page
    above: list
    remaining: list = None


def route_below(root, request, path_components):
    """Route `path_components` below `root` (the specific page that received
    them) as Wagtail's `Page.route` would, in two queries. Where a path ends
    at a page of the tree, the walk is kept with the content generation
    (home.caching): the next visitor's request routes without a query. Paths
    handed to a page's own routes are not kept: there is no end to them."""
    walk = kept(
        f"route:{root.pk}:{'/'.join(path_components)}",
        lambda: walk_below(root, path_components),
        keep=lambda walk: walk.remaining is None,
    )
    page = walk.page
    if walk.remaining is not None:
        result = page.route(request, walk.remaining)
        if result.page is page:
            page._hrcn_ancestors = walk.above
        return result
    page._hrcn_ancestors = walk.above
    if routes_itself(type(page), []):
        return page.route(request, [])
    if not page.live:
        raise Http404
    return RouteResult(page)


def walk_below(root, path_components):
    prefixes = []
    url_path = root.url_path
    for component in path_components:
        url_path += f"{component}/"
        prefixes.append(url_path)
    paths_above = [root.path[: depth * Page.steplen] for depth in range(1, root.depth)]
    pages = list(
        Page.objects.filter(
            Q(url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth)
            | Q(path__in=paths_above)
        ).order_by("path")
    )
    found = {page.url_path: page for page in pages if page.depth > root.depth}
    above_root = [page for page in pages if page.depth < root.depth]
    trail = [root]
    for depth, url_path in enumerate(prefixes, start=1):
        page = found.get(url_path)
        if page is None or page.depth != root.depth + depth:
            raise Http404
        if depth < len(prefixes) and routes_itself(page.specific_class, path_components[depth:]):
            return Walk(page.specific, [*above_root, *trail], path_components[depth:])
        trail.append(page)
    page = specific_with_source(trail.pop())
    return Walk(page, [*above_root, *trail])


def specific_with_source(page):
    """`page.specific`, with the page an alias copies (`alias_of`) in the
    same query (the language metadata of an alias reads it), and what its
    type names in `serve_select_related`."""
    model = page.specific_class
    if model is None:
        return page.specific
    related = getattr(model, "serve_select_related", ())
    return model._default_manager.select_related("alias_of", *related).get(pk=page.pk)


def ancestors_of(page):
    """The ancestors of `page`, top down: from routing when the page was
    served, else one query."""
    ancestors = getattr(page, "_hrcn_ancestors", None)
    if ancestors is None:
        ancestors = list(page.get_ancestors())
        page._hrcn_ancestors = ancestors
    return ancestors
