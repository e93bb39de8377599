"""The home page's first screen: one action each for cities, partners and
everyone, pointing at the key pages of the site settings (join, contact,
resources) in the home page's language. Kept with the content generation."""

from django import template
from django.utils.translation import gettext_lazy as _

from home.caching import kept
from home.models import SiteSettings
from home.recording import player_for

register = template.Library()

# (key, audience, link text) in the order shown; the first is the main action.
ACTIONS = [
    ("join", _("For cities"), _("Join the network")),
    ("contact", _("For partners"), _("Contact us")),
    ("resources", _("For everyone"), _("Read the resources")),
]


@register.inclusion_tag("home/includes/actions.html", takes_context=True)
def home_actions(context, home_page):
    request = context.get("request")
    site_settings = SiteSettings.for_request(request)

    def action_urls():
        pages = site_settings.key_pages(home_page.locale_id)
        return {key: page.get_url(request) for key, page in pages.items()}

    urls = kept(f"home-actions:{home_page.pk}", action_urls)
    actions = [
        {"key": key, "audience": audience, "text": text, "url": urls[key]}
        for key, audience, text in ACTIONS
        if urls.get(key)
    ]
    return {"actions": actions}


@register.simple_tag
def recording_player(url):
    """The click-to-load player for a recording's address, or None."""
    return player_for(url)
