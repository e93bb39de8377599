"""What a member city's editors see of the rest of the admin.

Wagtail already keeps a city editor out of other cities' pages, images and
documents in the explorer, the editors and the media listings. These are the
places it does not: the admin API's image and document endpoints, the page
chooser (which lists every page, drafts included) and the site history
report (whose filters list every user who changed anything the editor may
see). Staff and superusers see everything as before.

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
from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import GroupPagePermission, Page
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
