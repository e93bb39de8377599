from home.models.mixins import ListingMixin, SocialMixin
from home.models.pages import BasePage, HomePage, StandardPage, StrategicObjective
from home.models.site_settings import SiteSettings
from home.models.snippets import FooterText, NameAndSlugSnippet

__all__ = [
    "BasePage",
    "FooterText",
    "HomePage",
    "ListingMixin",
    "NameAndSlugSnippet",
    "SiteSettings",
    "SocialMixin",
    "StandardPage",
    "StrategicObjective",
]
