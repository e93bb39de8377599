from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.models import ResourceType


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "doc-full"
    menu_label = _("Resource types")
    list_display = ["name", "slug", "locale"]


register_snippet(ResourceTypeViewSet)
