"""The key pages staff choose in the site settings (join, contact,
resources): the home page's actions link to them in the visitor's language,
and security.txt names the contact page whatever its slug."""

import re

import pytest

from django.test import override_settings

from home.models import SiteSettings
from tests.conftest import PUBLIC_ORIGIN

pytestmark = pytest.mark.django_db


ACTION = r'home-actions__item--(\w+)">\s*<span[^>]*>[^<]*</span>\s*<a[^>]*href="([^"]+)"'


def action_links(client, path):
    html = client.get(path).content.decode()
    return dict(re.findall(ACTION, html))


def test_the_starter_site_links_its_key_pages_in_each_language(client):
    assert action_links(client, "/") == {
        "join": "/join/",
        "contact": "/contact/",
        "resources": "/resources/",
    }
    assert action_links(client, "/de/") == {
        "join": "/de/join/",
        "contact": "/de/contact/",
        "resources": "/de/resources/",
    }


def test_staff_choose_another_join_page(client, home_page):
    about = home_page.get_children().get(slug="about")
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.join_page = about
    site_settings.save()
    assert action_links(client, "/")["join"] == "/about/"
    assert action_links(client, "/de/")["join"] == "/de/about/"


def test_an_unpublished_key_page_drops_its_action(client, home_page):
    home_page.get_children().get(slug="join").unpublish()
    assert set(action_links(client, "/")) == {"contact", "resources"}


@override_settings(SECURITY_CONTACT="")
def test_security_txt_follows_a_renamed_contact_page(client, public_address, contact):
    site_settings = SiteSettings.for_site(contact.get_site())
    site_settings.contact_email = ""
    site_settings.save()
    contact.slug = "get-in-touch"
    contact.save_revision().publish()
    body = client.get("/.well-known/security.txt").content.decode()
    assert f"Contact: {PUBLIC_ORIGIN}/get-in-touch/" in body
