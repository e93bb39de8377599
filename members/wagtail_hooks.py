from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members.models import MembershipType
from members.views import PERMISSION, AddMemberCityView


class MembershipTypeViewSet(SnippetViewSet):
    model = MembershipType
    icon = "group"
    menu_label = _("Membership types")
    list_display = ["name", "slug", "locale"]


register_snippet(MembershipTypeViewSet)


@hooks.register("register_admin_urls")
def register_add_member_city_url():
    return [path("members/add-city/", AddMemberCityView.as_view(), name="members_add_city")]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def register_add_member_city_menu_item():
    return StaffMenuItem(
        _("Add member city"), reverse("members_add_city"), icon_name="site", order=250
    )
