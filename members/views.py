"""The admin's "Add member city" view (the same as `manage.py add_member_city`),
"Resend invitation" for a city editor, and "Files under review"
(members/file_review.py)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from django.views.generic.edit import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import GroupPagePermission, Locale

from members.file_review import FILE_MODELS, approve, pending_collections, pending_files
from members.forms import AddMemberCityForm
from members.models import MemberCityPage
from members.onboarding import (
    EDITOR_GROUP_PREFIX,
    OnboardingError,
    add_member_city,
    send_invitation,
)

PERMISSION = "members.manage_membership"
EDIT_URLS = {"image": "wagtailimages:edit", "document": "wagtaildocs:edit"}


class AddMemberCityView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = PERMISSION
    form_class = AddMemberCityForm
    template_name = "members/admin/add_member_city.html"
    page_title = _("Add member city")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        try:
            with transaction.atomic():
                result = add_member_city(
                    form.cleaned_data["name"],
                    form.cleaned_data["country"],
                    editor_email=form.cleaned_data["editor_email"] or None,
                )
        except OnboardingError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        if result.created:
            message = _("Set up %(city)s: %(created)s.") % {
                "city": result.page.title,
                "created": ", ".join(result.created),
            }
        else:
            message = _("%(city)s was already set up; nothing changed.") % {
                "city": result.page.title
            }
        messages.success(self.request, message)
        return redirect(reverse("wagtailadmin_pages:edit", args=[result.page.pk]))


def editor_cities(user):
    """The city profiles (default language) of the user's city editor groups."""
    pages = GroupPagePermission.objects.filter(
        group__user=user, group__name__startswith=EDITOR_GROUP_PREFIX
    ).values("page")
    return MemberCityPage.objects.filter(pk__in=pages, locale=Locale.get_default())


def city_editors(page):
    """The active editors, with an e-mail address, of a city page's groups."""
    groups = GroupPagePermission.objects.filter(
        page__translation_key=page.translation_key, group__name__startswith=EDITOR_GROUP_PREFIX
    ).values("group")
    return (
        get_user_model()
        .objects.filter(groups__in=groups, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("email")
    )


class ResendInvitationView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Staff send a city editor a fresh set-your-password e-mail, for a link
    that has expired (as `add_member_city --resend` does): GET asks, POST sends."""

    permission_required = PERMISSION
    template_name = "members/admin/resend_invitation.html"
    page_title = _("Resend invitation")
    header_icon = "mail"

    # Looked up after the permission check, so that nobody else learns which
    # user ids exist.
    @cached_property
    def editor(self):
        return get_object_or_404(get_user_model(), pk=self.kwargs["user_id"])

    @cached_property
    def cities(self):
        return list(editor_cities(self.editor))

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "editor": self.editor,
            "cities": self.cities,
            "problem": self.problem(),
        }

    def problem(self):
        if not self.cities:
            return gettext("%(user)s is not the editor of a member city.") % {
                "user": self.editor.get_username()
            }
        if not self.editor.is_active or not self.editor.email:
            return gettext("%(user)s has no active account with an e-mail address.") % {
                "user": self.editor.get_username()
            }
        return None

    def post(self, request, user_id):
        problem = self.problem()
        if problem:
            return self.render_to_response(self.get_context_data(), status=400)
        send_invitation(self.editor, self.cities[0])
        messages.success(
            request,
            gettext("Sent a new invitation to %(email)s for %(city)s.")
            % {"email": self.editor.email, "city": self.cities[0].title},
        )
        return redirect("wagtailadmin_pages:edit", self.cities[0].pk)


class PendingFilesView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERMISSION
    template_name = "members/admin/pending_files.html"
    page_title = _("Files under review")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["files"] = [
            {
                "kind": kind,
                "item": item,
                "city": item.collection.get_parent().name,
                "edit_url": reverse(EDIT_URLS[kind], args=[item.pk]),
            }
            for kind, item in pending_files()
        ]
        return context


class ApproveFileView(PermissionRequiredMixin, View):
    permission_required = PERMISSION
    http_method_names = ["post"]

    def post(self, request, kind, pk):
        if kind not in FILE_MODELS:
            raise Http404
        item = (
            FILE_MODELS[kind]().objects.filter(pk=pk, collection__in=pending_collections()).first()
        )
        if item is None:
            raise Http404
        approve(item)
        messages.success(
            request,
            gettext("Approved: “%(title)s” is public now, in %(city)s.")
            % {"title": item.title, "city": item.collection.name},
        )
        return redirect("members_pending_files")
