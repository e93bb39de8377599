from django import template

from taxonomy.models import TopicIndexPage

register = template.Library()


@register.inclusion_tag("components/tag_links.html")
def tag_links(page):
    """A page's topics and Charter titles as tags, each linking to its own page."""
    index = TopicIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    titles = sorted(page.charter_titles.all(), key=lambda title: title.sort_key)
    return {
        "topics": [
            {"name": topic.name, "url": index and index.topic_url(topic)}
            for topic in page.topics.all()
        ],
        "charter_titles": [
            {"name": title.name, "url": index and index.charter_url(title)} for title in titles
        ],
    }
