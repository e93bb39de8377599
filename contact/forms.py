"""The public form behind every form page: the fields staff build, each with
a maximum length, then a consent checkbox and a honeypot field that people
never see."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

HONEYPOT_FIELD = "hrcn_hp"
CONSENT_FIELD = "consent"

# Longest accepted value of each kind of text field staff can add; Django
# checks it on the server and renders it as the input's `maxlength`. 254 is
# the longest address SMTP can deliver to.
MAX_LENGTHS = {
    "singleline": 255,
    "multiline": 5000,
    "email": 254,
    "url": 2048,
    "hidden": 255,
}
MAX_NUMBER_DIGITS = 20


class ProtectedForm(BaseForm):
    consent = forms.BooleanField(
        label=_("I agree that the network stores and reads what I send."),
        error_messages={"required": _("Please agree, so that we may store your message.")},
    )
    hrcn_hp = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=MAX_LENGTHS["singleline"],
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, client_key=None, **kwargs):
        # Who sent the form (a hash, see contact.ratelimit), stored with the
        # submission as Wagtail's BaseForm keeps `user` and `page`.
        self.client_key = client_key
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
    def get_field_options(self, field):
        options = super().get_field_options(field)
        if field.field_type in MAX_LENGTHS:
            options["max_length"] = MAX_LENGTHS[field.field_type]
        elif field.field_type == "number":
            options["max_digits"] = MAX_NUMBER_DIGITS
        return options

    def create_singleline_field(self, field, options):
        # Wagtail's version sets its own max_length; ours is in the options.
        return forms.CharField(**options)

    def get_form_class(self):
        return type("ProtectedWagtailForm", (ProtectedForm,), self.formfields)
