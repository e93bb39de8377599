"""The open read API at /api/v2/: pages, images and documents, read-only.

Page types choose what they expose with `api_fields`. See README.md.
"""

from django.db import DatabaseError
from django.db.models import Q
from django.utils.functional import cached_property

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from home.privacy import covered_q
from home.validation import refusable_queries


class SearchSafelyMixin:
    """`?search=` answers a list (maybe empty) or a 400, never a 500: the
    database's full-text search refuses some input (a NUL byte anywhere; on
    SQLite a lone quote or nothing but spaces)."""

    def listing_view(self, request):
        search = request.GET.get("search")
        if search is not None and "\x00" in search:
            raise BadRequestError("search cannot contain a NUL character")
        if search is not None and not search.strip():
            raise BadRequestError("search needs at least one word")
        try:
            with refusable_queries():
                return super().listing_view(request)
        except DatabaseError as error:
            raise BadRequestError("search could not be understood: try other words") from error


class PublicPagesAPIViewSet(SearchSafelyMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, leaving out the pages a view restriction
    covers in any language (home/privacy.py), in listings and details alike.
    As in Wagtail, a restriction the request has passed no longer hides them."""

    @cached_property
    def private_pages(self):
        restrictions = PageViewRestriction.objects.all()
        passed = [r.pk for r in restrictions if r.accept_request(self.request)]
        return covered_q(restrictions.exclude(pk__in=passed))

    def get_base_queryset(self):
        return super().get_base_queryset().exclude(self.private_pages)


class PublicCollectionsMixin:
    """Leaves out the files of collections with a view restriction and of
    the collections below them (a city's files under review,
    members/file_review.py), in listings and details alike."""

    def get_queryset(self):
        restricted = Q(pk__in=[])
        for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
            restricted |= Q(collection__path__startswith=path)
        return super().get_queryset().exclude(restricted)


class SearchableImagesAPIViewSet(SearchSafelyMixin, PublicCollectionsMixin, ImagesAPIViewSet):
    """Wagtail's images endpoint, public files only, with search that never fails."""


class SearchableDocumentsAPIViewSet(SearchSafelyMixin, PublicCollectionsMixin, DocumentsAPIViewSet):
    """Wagtail's documents endpoint, public files only, with search that never fails."""


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", SearchableImagesAPIViewSet)
api_router.register_endpoint("documents", SearchableDocumentsAPIViewSet)
