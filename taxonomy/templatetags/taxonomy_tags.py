from django import template

from home.caching import kept_for_page
from taxonomy.models import Topic, TopicIndexPage, default_locale

register = template.Library()


@register.simple_tag
def filter_fields(filterset, field_class="field", leave_out=""):
    """A listing's filter fields (taxonomy/listing.py), the one way every
    filter form shows them; `leave_out` names a field not to show."""
    return filterset.fields_html(field_class, tuple(name for name in leave_out.split(",") if name))


@register.inclusion_tag("components/tag_links.html")
def tag_links(page, extra_tags=(), extra_label=""):
    """A page's topics and Charter titles as tags, each linking to its page
    under the topics index of the page's language (the default language's
    index where that language has none), with the topic's name in the
    page's language where it is translated. Every page type that is tagged
    shows its tags this way; `extra_tags` (objects with a `name`), named
    `extra_label`, are a list of the page's own shown with them. Kept with
    the content generation per page, so the topics and titles cost no query
    once the page has been shown."""
    links = kept_for_page(page, "tag-links", lambda: links_for(page))
    return {**links, "extra_tags": extra_tags, "extra_label": extra_label}


def links_for(page):
    fallback = default_locale()
    indexes = TopicIndexPage.objects.live().filter(
        locale_id__in=[page.locale_id, fallback.pk if fallback else page.locale_id]
    )
    index = min(indexes, key=lambda index: index.locale_id != page.locale_id, default=None)
    titles = sorted(page.charter_titles.all(), key=lambda title: title.sort_key)
    topics = Topic.localized_for(page.topics.all(), index.locale_id if index else page.locale_id)
    return {
        "topics": [
            {"name": topic.name, "url": index and index.topic_url(topic)} for topic in topics
        ],
        "charter_titles": [
            {"name": title.name, "url": index and index.charter_url(title)} for title in titles
        ],
    }
