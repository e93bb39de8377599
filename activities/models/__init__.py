from activities.models.index import ActivityIndexPage
from activities.models.pages import ActivityPage
from activities.models.querysets import ActivityPageManager, ActivityPageQuerySet
from activities.models.relations import (
    ActivityDocument,
    ActivityMemberCity,
    ActivityOrganisation,
    ActivityParticipant,
)
from activities.models.snippets import ActivityType, YouthArea

__all__ = [
    "ActivityDocument",
    "ActivityIndexPage",
    "ActivityMemberCity",
    "ActivityOrganisation",
    "ActivityPage",
    "ActivityPageManager",
    "ActivityPageQuerySet",
    "ActivityParticipant",
    "ActivityType",
    "YouthArea",
]
