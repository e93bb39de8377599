"""The admin's "Add member city" view (the same as `manage.py add_member_city`)
and "Files under review" (members/file_review.py)."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from django.views.generic.edit import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from members.file_review import FILE_MODELS, approve, pending_collections, pending_files
from members.forms import AddMemberCityForm
from members.onboarding import OnboardingError, add_member_city

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
