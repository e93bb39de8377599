"""Page requests: the request's Wagtail site and the home page it is routed
from come from the cache (`home.caching.kept`), then Wagtail's own view
serves the page that `home.routing` finds below that home page."""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Site

from home.caching import kept


class SiteMiddleware:
    """The request's Wagtail site (`Site.find_for_request`) from the cache:
    every page, setting and page URL asks for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        request._wagtail_site = kept(
            f"site:{hostname}:{port}", lambda: Site._find_for_request(request)
        )
        return self.get_response(request)


def localized_home(site):
    """The site's home page in the active language (its translation where it
    has one), as its specific page."""
    return kept(f"home:{site.pk}:{get_language()}", lambda: site.root_page.localized.specific)


def serve(request, path):
    """Wagtail's page view, routed from the home page kept in the cache."""
    site = Site.find_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = localized_home(site).route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
