"""In Chromium: a city editor whose city is published in English and German
opens "Pages" in the sidebar and the explorer, and lands at its city."""

import re

from django.contrib.auth import get_user_model

from wagtail.models import Locale

from tests.members.helpers import set_up_city


def test_the_sidebar_and_the_explorer_open_at_the_editors_city(site, page):
    city, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    city.copy_for_translation(Locale.objects.get(language_code="de")).save_revision().publish()
    set_up_city("Betastad", "SE", "editor@betastad.example")
    editor = get_user_model().objects.get(pk=editor.pk)
    editor.set_password("a long passphrase")
    editor.save()

    page.goto(f"{site.url}/admin/login/")
    page.fill("input[name=username]", editor.get_username())
    page.fill("input[name=password]", "a long passphrase")
    page.click("button[type=submit]")
    page.wait_for_url(f"{site.url}/admin/")

    page.get_by_role("button", name="Pages").click()
    explorer = page.locator(".c-page-explorer")
    explorer.get_by_text("Alphaburg").first.wait_for()
    assert "Betastad" not in explorer.inner_text()

    page.goto(f"{site.url}/admin/pages/")
    assert re.search(rf"/admin/pages/{city.pk}/$", page.url)
    assert page.locator("h1").first.inner_text().strip() == "Exploring: Alphaburg"
