import pytest

from resources.models import ResourceIndexPage


@pytest.fixture
def library(home_page):
    return ResourceIndexPage.objects.child_of(home_page).get()
