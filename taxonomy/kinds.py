"""The kinds of content the hub gathers on topic, Charter and search pages.

Each kind names its model by string, so the hub keeps working while an app
is still being built: a kind whose model is not installed yet is skipped.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from home.privacy import public_in_every_language
from taxonomy.models import CharterTitle, Topic


@dataclass(frozen=True)
class ContentKind:
    key: str
    label: str
    model_label: str

    @cached_property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except (LookupError, ValueError):
            return None

    def tag_field(self, target):
        """Name of the many-to-many field linking this kind to `target`
        (Topic or CharterTitle), or None if it has none."""
        if self.model is None:
            return None
        for field in self.model._meta.get_fields():
            if field.many_to_many and not field.auto_created and field.related_model is target:
                return field.name
        return None


CONTENT_KINDS = [
    ContentKind("practices", _("Practices"), "members.PracticePage"),
    ContentKind("cities", _("Member cities"), "members.MemberCityPage"),
    ContentKind("activities", _("Activities"), "activities.ActivityPage"),
    ContentKind("resources", _("Resources"), "resources.ResourcePage"),
    ContentKind("news", _("News"), "news.NewsPage"),
]


def installed_kinds():
    return [kind for kind in CONTENT_KINDS if kind.model is not None]


def tagged_with(obj, locale, request=None):
    """Everything live and public in `locale` tagged with a topic or Charter
    title, as (kind, pages) pairs: one query per kind, however much there is."""
    target = Topic if isinstance(obj, Topic) else CharterTitle
    groups = []
    for kind in installed_kinds():
        field = kind.tag_field(target)
        if field is None:
            continue
        # A topic in any language: pages keep the topic they were tagged
        # with until it is translated and the tag is changed.
        tag = (
            {f"{field}__translation_key": obj.translation_key} if target is Topic else {field: obj}
        )
        pages = list(
            public_in_every_language(kind.model.objects.live(), request)
            .filter(locale=locale, **tag)
            .distinct()
            .select_related("listing_image")
            .order_by("title")
        )
        groups.append((kind, pages))
    return groups
