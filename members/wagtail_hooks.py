from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members.admin_isolation import (
    DocumentsForUserAPIViewSet,
    ImagesForUserAPIViewSet,
    count_only_editable_pages,
    is_city_editor,
    restrict_page_chooser,
    search_only_editable_pages,
    start_explorer_at_city,
)
from members.dashboard import cities_without_position, city_editor_home
from members.models import MemberCityPage, MembershipType
from members.views import (
    PERMISSION,
    AddMemberCityView,
    ApproveFileView,
    PendingFilesView,
    ResendInvitationView,
    city_editors,
    editor_cities,
)


class MembershipTypeViewSet(SnippetViewSet):
    model = MembershipType
    icon = "group"
    menu_label = _("Membership types")
    list_display = ["name", "slug", "locale"]


register_snippet(MembershipTypeViewSet)


@hooks.register("register_admin_urls")
def register_add_member_city_url():
    return [
        path("members/add-city/", AddMemberCityView.as_view(), name="members_add_city"),
        path("members/files/", PendingFilesView.as_view(), name="members_pending_files"),
        path(
            "members/editors/<int:user_id>/invite/",
            ResendInvitationView.as_view(),
            name="members_resend_invitation",
        ),
        path(
            "members/files/<str:kind>/<int:pk>/approve/",
            ApproveFileView.as_view(),
            name="members_approve_file",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def register_add_member_city_menu_item():
    return StaffMenuItem(
        _("Add member city"), reverse("members_add_city"), icon_name="site", order=250
    )


@hooks.register("construct_page_chooser_queryset")
def city_editors_choose_among_what_they_may_see(pages, request):
    return restrict_page_chooser(pages, request)


# After Wagtail's own registrations (order 0), which these replace.
@hooks.register("construct_admin_api", order=100)
def admin_api_lists_only_permitted_media(router):
    router.register_endpoint("images", ImagesForUserAPIViewSet)
    router.register_endpoint("documents", DocumentsForUserAPIViewSet)


@hooks.register("register_reports_menu_item")
def register_pending_files_menu_item():
    return StaffMenuItem(
        _("Files under review"), reverse("members_pending_files"), icon_name="doc-full", order=50
    )


@hooks.register("construct_reports_menu")
def hide_site_history_from_city_editors(request, menu_items):
    if is_city_editor(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]


@hooks.register("construct_homepage_panels")
def show_city_editors_their_city(request, panels):
    city_editor_home(request, panels)


@hooks.register("construct_homepage_panels")
def show_staff_the_cities_without_position(request, panels):
    cities_without_position(request, panels)


# After Wagtail's own item is added.
@hooks.register("construct_homepage_summary_items", order=100)
def city_editors_count_their_pages(request, summary_items):
    count_only_editable_pages(request, summary_items)


@hooks.register("construct_explorer_page_queryset")
def city_editors_search_their_pages(parent_page, pages, request):
    return search_only_editable_pages(parent_page, pages, request)


@hooks.register("construct_main_menu")
def city_editors_explore_from_their_city(request, menu_items):
    start_explorer_at_city(request, menu_items)


@hooks.register("register_page_header_buttons")
def resend_invitation_buttons(page, user, view_name, next_url=None):
    """In the "…" menu of a city page, for staff: one per editor of the city."""
    if page.specific_class is not MemberCityPage or not user.has_perm(PERMISSION):
        return
    for editor in city_editors(page):
        yield Button(
            _("Resend invitation to %(email)s") % {"email": editor.email},
            reverse("members_resend_invitation", args=[editor.pk]),
            icon_name="mail",
            priority=80,
        )


@hooks.register("register_user_listing_buttons")
def resend_invitation_button(user, request_user):
    """In the admin's user list, on each city editor, for staff."""
    if request_user.has_perm(PERMISSION) and editor_cities(user).exists():
        yield ListingButton(
            _("Resend invitation"),
            reverse("members_resend_invitation", args=[user.pk]),
            icon_name="mail",
            priority=50,
        )
