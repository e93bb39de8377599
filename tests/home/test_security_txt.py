"""/.well-known/security.txt (RFC 9116) as a security researcher's tools read
it, on production's public address: always there, with a contact, an expiry
kept in the future and an https:// Canonical."""

from datetime import UTC, datetime, time, timedelta

import pytest

from django.test import override_settings

from home.models import SiteSettings
from tests.conftest import PUBLIC_ORIGIN
from tests.home.test_settings import load_production_settings

pytestmark = pytest.mark.django_db

URL = "/.well-known/security.txt"


def security_txt(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    return dict(line.split(": ", 1) for line in lines if line and not line.startswith("#"))


@pytest.fixture
def no_contact_address(home_page):
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.contact_email = ""
    site_settings.save()


@pytest.mark.parametrize(
    ("configured", "contact"),
    [
        ("security@example.org", "mailto:security@example.org"),
        ("mailto:security@example.org", "mailto:security@example.org"),
        ("https://example.org/report", "https://example.org/report"),
    ],
)
def test_the_configured_contact_comes_first(client, public_address, configured, contact):
    with override_settings(SECURITY_CONTACT=configured):
        fields = security_txt(client)
    assert fields["Contact"] == contact
    assert fields["Canonical"] == f"{PUBLIC_ORIGIN}/.well-known/security.txt"


@override_settings(SECURITY_CONTACT="")
def test_else_the_site_settings_address(client, public_address, home_page):
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.contact_email = "office@example.org"
    site_settings.save()
    assert security_txt(client)["Contact"] == "mailto:office@example.org"


@override_settings(SECURITY_CONTACT="")
def test_else_the_contact_page_never_a_404(client, public_address, no_contact_address):
    fields = security_txt(client)
    assert fields["Contact"] == f"{PUBLIC_ORIGIN}/contact/"
    assert fields["Canonical"] == f"{PUBLIC_ORIGIN}/.well-known/security.txt"
    assert "Expires" in fields


@override_settings(SECURITY_CONTACT="")
def test_without_a_contact_page_the_home_page(client, public_address, no_contact_address, contact):
    contact.unpublish()
    assert security_txt(client)["Contact"] == f"{PUBLIC_ORIGIN}/"


@override_settings(SECURITY_CONTACT="security@example.org")
def test_expires_within_a_year_at_midnight_utc(client, public_address):
    expires = datetime.fromisoformat(security_txt(client)["Expires"])
    assert expires.tzinfo == UTC and expires.time() == time()
    assert timedelta(days=364) < expires - datetime.now(UTC) < timedelta(days=365)


@override_settings(SECURITY_CONTACT="security@example.org")
def test_a_plain_http_address_gives_no_canonical(client):
    """Development's http:// address: RFC 9116 wants an https:// Canonical,
    and the field is optional, so it is left out."""
    text = client.get(URL).content.decode()
    assert "Canonical" not in text
    assert "http:" not in text


@pytest.mark.parametrize("value", ["", "security@example.org", "https://example.org/security"])
def test_production_starts_with_or_without_a_security_contact(value):
    result = load_production_settings(
        SECRET_KEY="x" * 50, SITE_URL="https://hrcn.example.org", SECURITY_CONTACT=value
    )
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


@pytest.mark.parametrize("value", ["security", "http://example.org/security", "ftp://x"])
def test_production_refuses_a_malformed_security_contact(value):
    result = load_production_settings(
        SECRET_KEY="x" * 50, SITE_URL="https://hrcn.example.org", SECURITY_CONTACT=value
    )
    assert result.returncode != 0
    assert "SECURITY_CONTACT" in result.stderr
