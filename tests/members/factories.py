"""Factories for the members app. Pages need an explicit `parent=`; they are
published unless built with `live=False`."""

import factory

from django.utils.text import slugify

from wagtail.models import Locale

from members.choices import CommitmentStatus, CountryCode
from members.models import CityCommitment, MemberCityPage, MembershipType, PracticePage


class PageFactory(factory.Factory):
    class Meta:
        abstract = True

    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent, live=True, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        else:
            page.live = False
            page.save(update_fields=["live"])
        return page


class MemberCityPageFactory(PageFactory):
    class Meta:
        model = MemberCityPage

    title = factory.Sequence(lambda n: f"Testville {n}")
    country = factory.Iterator([CountryCode.AT, CountryCode.BE, CountryCode.SE])
    latitude = factory.Faker("pydecimal", left_digits=2, right_digits=4, min_value=35, max_value=70)
    longitude = factory.Faker(
        "pydecimal", left_digits=2, right_digits=4, min_value=-10, max_value=30
    )
    listing_summary = factory.Faker("sentence")


class PracticePageFactory(PageFactory):
    class Meta:
        model = PracticePage

    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = factory.Faker("paragraph")
    year = 2022


class MembershipTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipType
        django_get_or_create = ["locale", "slug"]

    name = factory.Sequence(lambda n: f"Membership {n}")
    slug = factory.LazyAttribute(lambda item: slugify(item.name))
    locale = factory.LazyFunction(Locale.get_default)


class CityCommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CityCommitment

    status = CommitmentStatus.IN_PLACE
    year = factory.Faker("pyint", min_value=2000, max_value=2024)
