from django import template

from home.caching import kept
from home.privacy import public_in_every_language
from members.choices import COMMITMENT_GROUPS, CountryCode
from members.models import HomePageFeaturedCity, MemberCityPage, MemberIndexPage

register = template.Library()

# How many cities the home page's first screen names.
HOME_CITIES = 6


@register.inclusion_tag("members/includes/featured_cities.html", takes_context=True)
def featured_member_cities(context, home_page):
    """The member cities on the home page's first screen: all those the editors
    feature, in their order, else the first ones of the page's language by
    name; live and public ones only. Three queries, kept with the content
    generation."""
    request = context["request"]

    def featured():
        public_cities = public_in_every_language(MemberCityPage.objects.live())
        links = (
            HomePageFeaturedCity.objects.filter(page=home_page, city__in=public_cities)
            .select_related("city")
            .order_by("sort_order")
        )
        cities = [link.city for link in links]
        in_language = public_cities.filter(locale_id=home_page.locale_id)
        if not cities:
            cities = list(in_language.order_by("title")[:HOME_CITIES])
        index = MemberIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
        return {
            "cities": [
                {"title": city.title, "url": city.get_url(request), "country": city.country}
                for city in cities
            ],
            "total": in_language.count(),
            "index_url": index.get_url(request) if index else "",
        }

    found = kept(f"featured-cities:{home_page.pk}", featured)
    cities = [
        {**city, "country_name": CountryCode(city["country"]).label if city["country"] else ""}
        for city in found["cities"]
    ]
    return {**found, "cities": cities}


@register.inclusion_tag("members/includes/fra_framework.html", takes_context=True)
def fra_framework(context, home_page):
    """The FRA framework's three groups and their items, as the city
    profiles and the comparison record them, with a link to the comparison."""
    request = context.get("request")

    def routes():
        index = MemberIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
        return index.route_urls(request) if index else {}

    groups = [
        (group.label, [kind.label for kind in kinds]) for group, kinds in COMMITMENT_GROUPS.items()
    ]
    return {"groups": groups, **kept(f"member-routes:{home_page.pk}", routes)}
