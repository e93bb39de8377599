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
