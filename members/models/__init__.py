from members.models.pages import MemberCityPage, MemberIndexPage, PracticePage
from members.models.relations import CityCommitment, HomePageFeaturedCity
from members.models.snippets import MembershipType

__all__ = [
    "CityCommitment",
    "HomePageFeaturedCity",
    "MemberCityPage",
    "MemberIndexPage",
    "MembershipType",
    "PracticePage",
]
