"""Our own icons, drawn inline so that they take the text colour
(`currentColor`) and the palette's custom properties in light and dark.

`{% icon "name" %}` draws templates/icons/<name>.svg (the shapes only, on a
48 by 48 grid) inside one decorative <svg>: hidden from assistive
technology, since the text beside it says the same. `fallback` names the
icon drawn when there is none by that name (an activity type added later)."""

import re

from django import template
from django.template import TemplateDoesNotExist
from django.template.loader import select_template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

NAME = re.compile(r"^[a-z0-9-]+$")


@register.simple_tag
def icon(name, fallback="", css_class=""):
    names = [n for n in (str(name or ""), str(fallback or "")) if NAME.match(n)]
    try:
        drawing = select_template([f"icons/{n}.svg" for n in names])
    except TemplateDoesNotExist:
        return ""
    drawn = drawing.origin.template_name.removeprefix("icons/").removesuffix(".svg")
    return format_html(
        '<svg class="icon icon--{}{}" viewBox="0 0 48 48" width="48" height="48"'
        ' aria-hidden="true" focusable="false">{}</svg>',
        drawn,
        f" {css_class}" if css_class else "",
        mark_safe(drawing.render().strip()),  # noqa: S308 - our own files, not user input
    )
