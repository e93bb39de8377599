"""The open read API at /api/v2/: pages, images and documents, read-only.

Page types choose what they expose with `api_fields`. See README.md.
"""

from django.utils.functional import cached_property

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import PageViewRestriction

from home.privacy import covered_q


class PublicPagesAPIViewSet(PagesAPIViewSet):
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


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
