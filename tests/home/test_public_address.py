"""Every absolute URL the site emits is on SITE_URL, in every channel, and no
response carries the address of a machine (localhost, 127.0.0.1) or the Host
header the request came with (testserver)."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar

from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site

from activities.models import ActivityPage
from home.models import SiteSettings
from tests.conftest import PUBLIC_ORIGIN

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FOREIGN_HOSTS = re.compile(r"localhost|127\.0\.0\.1|testserver|http://hrcn")


def text_of(response):
    assert response.status_code == 200, response
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode()
    assert not FOREIGN_HOSTS.search(text), FOREIGN_HOSTS.search(text).group()
    return text


def absolute_urls(text):
    return re.findall(r"https?://[^\s\"'<>\\]+", text)


def assert_all_public(urls, allowed_elsewhere=()):
    """Every URL is on the public origin, except other sites' addresses that
    the content itself names (partners, the FRA report, schema.org)."""
    own = [url for url in urls if not url.startswith(allowed_elsewhere)]
    assert own, "no absolute URL found"
    assert all(url.startswith(PUBLIC_ORIGIN + "/") for url in own), own


OTHER_SITES = (
    "https://schema.org",
    "http://www.w3.org",
    "https://www.w3.org",
    "http://www.sitemaps.org",
    "https://fra.europa.eu",
    "http://purl.org",
)


def test_sync_site_points_the_site_record_at_the_public_address(public_address):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("hrcn.example.org", 443, PUBLIC_ORIGIN)


def test_sitemap_and_its_alternates(client, public_address):
    text = text_of(client.get("/sitemap.xml"))
    root = ET.fromstring(text)
    locations = [element.text for element in root.findall(".//{*}loc")]
    alternates = [element.get("href") for element in root.findall(".//{*}link")]
    assert f"{PUBLIC_ORIGIN}/about/" in locations and f"{PUBLIC_ORIGIN}/de/" in alternates
    assert_all_public(locations + alternates)


def test_robots_and_security_txt(client, public_address):
    assert f"Sitemap: {PUBLIC_ORIGIN}/sitemap.xml" in text_of(client.get("/robots.txt"))
    with override_settings(SECURITY_CONTACT="security@example.org"):
        text = text_of(client.get("/.well-known/security.txt"))
    assert f"Canonical: {PUBLIC_ORIGIN}/.well-known/security.txt" in text


@pytest.mark.parametrize("path", ["/activities/feed/", "/news/feed/", "/de/news/feed/"])
def test_atom_feeds(client, public_address, path):
    root = ET.fromstring(text_of(client.get(path)))
    links = [link.get("href") for link in root.iter(f"{ATOM}link")]
    ids = [element.text for element in root.iter(f"{ATOM}id")]
    assert_all_public(links + ids)


def test_calendars(client, public_address):
    activity = ActivityPage.objects.live().filter(locale__language_code="en").first()
    for path in [f"{activity.url}calendar/", "/activities/calendar/"]:
        calendar = Calendar.from_ical(text_of(client.get(path)))
        urls = [str(event["URL"]) for event in calendar.walk("VEVENT")]
        assert_all_public(urls)
    assert f"{PUBLIC_ORIGIN}{activity.url}" in urls


def test_map_data(client, public_address):
    data = json.loads(text_of(client.get("/members/cities.geojson")))
    assert_all_public([feature["properties"]["url"] for feature in data["features"]])
    html = text_of(client.get("/members/"))
    assert f'href="{PUBLIC_ORIGIN}/members/cities.geojson"' not in html  # links stay relative


def test_read_api(client, public_address):
    text = text_of(client.get("/api/v2/pages/?limit=50"))
    items = json.loads(text)["items"]
    assert_all_public([item["meta"]["html_url"] for item in items])
    assert_all_public([item["meta"]["detail_url"] for item in items])


def test_documents_and_images_in_the_api(client, public_address):
    Image.objects.create(title="Meeting", file=get_test_image_file())
    images = json.loads(text_of(client.get("/api/v2/images/")))["items"]
    documents = json.loads(text_of(client.get("/api/v2/documents/")))["items"]
    urls = [item["meta"]["detail_url"] for item in images + documents]
    urls += [item["meta"]["download_url"] for item in documents]
    assert_all_public(urls)


@pytest.mark.parametrize("path", ["/", "/about/", "/de/about/", "/members/", "/activities/"])
def test_canonical_sharing_tags_and_structured_data(client, public_address, path):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_share_image = Image.objects.create(
        title="Network meeting", file=get_test_image_file()
    )
    site_settings.save()
    html = text_of(client.get(path))
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    og = re.findall(r'<meta property="og:(?:url|image)" content="([^"]+)"', html)
    hreflang = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)
    json_ld = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert canonical.startswith(PUBLIC_ORIGIN + "/") and len(og) == 2
    assert_all_public([canonical, *og, *hreflang, *absolute_urls(" ".join(json_ld))], OTHER_SITES)


def test_the_invitation_e_mail(public_address):
    call_command(
        "add_member_city",
        "Graz",
        "--country=AT",
        "--editor-email",
        "editor@graz.example.org",
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )
    (message,) = mail.outbox
    urls = absolute_urls(message.body)
    assert any(url.startswith(f"{PUBLIC_ORIGIN}/admin/password_reset/confirm/") for url in urls)
    assert_all_public(urls)
    assert not FOREIGN_HOSTS.search(message.body)


def test_no_page_in_any_language_names_another_address(client, public_address):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    assert pages.count() > 50
    for page in pages:
        text_of(client.get(page.url))


def test_the_password_reset_e_mail(client, public_address, django_user_model):
    django_user_model.objects.create_user("staff", "staff@example.org", "x", is_staff=True)
    response = client.post("/admin/password_reset/", {"email": "staff@example.org"})
    assert response.status_code == 302
    (message,) = mail.outbox
    urls = absolute_urls(message.body)
    assert any(url.startswith(f"{PUBLIC_ORIGIN}/admin/password_reset/confirm/") for url in urls)
    assert not FOREIGN_HOSTS.search(message.body)
