import pytest

from members.models import MemberIndexPage
from tests.members.helpers import set_up_city


@pytest.fixture
def directory(home_page):
    return MemberIndexPage.objects.child_of(home_page).get().specific


# Two cities set up by `add_member_city`, each with its editor: (page, user).
@pytest.fixture
def city_a(directory):
    return set_up_city(
        "Alphaburg", "AT", "editor@alphaburg.example", status_summary="Alphaburg before the edit."
    )


@pytest.fixture
def city_b(directory):
    return set_up_city(
        "Betastad", "SE", "editor@betastad.example", status_summary="Betastad before the edit."
    )
