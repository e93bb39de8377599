from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from people.models import Organisation, Person


class PersonChooserViewSet(SnippetChooserViewSet):
    """The chooser behind "Add speaker or moderator": staff add a person who
    is not there yet without leaving the page; the new person is chosen at
    once. A photo and bio can follow in People."""

    form_fields = ["name", "role", "organisation"]
    create_action_label = _("Add this person")
    creation_tab_label = _("New person")


class OrganisationChooserViewSet(SnippetChooserViewSet):
    form_fields = ["name", "website"]
    create_action_label = _("Add this organisation")
    creation_tab_label = _("New organisation")


class PersonViewSet(SnippetViewSet):
    model = Person
    chooser_viewset_class = PersonChooserViewSet
    icon = "user"
    list_display = ["name", "role", "organisation", "locale"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    chooser_viewset_class = OrganisationChooserViewSet
    icon = "group"
    list_display = ["name", "website", "locale"]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganisationViewSet)
    menu_icon = "group"
    menu_label = _("People")
    menu_name = "people"
    menu_order = 310


register_snippet(PeopleViewSetGroup)
