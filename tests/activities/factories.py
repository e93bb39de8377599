"""Factories for activities. Pages need an explicit parent:
`ActivityPageFactory(parent=index_page, ...)`."""

import datetime

import factory

from django.utils import timezone

from wagtail.models import Locale

from activities.models import ActivityIndexPage, ActivityPage, ActivityType
from people.models import Organisation, Person


class PageFactory(factory.Factory):
    """Builds the page, then adds it under `parent` and publishes it."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page


class ActivityIndexPageFactory(PageFactory):
    class Meta:
        model = ActivityIndexPage

    title = factory.Sequence(lambda n: f"Activities {n}")
    slug = factory.Sequence(lambda n: f"activities-{n}")


class ActivityTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityType
        django_get_or_create = ("locale", "slug")

    locale = factory.LazyFunction(Locale.get_default)
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
