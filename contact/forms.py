"""The public form behind every form page: the fields staff build, then a
consent checkbox and a honeypot field that people never see."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

HONEYPOT_FIELD = "hrcn_hp"
CONSENT_FIELD = "consent"


class ProtectedForm(BaseForm):
    consent = forms.BooleanField(
        label=_("I agree that the network stores and reads what I send."),
        error_messages={"required": _("Please agree, so that we may store your message.")},
    )
    hrcn_hp = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Staff-built fields first, then consent; the honeypot last.
        for name in (CONSENT_FIELD, HONEYPOT_FIELD):
            self.fields[name] = self.fields.pop(name)

    @property
    def builder_fields(self):
        return [self[name] for name in self.fields if name not in (CONSENT_FIELD, HONEYPOT_FIELD)]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.pop(HONEYPOT_FIELD, ""):
            raise ValidationError(
                _("Your message could not be sent. Please check the form and try again."),
                code="honeypot",
            )
        return cleaned_data


class ProtectedFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("ProtectedWagtailForm", (ProtectedForm,), self.formfields)
