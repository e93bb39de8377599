"""Form widgets for the public site's filter forms.

Django renders each widget, each option of a select and each label through a
template; a listing's filter form then costs more than the rest of its page.
These render the same markup in Python."""

from django import forms
from django.forms.boundfield import BoundField
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

# The punctuation after which Django's label_tag adds no suffix, translated
# with Django's own catalogue (a name, so that makemessages leaves it there).
LABEL_END_PUNCTUATION = ":?.!"


def attributes(attrs):
    """HTML attributes in their order, as Django's django/forms/attrs.html
    writes them: True gives a bare name, False leaves the attribute out."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class QuickSelect(forms.Select):
    """Django's select box, with the same markup, built in Python: the
    template Django renders for each option costs more than the rest of a
    listing page when a filter offers dozens of choices. The options are
    written straight from the choices, as `ChoiceWidget.optgroups` would
    list them (the first option of a value is selected)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = forms.Widget.get_context(self, name, value, attrs)["widget"]
        if self.allow_multiple_selected:
            widget["attrs"]["multiple"] = True
        chosen = widget["value"]
        has_selected = False
        parts = [format_html('<select name="{}"{}>', widget["name"], flatatt(widget["attrs"]))]
        for option_value, option_label in self.choices:
            if option_value is None:
                option_value = ""
            if isinstance(option_label, (list, tuple)):
                group_name, options = option_value, option_label
            else:
                group_name, options = None, ((option_value, option_label),)
            if group_name:
                parts.append(format_html('<optgroup label="{}">', group_name))
            for subvalue, sublabel in options:
                selected = (not has_selected or self.allow_multiple_selected) and str(
                    subvalue
                ) in chosen
                has_selected |= selected
                parts.append(
                    f'<option value="{conditional_escape(subvalue)}"'
                    f"{' selected' if selected else ''}>{conditional_escape(sublabel)}</option>"
                )
            if group_name:
                parts.append("</optgroup>")
        parts.append("</select>")
        return mark_safe("".join(parts))  # noqa: S308 (each value and label is escaped above)


class QuickTextInput(forms.TextInput):
    """Django's text input, with the same markup, built in Python."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value_attr = "" if widget["value"] is None else f' value="{escape(widget["value"])}"'
        return mark_safe(  # noqa: S308 (the name, value and attributes are escaped)
            f'<input type="{escape(widget["type"])}" name="{escape(widget["name"])}"'
            f"{value_attr}{attributes(widget['attrs'])}>"
        )


class QuickBoundField(BoundField):
    """A form field whose label is written as Django's
    django/forms/label.html writes it, without rendering that template."""

    def label_tag(self, contents=None, attrs=None, label_suffix=None, tag=None):
        contents = contents or self.label
        if label_suffix is None:
            label_suffix = (
                self.field.label_suffix
                if self.field.label_suffix is not None
                else self.form.label_suffix
            )
        if label_suffix and contents and contents[-1] not in gettext(LABEL_END_PUNCTUATION):
            contents = format_html("{}{}", contents, label_suffix)
        widget = self.field.widget
        id_ = widget.attrs.get("id") or self.auto_id
        if not id_:
            return mark_safe(conditional_escape(contents).strip())  # noqa: S308 (escaped)
        id_for_label = widget.id_for_label(id_)
        if id_for_label:
            attrs = {**(attrs or {}), "for": id_for_label}
        if self.field.required and hasattr(self.form, "required_css_class"):
            attrs = attrs or {}
            if "class" in attrs:
                attrs["class"] += " " + self.form.required_css_class
            else:
                attrs["class"] = self.form.required_css_class
        tag = tag or "label"
        written = mark_safe(attributes(attrs or {}))  # noqa: S308 (escaped by `attributes`)
        return format_html("<{}{}>{}</{}>", tag, written, contents, tag)
