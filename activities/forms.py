from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from activities.choices import DEFAULT_TIME_ZONE, time_zone_choices
from activities.dates import get_zone
from home.choices import EULanguage

LOCAL_TIMES = ("start", "end")


def eu_languages_by_name():
    """The EU's languages in the order of their names in the editor's language."""
    return sorted(EULanguage.choices, key=lambda choice: str(choice[1]))


class ActivityPageForm(WagtailAdminPageForm):
    """The activity's admin form: start and end are typed and shown in the
    activity's own time zone, whatever the editor's admin time zone is."""

    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        initial=DEFAULT_TIME_ZONE,
        help_text=_("Start and end are entered and shown in this zone."),
    )
    languages = forms.MultipleChoiceField(
        choices=eu_languages_by_name,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The languages the activity is held in."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = get_zone(self.instance.time_zone)
        for name in LOCAL_TIMES:
            value = self.initial.get(name)
            if value is not None and timezone.is_aware(value):
                self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        zone = get_zone(cleaned_data.get("time_zone") or DEFAULT_TIME_ZONE)
        for name in LOCAL_TIMES:
            value = cleaned_data.get(name)
            if value is not None:
                # The field read the wall-clock time in the admin's zone; keep
                # the wall-clock time and put it in the activity's zone.
                cleaned_data[name] = timezone.make_naive(value).replace(tzinfo=zone)
        return cleaned_data
