"""The admin's "Add member city" view: the same as `manage.py add_member_city`."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from members.forms import AddMemberCityForm
from members.onboarding import OnboardingError, add_member_city

PERMISSION = "members.manage_membership"


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
