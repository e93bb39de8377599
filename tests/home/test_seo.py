import json
import re

import pytest

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from home.models import FooterText, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html):
    return [json.loads(block) for block in JSON_LD.findall(html)]


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_home_page_describes_the_organisation_and_its_breadcrumb(client):
    html = client.get("/").content.decode()
    data = {item["@type"]: item for item in json_ld(html)}
    assert data["Organization"]["name"] == "Human Rights Cities Network"
    assert data["Organization"]["url"] == "http://testserver/"
    assert data["Organization"]["logo"].startswith("http://testserver/static/img/icon-512")
    assert data["BreadcrumbList"]["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://testserver/"}
    ]


def test_every_page_has_a_breadcrumb_list_and_no_organisation(client):
    data = json_ld(client.get("/about/").content.decode())
    assert [item["@type"] for item in data] == ["BreadcrumbList"]
    assert [crumb["name"] for crumb in data[0]["itemListElement"]] == [
        "Home",
        "About the network",
    ]
    assert data[0]["itemListElement"][1]["item"] == "http://testserver/about/"


def test_json_ld_cannot_close_its_script_element(client, home_page):
    page = StandardPage(title="</script><script>alert(1)</script> & co", slug="tricky")
    home_page.add_child(instance=page)
    html = client.get("/tricky/").content.decode()
    assert "</script><script>alert(1)" not in html
    names = [c["name"] for c in json_ld(html)[0]["itemListElement"]]
    assert names[-1] == "</script><script>alert(1)</script> & co"


def test_description_canonical_and_sharing_tags(client):
    html = client.get("/about/").content.decode()
    description = "Who the Human Rights Cities Network is, who its members are and how it works."
    assert meta(html, "name", "description") == description
    assert '<link rel="canonical" href="http://testserver/about/">' in html
    assert meta(html, "property", "og:title") == "About the network"
    assert meta(html, "property", "og:description") == description
    assert meta(html, "property", "og:url") == "http://testserver/about/"
    assert meta(html, "property", "og:image").startswith(
        "http://testserver/static/img/share-default"
    )
    assert meta(html, "name", "twitter:card") == "summary_large_image"


def test_description_falls_back_to_the_introduction_then_the_site(client, home_page):
    page = StandardPage(title="Plain", slug="plain", introduction="A lead paragraph.")
    home_page.add_child(instance=page)
    assert meta(client.get("/plain/").content.decode(), "name", "description") == (
        "A lead paragraph."
    )
    bare = StandardPage(title="Bare", slug="bare")
    home_page.add_child(instance=bare)
    footer_text = FooterText.objects.get(locale__language_code="en").text
    assert meta(client.get("/bare/").content.decode(), "name", "description") == footer_text


def test_the_site_wide_share_image_is_a_rendition(client, home_page):
    image = Image.objects.create(title="Network meeting", file=get_test_image_file())
    site_settings = SiteSettings.objects.get()
    site_settings.default_share_image = image
    site_settings.save()
    html = client.get("/about/").content.decode()
    url = meta(html, "property", "og:image")
    assert url.startswith("http://testserver/") and ".fill-1200x630" in url
    assert meta(html, "property", "og:image:alt") == "Network meeting"


def test_sitemap_lists_live_public_pages(client, home_page):
    draft = StandardPage(title="Draft", slug="draft", live=False)
    home_page.add_child(instance=draft)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    # The sitemap gives the host name of the Wagtail site (Settings → Sites).
    for path in ("/", "/about/", "/privacy/", "/accessibility/"):
        assert f"<loc>http://testserver{path}</loc>" in xml
    assert "/draft/" not in xml


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_web_manifest_names_the_site_and_its_icons(client):
    response = client.get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["name"] == "Human Rights Cities Network"
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}


def test_accessibility_statement_is_in_the_footer(client):
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer"') :]
    assert '<a href="/accessibility/">Accessibility statement</a>' in footer
    page = client.get("/accessibility/").content.decode()
    assert "axe-core" in page and "keyboard" in page
    assert "Example contact details, for staff to replace" in page


def test_editors_get_the_stricter_content_checker(admin_client):
    html = admin_client.get("/").content.decode()
    assert "alt-text-quality" in html
    assert "screenshot" in html  # our extra placeholder words


def test_favicon_ico_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon-32.png")
