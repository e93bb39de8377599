"""The city form's framework rows leave the Year field room for a year."""

from pathlib import Path

import pytest

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

from tests.members.helpers import set_up_city

pytestmark = pytest.mark.django_db


def test_the_city_editor_loads_the_admin_stylesheet_that_widens_the_year(client, directory):
    page, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert f'<link rel="stylesheet" href="{static("css/admin.css")}">' in html
    # The field the rule selects is in the form's framework rows.
    assert 'data-contentpath="year"' in html
    assert "w-field-row" in html

    css = Path(finders.find("css/admin.css")).read_text()
    assert '.w-field-row [data-contentpath="year"] input {\n    min-inline-size: 8rem;' in css
    assert "style=" not in html.split('data-contentpath="year"')[1][:400]
