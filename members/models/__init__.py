from members.models.index import MemberIndexPage
from members.models.pages import MemberCityPage
from members.models.practices import PracticePage
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
