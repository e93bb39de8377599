from django import template

from home.caching import kept
from home.privacy import public_in_every_language
from members.models import HomePageFeaturedCity, MemberCityPage

register = template.Library()


@register.inclusion_tag("members/includes/featured_cities.html", takes_context=True)
def featured_member_cities(context, home_page):
    """The member cities the editors feature on the home page, live and
    public ones only (kept with the content generation)."""
    request = context["request"]

    def featured():
        public_cities = public_in_every_language(MemberCityPage.objects.live(), request)
        links = (
            HomePageFeaturedCity.objects.filter(page=home_page, city__in=public_cities)
            .select_related("city", "city__membership_type")
            .order_by("sort_order")
        )
        cities = [link.city for link in links]
        for city in cities:
            city.card_url = city.get_url(request)
        return cities

    return {"cities": kept(f"featured-cities:{home_page.pk}", featured)}
