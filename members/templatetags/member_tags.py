from django import template

from members.models import HomePageFeaturedCity

register = template.Library()


@register.inclusion_tag("members/includes/featured_cities.html", takes_context=True)
def featured_member_cities(context, home_page):
    """The member cities the editors feature on the home page, live ones only."""
    request = context["request"]
    links = (
        HomePageFeaturedCity.objects.filter(page=home_page, city__live=True)
        .select_related("city", "city__membership_type")
        .order_by("sort_order")
    )
    cities = [link.city for link in links]
    for city in cities:
        city.card_url = city.get_url(request)
    return {"cities": cities}
