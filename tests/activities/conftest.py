import datetime

import pytest

from django.utils import timezone

from tests.factories import ActivityIndexPageFactory, ActivityPageFactory


@pytest.fixture
def index_page(home_page):
    """An empty activity listing of its own, beside the starter one."""
    return ActivityIndexPageFactory(parent=home_page)


@pytest.fixture
def make_activity(index_page):
    def make(hours_from_now=24 * 7, duration_hours=1.5, **fields):
        start = timezone.now() + datetime.timedelta(hours=hours_from_now)
        end = None if duration_hours is None else start + datetime.timedelta(hours=duration_hours)
        fields.setdefault("start", start)
        fields.setdefault("end", end)
        return ActivityPageFactory(parent=index_page, **fields)

    return make
