from home.models.mixins import ListingMixin, SocialMixin
from home.models.pages import BasePage, HomePage, StandardPage, StrategicObjective
from home.models.site_settings import SiteSettings

__all__ = [
    "BasePage",
    "HomePage",
    "ListingMixin",
    "SiteSettings",
    "SocialMixin",
    "StandardPage",
    "StrategicObjective",
]
