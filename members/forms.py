from django import forms
from django.utils.translation import gettext_lazy as _

from members.choices import CountryCode


class AddMemberCityForm(forms.Form):
    name = forms.CharField(max_length=120, help_text=_("The city's name, e.g. 'Graz'."))
    country = forms.ChoiceField(choices=CountryCode.choices)
    editor_email = forms.EmailField(
        required=False,
        label=_("Editor's e-mail"),
        help_text=_("Optional. The city's editor gets an account and an e-mail to set a password."),
    )
