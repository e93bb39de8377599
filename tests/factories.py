"""The factories every test uses: pages of all apps, snippets and documents.
Pages need an explicit `parent=`; they are published unless built with
`live=False`. Every random value is generated lazily."""

import datetime

import factory

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Locale

from activities.models import ActivityIndexPage, ActivityPage, ActivityType
from home.choices import EULanguage
from members.choices import CommitmentStatus, CountryCode
from members.models import (
    CityCommitment,
    MemberCityPage,
    MemberIndexPage,
    MembershipType,
    PracticePage,
)
from news.models import NewsPage
from people.models import Organisation, Person
from resources.models import ResourceFile, ResourcePage, ResourceType


class PageFactory(factory.Factory):
    """Builds the page, adds it under `parent` and publishes it (or leaves a
    draft with `live=False`)."""

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


class TranslatableSnippetFactory(factory.django.DjangoModelFactory):
    """A snippet of the default locale, found again by its slug."""

    class Meta:
        abstract = True
        django_get_or_create = ["locale", "slug"]

    slug = factory.LazyAttribute(lambda item: slugify(item.name))
    locale = factory.LazyFunction(Locale.get_default)


# Members


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


class MembershipTypeFactory(TranslatableSnippetFactory):
    class Meta:
        model = MembershipType

    name = factory.Sequence(lambda n: f"Membership {n}")


class CityCommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CityCommitment

    status = CommitmentStatus.IN_PLACE
    year = factory.Faker("pyint", min_value=2000, max_value=2024)


def member_directory(home):
    """The member directory under `home`, created if the starter content has none."""
    directory = MemberIndexPage.objects.child_of(home).first()
    if directory is None:
        directory = MemberIndexPage(title="Member cities", slug="members")
        home.add_child(instance=directory)
        directory.save_revision().publish()
    return directory


# People


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Faker("name")
    role = factory.Faker("job")
    organisation = factory.Faker("company")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Faker("company")
    website = factory.Faker("url")


# Activities


class ActivityIndexPageFactory(PageFactory):
    class Meta:
        model = ActivityIndexPage

    title = factory.Sequence(lambda n: f"Activities {n}")
    slug = factory.Sequence(lambda n: f"activities-{n}")


class ActivityTypeFactory(TranslatableSnippetFactory):
    class Meta:
        model = ActivityType

    name = factory.Sequence(lambda n: f"Format {n}")
    slug = factory.Sequence(lambda n: f"format-{n}")


class ActivityPageFactory(PageFactory):
    """An online activity starting in a week and lasting 90 minutes."""

    class Meta:
        model = ActivityPage

    title = factory.Faker("sentence", nb_words=5)
    slug = factory.Sequence(lambda n: f"activity-{n}")
    summary = factory.Faker("paragraph", nb_sentences=2)
    activity_type = factory.SubFactory(ActivityTypeFactory)
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(
        lambda activity: activity.start + datetime.timedelta(minutes=90) if activity.start else None
    )


# Information hub


class ResourceTypeFactory(TranslatableSnippetFactory):
    class Meta:
        model = ResourceType

    name = factory.Sequence(lambda n: f"Type {n}")


class ResourcePageFactory(PageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = factory.Faker("paragraph")
    year = factory.Faker("pyint", min_value=2015, max_value=2024)
    files = factory.LazyFunction(
        lambda: [ResourceFile(language=EULanguage.EN, external_url="https://example.org/r.pdf")]
    )


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
    summary = factory.Faker("sentence")
    date = factory.Faker("date_between", start_date="-2y", end_date="today")


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(
        lambda doc: ContentFile(b"%PDF-1.4 test", name=f"{slugify(doc.title)}.pdf")
    )


# A contact form post a real person would send (the starter Contact page's fields).
HONEST = {
    "your_name": "Ana Example",
    "your_e_mail_address": "ana@example.org",
    "organisation_or_city": "City of Example",
    "your_message": "How do other cities monitor human rights?",
    "consent": "on",
}
