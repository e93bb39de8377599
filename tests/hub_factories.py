"""Factories for the information hub: resources, news and documents. Pages
need an explicit `parent=`; they are published unless built with `live=False`."""

import factory

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Locale

from members.models import MemberCityPage, MemberIndexPage, PracticePage
from news.models import NewsPage
from resources.choices import FileLanguage
from resources.models import ResourceFile, ResourcePage, ResourceType


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


class CityFactory(PageFactory):
    """A member city with only what the hub's tests need."""

    class Meta:
        model = MemberCityPage

    title = factory.Sequence(lambda n: f"Hubton {n}")
    country = "AT"
    listing_summary = factory.Faker("sentence")


class PracticeFactory(PageFactory):
    class Meta:
        model = PracticePage

    title = factory.Sequence(lambda n: f"Hub practice {n}")
    summary = factory.Faker("paragraph")


class ResourceTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResourceType
        django_get_or_create = ["locale", "slug"]

    name = factory.Sequence(lambda n: f"Type {n}")
    slug = factory.LazyAttribute(lambda item: slugify(item.name))
    locale = factory.LazyFunction(Locale.get_default)


class ResourcePageFactory(PageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = factory.Faker("paragraph")
    year = factory.Faker("pyint", min_value=2015, max_value=2024)
    files = factory.LazyFunction(
        lambda: [ResourceFile(language=FileLanguage.EN, external_url="https://example.org/r.pdf")]
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


def member_directory(home):
    """The member directory under `home`, created if the starter content has none."""
    directory = MemberIndexPage.objects.child_of(home).first()
    if directory is None:
        directory = MemberIndexPage(title="Member cities", slug="members")
        home.add_child(instance=directory)
        directory.save_revision().publish()
    return directory
