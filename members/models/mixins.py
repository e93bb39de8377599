"""Abstract building blocks that other apps' page types take from members."""

from rest_framework import serializers

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import PagePermissionTester

from home.privacy import public_in_every_language


class PublisherDeletesPermissionTester(PagePermissionTester):
    """Wagtail lets anyone who may edit a page delete it while it has never
    been published (and its draft subpages). Here only people who may publish
    a page may delete it: HRCN staff, not a city's own editors."""

    def can_delete(self, ignore_bulk=False):
        if self.user.is_active and not self.user.is_superuser and "publish" not in self.permissions:
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


class PublisherDeletesMixin:
    """For page types that city editors edit (their profile, their practices):
    they may change them but never delete them, before or after the first
    publication, in any language. Staff still can."""

    def permissions_for_user(self, user):
        return PublisherDeletesPermissionTester(user, self)


class RelatedCitiesMixin(models.Model):
    """Links a page to the member cities it is about, with its panel and API
    field. The reverse name follows the app: `city.related_news`,
    `city.related_resources`."""

    related_cities = ParentalManyToManyField(
        "members.MemberCityPage",
        blank=True,
        related_name="related_%(app_label)s",
        help_text=_("Member cities it is about or comes from."),
    )

    related_cities_panels = [FieldPanel("related_cities")]
    related_cities_api_fields = [
        APIField(
            "related_cities",
            serializer=serializers.PrimaryKeyRelatedField(many=True, read_only=True),
        )
    ]

    class Meta:
        abstract = True

    def live_related_cities(self, request=None):
        return public_in_every_language(self.related_cities.live(), request)
