import io

import pytest

from django.core.management import call_command

from wagtail.models import Locale, Page, Revision, Site

from home.models import HomePage, SiteSettings, StrategicObjective

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
        "revisions": Revision.objects.count(),
        "objectives": StrategicObjective.objects.count(),
        "sites": list(Site.objects.values_list("root_page_id", "is_default_site")),
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
    }


def test_loading_twice_changes_nothing():
    before = snapshot()
    out = io.StringIO()
    call_command("load_network_content", stdout=out)
    assert snapshot() == before
    assert "created" not in out.getvalue()


def test_loader_builds_the_site_with_all_locales():
    state = snapshot()
    assert state["locales"] == ["de", "en", "fr", "nl", "sv"]
    assert state["objectives"] == 5 * 5  # five objectives in each of five languages
    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert SiteSettings.for_site(home.get_site()).footer_links


def test_loader_keeps_what_staff_changed(home_page):
    about = home_page.get_children().get(slug="about").specific
    about.title = "About us"
    about.save_revision().publish()
    call_command("load_network_content", stdout=io.StringIO())
    assert home_page.get_children().get(slug="about").title == "About us"


def test_loader_recreates_a_missing_page_only(home_page):
    home_page.get_children().get(slug="imprint").delete()
    out = io.StringIO()
    call_command("load_network_content", stdout=out)
    assert home_page.get_children().filter(slug="imprint").count() == 1
    assert out.getvalue().count("created") == 1


def test_if_empty_skips_a_site_that_has_content():
    before = snapshot()
    out = io.StringIO()
    call_command("load_network_content", "--if-empty", stdout=out)
    assert "nothing to do" in out.getvalue()
    assert snapshot() == before


def test_each_app_loads_in_the_order_its_app_config_declares():
    # Found by name through the AppConfigs' `starter_content_order`, not
    # imported by home: topics, cities, activities, resources, news, forms.
    out = io.StringIO()
    call_command("load_network_content", stdout=out)
    lines = out.getvalue().splitlines()
    firsts = [
        "kept     topic equality-non-discrimination",
        "kept     page /home/members/",
        "kept     activity type panel-discussion",
        "kept     resource type publication",
        "kept     page /news/",
        "kept     form /contact/",
        "kept     /home-de/  Startseite",
    ]
    positions = [lines.index(line) for line in firsts]
    assert positions == sorted(positions)
