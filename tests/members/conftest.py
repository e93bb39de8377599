import pytest

from members.models import MemberIndexPage


@pytest.fixture
def directory(home_page):
    return MemberIndexPage.objects.child_of(home_page).get().specific
