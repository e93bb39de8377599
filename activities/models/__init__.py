from activities.models.pages import (
    ActivityDocument,
    ActivityIndexPage,
    ActivityMemberCity,
    ActivityOrganisation,
    ActivityPage,
    ActivityParticipant,
)
from activities.models.snippets import ActivityType, YouthArea

__all__ = [
    "ActivityDocument",
    "ActivityIndexPage",
    "ActivityMemberCity",
    "ActivityOrganisation",
    "ActivityPage",
    "ActivityParticipant",
    "ActivityType",
    "YouthArea",
]
