"""Every listing filters one way (taxonomy/listing.py): whatever the query
string holds, the visitor gets the normal page, and a value that is not one
of the choices offered is no filter at all."""

import re

import pytest

from tests.html_forms import fold

pytestmark = pytest.mark.django_db

LISTINGS = ["/members/", "/activities/", "/resources/", "/news/"]

HOSTILE = [
    "country=%3Cscript%3Ealert(1)%3C/script%3E",
    "topic=%00",
    "q=%00",
    "q=" + "x" * 500,
    "page=-1",
    "type=%27%20OR%201%3D1%20--",
    "year=99999999999999999999",
    "when=null&type=null&topic=null",
    "city=../../etc&author=0x1&language=%E2%80%AE",
    "type=a&type=b&topic=x&topic=y&page=1&page=abc",
    "country=AT&country=%3Cscript%3E",
]


def results(html):
    """The page's main content without the filter form and without any link
    address (those keep the query string): what the listing shows."""
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(r'<details class="filter-fold".*?</details>', "", main, flags=re.S)
    return re.sub(r'href="[^"]*"', "", main)


def fold_summary(html):
    return fold(html)[1]


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("url", LISTINGS)
def test_hostile_values_give_the_unfiltered_listing(client, url, query):
    unfiltered = client.get(url).content.decode()
    response = client.get(f"{url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert results(html) == results(unfiltered)
    assert fold_summary(html) == "Filters"
    assert "<script>alert" not in html
    assert "aria-invalid" not in html


@pytest.mark.parametrize("url", LISTINGS)
def test_the_listing_shows_something_to_filter(client, url):
    """The comparison above means something only if the listing lists items."""
    html = client.get(url).content.decode()
    assert re.search(r'class="(card__title|member-card__title)"', results(html))


def test_a_known_value_still_filters(client):
    everything = results(client.get("/resources/").content.decode())
    toolkits = client.get("/resources/?type=toolkit").content.decode()
    assert results(toolkits) != everything
    assert fold_summary(toolkits) == "Filters (1 active)"
    assert '<option value="toolkit" selected>' in toolkits
