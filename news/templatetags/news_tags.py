"""The latest news on the home page, in the page's language: two queries,
kept with the content generation."""

from django import template

from home.caching import kept
from home.privacy import public_in_every_language
from news.models import NewsIndexPage, NewsPage

register = template.Library()

LATEST = 3


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, home_page):
    request = context.get("request")

    def latest():
        index = NewsIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
        if index is None:
            return {}
        items = (
            public_in_every_language(NewsPage.objects.child_of(index).live())
            .select_related("listing_image")
            .order_by("-date", "-first_published_at")[:LATEST]
        )
        return {"index_page": index, "items": list(items)}

    return {"request": request, **kept(f"latest-news:{home_page.pk}", latest)}
