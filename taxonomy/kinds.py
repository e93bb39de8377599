"""The kinds of content the hub gathers on topic, Charter and search pages.

Each kind names its model by string, so that taxonomy imports no content app.
Every kind is tagged through `TaggingMixin` (its `topics` and
`charter_titles` fields).
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from home.privacy import public_in_every_language


@dataclass(frozen=True)
class ContentKind:
    key: str
    label: str
    model_label: str

    @cached_property
    def model(self):
        return apps.get_model(self.model_label)


CONTENT_KINDS = [
    ContentKind("practices", _("Practices"), "members.PracticePage"),
    ContentKind("cities", _("Member cities"), "members.MemberCityPage"),
    ContentKind("activities", _("Activities"), "activities.ActivityPage"),
    ContentKind("resources", _("Resources"), "resources.ResourcePage"),
    ContentKind("news", _("News"), "news.NewsPage"),
]


def tagged_with(tag_filter, locale):
    """Everything live and public in `locale` tagged as `tag_filter` says (the
    `tag_filter` of a topic or a Charter title), as (kind, pages) pairs: one
    query per kind, however much there is."""
    groups = []
    for kind in CONTENT_KINDS:
        pages = list(
            public_in_every_language(kind.model.objects.live())
            .filter(locale=locale, **tag_filter)
            .distinct()
            .select_related("listing_image")
            .order_by("title")
        )
        groups.append((kind, pages))
    return groups
