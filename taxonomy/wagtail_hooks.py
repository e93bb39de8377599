from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from taxonomy.models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "slug", "locale"]


register_snippet(TopicViewSet)
