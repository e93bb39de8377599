import pytest

from django.core.management import call_command

from home.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the starter site once; each test then runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_network_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def home_page(db):
    return HomePage.objects.get(depth=2, locale__language_code="en")


PUBLIC_ORIGIN = "https://hrcn.example.org"


@pytest.fixture
def public_address(settings, db):
    """Production's public address: SITE_URL and what follows from it, and the
    Wagtail Site record kept in step by `sync_site`. Requests still arrive with
    the test client's Host header, as they would from a proxy that rewrites it:
    nothing the site emits may follow that header."""
    settings.SITE_URL = PUBLIC_ORIGIN
    settings.SITE_IS_HTTPS = True
    settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILAPI_BASE_URL = PUBLIC_ORIGIN
    settings.CSRF_TRUSTED_ORIGINS = [PUBLIC_ORIGIN]
    call_command("sync_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return PUBLIC_ORIGIN
