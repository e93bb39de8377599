"""The directory of member cities, with its comparison table and open data."""

from django.db import models
from django.db.models import Prefetch
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from home.models import BasePage
from home.privacy import public_in_every_language
from home.public_url import absolute_url
from home.schema_org import breadcrumb_list
from members.comparison import ComparisonTable
from members.directory import CityDirectory, feature_collection
from members.models.pages import MemberCityPage
from members.models.relations import CityCommitment


class MemberIndexPage(RoutablePageMixin, BasePage):
    """The directory of member cities (one per locale): map, filters and list,
    plus the comparison table and the open-data routes."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the directory."))

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MemberCityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member directory")

    def cities(self):
        """The live, public member cities of this directory's language."""
        return (
            public_in_every_language(
                MemberCityPage.objects.child_of(self).live().filter(locale_id=self.locale_id)
            )
            .select_related("membership_type")
            .prefetch_related(
                Prefetch(
                    "commitments",
                    queryset=CityCommitment.objects.select_related("document"),
                )
            )
            .order_by("title")
        )

    def directory(self, request):
        return CityDirectory(self, self.cities(), request)

    def route_urls(self, request):
        """Addresses of the routes below this page, for templates."""
        base = self.get_url(request)
        return {
            "compare_url": base + self.reverse_subpage("compare"),
            "geojson_url": base + self.reverse_subpage("geojson").rstrip("/"),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.directory(request).listing_context())
        context.update(self.route_urls(request))
        return context

    # Wagtail routes "members/cities.geojson" as "/cities.geojson/": a route
    # always ends in a slash, the public address (hrcn_site/urls.py) never does.
    @path("cities.geojson/", name="geojson")
    def geojson(self, request):
        """The directory's cities (with its filters) as a GeoJSON FeatureCollection."""
        cities = self.directory(request).filtered_cities()
        return JsonResponse(
            feature_collection(cities, request), content_type="application/geo+json"
        )

    @path("compare/", name="compare")
    def compare(self, request):
        """One row per city, one column per FRA item; ?format=csv or json downloads it."""
        directory = self.directory(request)
        table = ComparisonTable(
            directory.filtered_cities(), request, group=directory.filters.get("group")
        )
        download = request.GET.get("format")
        if download == "csv":
            return table.csv_response()
        if download == "json":
            return table.json_response()
        urls = self.route_urls(request)
        title = _("Compare member cities")
        return TemplateResponse(
            request,
            "members/member_compare.html",
            {
                "page": self,
                "self": self,
                "meta_title": title,
                "canonical_url": urls["compare_url"],
                "filterset": directory.filterset,
                "table": table,
                "structured_data": [
                    breadcrumb_list(
                        self.canonical_page,
                        request,
                        current=(title, absolute_url(urls["compare_url"])),
                    )
                ],
                **urls,
            },
        )
