"""What a member city's editors see of the rest of the admin.

Wagtail already keeps a city editor out of other cities' pages, images and
documents in the explorer, the editors and the media listings. These are the
places it does not: the admin API's image and document endpoints, the page
chooser (which lists every page, drafts included) and the site history
report (whose filters list every user who changed anything the editor may
see). Staff and superusers see everything as before.

A city editor's explorer starts at its city: Wagtail starts it at the
common ancestor of the pages the editor may edit, which is the site root as
soon as the city has a translation. So the explorer's pages above the city
(the root, the home pages, the member directory) send a city editor to its
city, in that page's language, and the admin's page search and the
dashboard's page count (members/wagtail_hooks.py) count only the pages the
editor may edit.

City editors may translate (the group has wagtail-localize's
`submit_translation`), but wagtail-localize checks only that permission
before it copies a page or snippet for translation. Its submit and update
views are wrapped here so that anyone translates only what they may edit.
"""

from functools import wraps

from wagtail_localize.views import report, submit_translations, update_translations

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import get_language

from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.views import chooser
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.viewsets.pages import base_page_viewset, page_viewset_registry
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.permissions import user_can_edit_snippet_type

from members.models import MemberCityPage, PracticePage
from members.onboarding import EDITOR_GROUP_PREFIX
from members.views import PERMISSION as STAFF_PERMISSION


def is_city_editor(user):
    """A member of a "City editors: ..." group who is not HRCN staff."""
    if not user.is_authenticated or user.is_superuser or user.has_perm(STAFF_PERMISSION):
        return False
    return user.groups.filter(name__startswith=EDITOR_GROUP_PREFIX).exists()


def own_pages(user):
    """The pages the user's groups were given, in every language: the roots of
    what a city editor edits."""
    keys = GroupPagePermission.objects.filter(group__user=user).values("page__translation_key")
    own = Q(pk__in=[])
    for page_path in Page.objects.filter(translation_key__in=keys).values_list("path", flat=True):
        own |= Q(path__startswith=page_path)
    return own


def pages_a_city_editor_may_see(user):
    """Its own city (drafts included) and every live page, except another
    city's pages with changes waiting for review: their admin title is the
    draft's."""
    city_types = ContentType.objects.get_for_models(MemberCityPage, PracticePage).values()
    pending_elsewhere = Q(content_type__in=city_types, has_unpublished_changes=True)
    return Page.objects.filter(own_pages(user) | (Q(live=True) & ~pending_elsewhere))


def editable_pages(user):
    return Page.objects.filter(own_pages(user))


def home_city(user, language_code=None):
    """The city page a city editor starts from: the copy in `language_code`
    (the admin's language when not given), else the default language's."""
    cities = MemberCityPage.objects.filter(
        pk__in=GroupPagePermission.objects.filter(group__user=user).values("page")
    ).select_related("locale")
    by_language = {city.locale.language_code: city for city in cities.order_by("-pk")}
    for code in (language_code or get_language(), Locale.get_default().language_code):
        if code in by_language:
            return by_language[code]
    return next(iter(by_language.values()), None)


def explore(request, parent_page_id=None, results_only=False):
    """The page explorer, which sends a city editor from anywhere outside its
    own pages (the root, a home page, the directory) to its city."""
    if is_city_editor(request.user) and not (
        parent_page_id is not None
        and editable_pages(request.user).filter(pk=parent_page_id).exists()
    ):
        parent = Page.objects.filter(pk=parent_page_id).select_related("locale").first()
        city = home_city(request.user, parent.locale.language_code if parent else None)
        if city is not None:
            return redirect("wagtailadmin_explore", city.pk)
    if parent_page_id is None:
        view = page_viewset_registry.as_view("index", is_base_page=True)
        return view(request)
    name = "index_results" if results_only else "index"
    view = page_viewset_registry.as_view(name, parent_page_id_kwarg="parent_page_id")
    return view(request, parent_page_id=parent_page_id)


class EditablePagesPolicy(PagePermissionPolicy):
    """Wagtail's page policy, except that a city editor explores only the
    pages it may edit, not their ancestors too."""

    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        return pages.filter(own_pages(user)) if is_city_editor(user) else pages


editable_pages_policy = EditablePagesPolicy(Page)


class EditablePagesSearchView(SearchView):
    permission_policy = editable_pages_policy


def search_only_editable_pages(parent_page, pages, request):
    """The `construct_explorer_page_queryset` hook: the explorer's own search
    (on a listing, "search all pages" included) finds only pages a city editor
    may edit. The sidebar's explorer (`for_explorer`) still shows the pages
    above its city, as Wagtail does, to walk back down to it."""
    if request.GET.get("for_explorer") or not is_city_editor(request.user):
        return pages
    return pages.filter(pk__in=editable_pages(request.user).values("pk"))


class CityPagesSummaryItem(PagesSummaryItem):
    """The dashboard's "N Pages" for a city editor: its city's pages, in
    every language, linking to its city in the explorer."""

    def get_context_data(self, parent_context):
        city = home_city(self.request.user)
        if city is None:
            return super().get_context_data(parent_context)
        return {
            "root_page": city,
            "total_pages": editable_pages(self.request.user).count(),
            "site_name": city.title,
        }


def count_only_editable_pages(request, summary_items):
    """The `construct_homepage_summary_items` hook."""
    if is_city_editor(request.user):
        summary_items[:] = [
            CityPagesSummaryItem(request) if type(item) is PagesSummaryItem else item
            for item in summary_items
        ]


class CityExplorerMenuItem(MenuItem):
    """The sidebar's "Pages", opening at a city page."""

    def __init__(self, *args, start_page, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_page = start_page

    def render_component(self, request):
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, self.start_page.pk, icon_name=self.icon_name
        )


def start_explorer_at_city(request, menu_items):
    """The `construct_main_menu` hook: the sidebar explorer of a city editor
    opens at its city."""
    if not is_city_editor(request.user):
        return
    city = home_city(request.user)
    if city is None:
        return
    for index, item in enumerate(menu_items):
        if item.name == "explorer":
            menu_items[index] = CityExplorerMenuItem(
                item.label,
                reverse("wagtailadmin_explore", args=[city.pk]),
                name=item.name,
                icon_name=item.icon_name,
                order=item.order,
                start_page=city,
            )


def restrict_page_chooser(pages, request):
    """The `construct_page_chooser_queryset` hook: browsing and search."""
    if not is_city_editor(request.user):
        return pages
    # A subquery, so that the chooser's search can still filter on it.
    return pages.filter(pk__in=pages_a_city_editor_may_see(request.user).values("pk"))


def browse_pages(request, parent_page_id=None):
    """The page chooser's browse view, refusing to open a page the editor may
    not see (its title and children would show)."""
    if (
        parent_page_id is not None
        and is_city_editor(request.user)
        and not pages_a_city_editor_may_see(request.user).filter(pk=parent_page_id).exists()
    ):
        raise Http404
    return chooser.BrowseView.as_view()(request, parent_page_id=parent_page_id)


def not_for_city_editors(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if is_city_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class OwnCollectionsMixin:
    """Admin API endpoints list only what the user may choose or change, as
    the admin's own listings and choosers do."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        permitted = policy.instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


class ImagesForUserAPIViewSet(OwnCollectionsMixin, ImagesAdminAPIViewSet):
    pass


class DocumentsForUserAPIViewSet(OwnCollectionsMixin, DocumentsAdminAPIViewSet):
    pass


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user_can_edit_snippet_type(user, type(instance))


class SubmitOwnPageTranslationView(submit_translations.SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not may_edit(self.request.user, page):
            raise PermissionDenied
        return page


class SubmitOwnSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    def get_object(self):
        snippet = super().get_object()
        if not may_edit(self.request.user, snippet):
            raise PermissionDenied
        return snippet


class UpdateOwnTranslationsView(update_translations.UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        if not may_edit(self.request.user, source.get_source_instance()):
            raise PermissionDenied
        return source


# Included before the admin's own URLs (hrcn_site/urls.py), so these answer
# in place of Wagtail's views at the same addresses.
urlpatterns = [
    path("pages/", require_admin_access(explore)),
    path("pages/<int:parent_page_id>/", require_admin_access(explore)),
    path(
        "pages/<int:parent_page_id>/results/",
        require_admin_access(explore),
        {"results_only": True},
    ),
    path(
        "pages/search/",
        require_admin_access(base_page_viewset.construct_view(EditablePagesSearchView)),
    ),
    path(
        "pages/search/results/",
        require_admin_access(
            base_page_viewset.construct_view(EditablePagesSearchView, results_only=True)
        ),
    ),
    path("choose-page/<int:parent_page_id>/", require_admin_access(browse_pages)),
    path(
        "reports/site-history/",
        require_admin_access(not_for_city_editors(LogEntriesView.as_view())),
    ),
    path(
        "reports/site-history/results/",
        require_admin_access(not_for_city_editors(LogEntriesView.as_view(results_only=True))),
    ),
    path(
        "localize/submit/page/<int:page_id>/",
        require_admin_access(SubmitOwnPageTranslationView.as_view()),
    ),
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(SubmitOwnSnippetTranslationView.as_view()),
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        require_admin_access(UpdateOwnTranslationsView.as_view()),
    ),
    # The translations report lists every page's title.
    path(
        "localize/reports/translations/",
        require_admin_access(not_for_city_editors(report.TranslationsReportView.as_view())),
    ),
    path(
        "localize/reports/translations/results/",
        require_admin_access(
            not_for_city_editors(report.TranslationsReportView.as_view(results_only=True))
        ),
    ),
]
