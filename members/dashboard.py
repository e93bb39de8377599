"""Dashboard panels. A city editor's home in the admin: the panel naming its
city, with a link to edit it, where its last submission stands, what the
reviewer said and which framework items are still "not recorded". For staff:
the cities that have no position yet, so are missing from the map."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Locale, TaskState, WorkflowState

from members.admin_isolation import is_city_editor
from members.models import MemberCityPage
from members.views import PERMISSION as STAFF_PERMISSION

STATUS_LABELS = {
    WorkflowState.STATUS_IN_PROGRESS: _("In review by HRCN staff"),
    WorkflowState.STATUS_APPROVED: _("Approved and published"),
    WorkflowState.STATUS_NEEDS_CHANGES: _("Changes requested"),
    WorkflowState.STATUS_CANCELLED: _("Withdrawn"),
}


def own_cities(user):
    """The city profiles (in the default language) the user's groups edit."""
    pages = GroupPagePermission.objects.filter(group__user=user).values("page")
    return MemberCityPage.objects.filter(pk__in=pages, locale=Locale.get_default())


def last_submission(page):
    """Where the page's last submission stands, and the reviewer's comment
    on its last decision (if they left one)."""
    state = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    if state is None:
        return None
    decided = (
        TaskState.objects.filter(workflow_state=state)
        .exclude(status=TaskState.STATUS_IN_PROGRESS)
        .exclude(comment="")
        .order_by("-finished_at")
        .first()
    )
    return {
        "status": state.status,
        "label": STATUS_LABELS.get(state.status, state.get_status_display()),
        "comment": decided.comment if decided else "",
        "reviewer": decided.finished_by.get_full_name() if decided and decided.finished_by else "",
    }


def not_recorded(page):
    """The framework items the latest draft says nothing about."""
    draft = page.get_latest_revision_as_object()
    return [kind.label for section in draft.framework_sections() for kind in section["unrecorded"]]


class CitiesPanel(Component):
    """A dashboard panel about some cities, each with the link to its editor
    and what `about(city)` adds."""

    def __init__(self, cities):
        self.cities = cities

    def about(self, city):
        return {}

    def get_context_data(self, parent_context):
        return {
            "cities": [
                {
                    "page": city,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[city.pk]),
                    **self.about(city),
                }
                for city in self.cities
            ]
        }


class CityPanel(CitiesPanel):
    name = "city_editor_home"
    template_name = "members/admin/city_panel.html"
    order = 10

    def about(self, city):
        return {"submission": last_submission(city), "not_recorded": not_recorded(city)}


def city_editor_home(request, panels):
    """`construct_homepage_panels`: a city editor's city comes first."""
    if not is_city_editor(request.user):
        return
    cities = list(own_cities(request.user))
    if cities:
        panels.insert(0, CityPanel(cities))


class CitiesWithoutPositionPanel(CitiesPanel):
    name = "cities_without_position"
    template_name = "members/admin/cities_without_position.html"
    order = 150


def cities_without_position(request, panels):
    """`construct_homepage_panels`: staff who edit cities see which ones the
    map leaves out (in the default language, live or not). One query."""
    if not request.user.has_perm(STAFF_PERMISSION):
        return
    cities = list(
        MemberCityPage.objects.filter(locale=Locale.get_default())
        .filter(Q(latitude__isnull=True) | Q(longitude__isnull=True))
        .order_by("title")
    )
    if cities:
        panels.append(CitiesWithoutPositionPanel(cities))
