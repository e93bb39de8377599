"""The home page's first screen: one action each for cities, partners and
everyone, pointing at the join form, the contact form and the resources in
the home page's language. One query, kept with the content generation."""

from django import template
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home.caching import kept
from home.privacy import public_in_every_language

register = template.Library()

# (key, audience, link text) in the order shown; the first is the main action.
ACTIONS = [
    ("join", _("For cities"), _("Join the network")),
    ("contact", _("For partners"), _("Contact us")),
    ("resources", _("For everyone"), _("Read the resources")),
]


def action_pages(home_page, request):
    """The live, public join, contact and resources pages under `home_page`,
    by the action they serve."""
    from resources.models import ResourceIndexPage

    children = public_in_every_language(
        Page.objects.child_of(home_page)
        .live()
        .filter(
            Q(slug__in=["join", "contact"])
            | Q(content_type__model="resourceindexpage", content_type__app_label="resources")
        ),
        request,
    ).select_related("content_type")
    found = {}
    for page in children:
        if page.content_type.model_class() is ResourceIndexPage:
            found.setdefault("resources", page.get_url(request))
        else:
            found.setdefault(page.slug, page.get_url(request))
    return found


@register.inclusion_tag("home/includes/actions.html", takes_context=True)
def home_actions(context, home_page):
    request = context.get("request")
    urls = kept(f"home-actions:{home_page.pk}", lambda: action_pages(home_page, request))
    actions = [
        {"key": key, "audience": audience, "text": text, "url": urls[key]}
        for key, audience, text in ACTIONS
        if urls.get(key)
    ]
    return {"actions": actions}
