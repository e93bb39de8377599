from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from activities.models import ActivityType


class ActivityTypeViewSet(SnippetViewSet):
    model = ActivityType
    icon = "calendar-alt"
    menu_label = _("Activity types")
    add_to_admin_menu = True
    menu_order = 305
    list_display = ["name", "slug", "locale"]


register_snippet(ActivityTypeViewSet)
