from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from members.choices import CountryCode

# The city profile's images, which take their alt text from the image itself.
ALT_TEXT_IMAGES = ("logo", "hero_image")


class MemberCityPageForm(WagtailAdminPageForm):
    """The city profile's admin form. The logo and the hero photo take their
    alt text from the image (Wagtail's description, edited on the image's own
    form), so submitting, publishing or approving a profile whose image has
    none is refused, naming the image; a draft may be saved without it."""

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            for name in ALT_TEXT_IMAGES:
                image = cleaned_data.get(name)
                if image is not None and not image.description.strip():
                    self.add_error(name, self.missing_alt_text(image))
        return cleaned_data

    def missing_alt_text(self, image):
        if self.for_user is not None and image.is_editable_by_user(self.for_user):
            message = _(
                "The image “%(title)s” has no alt text. Open it under Images, "
                "fill in “Alt text” with what it shows for people who cannot "
                "see it, save it, and try again."
            )
        else:
            message = _(
                "The image “%(title)s” has no alt text, and only HRCN staff "
                "may change it now. Ask them to add it, or upload the image again "
                "with its alt text."
            )
        return forms.ValidationError(message, code="image_alt_text", params={"title": image.title})


class AddMemberCityForm(forms.Form):
    name = forms.CharField(max_length=120, help_text=_("The city's name, e.g. 'Graz'."))
    country = forms.ChoiceField(choices=CountryCode.choices)
    editor_email = forms.EmailField(
        required=False,
        label=_("Editor's e-mail"),
        help_text=_("Optional. The city's editor gets an account and an e-mail to set a password."),
    )
