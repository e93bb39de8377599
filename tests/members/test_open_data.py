"""The GeoJSON feed and the comparison table with its CSV and JSON downloads."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from members.choices import CommitmentKind, CommitmentStatus
from tests.factories import CityCommitmentFactory, MemberCityPageFactory
from tests.members.test_directory import listed_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities(directory):
    graz = MemberCityPageFactory(
        parent=directory, title="Graz", country="AT", latitude="47.07", longitude="15.44"
    )
    CityCommitmentFactory(page=graz, kind=CommitmentKind.OMBUDSPERSON, year=2012)
    CityCommitmentFactory(
        page=graz, kind=CommitmentKind.ACTION_PLAN, status=CommitmentStatus.PLANNED, year=None
    )
    nowhere = MemberCityPageFactory(
        parent=directory, title="Unmapped", country="SE", latitude=None, longitude=None
    )
    return graz, nowhere


def test_geojson_is_a_feature_collection_in_lon_lat_order(client, cities):
    response = client.get("/members/cities.geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["url"].startswith("http")
    graz = next(f for f in data["features"] if f["properties"]["name"] == "Graz")
    assert graz["geometry"]["coordinates"] == [15.44, 47.07]


def test_geojson_matches_the_list(client, cities):
    for query in ("", "?country=AT", "?has=ombudsperson", "?country=XX"):
        features = json.loads(client.get(f"/members/cities.geojson{query}").content)["features"]
        listed = listed_titles(client.get(f"/members/{query}").content.decode())
        # Every listed city with coordinates is on the map, and nothing else.
        assert sorted(f["properties"]["name"] for f in features) == sorted(
            title for title in listed if title != "Unmapped"
        )


def html_table(html):
    """The comparison's column headers and rows as a screen reader reads them:
    a cell drawn as a mark reads as its text alternative."""
    table = BeautifulSoup(html, "html.parser").select_one("table.member-table--compare")
    header = [th.get_text(strip=True) for th in table.thead.select('th[scope="col"]')]
    rows = []
    for row in table.tbody.find_all("tr"):
        cells = []
        for cell in row.find_all(["th", "td"]):
            alternative = cell.select_one(".visually-hidden")
            cells.append((alternative or cell).get_text(strip=True))
        rows.append(cells)
    return header, rows


@pytest.mark.parametrize("query", ["", "country=AT", "has=ombudsperson", "group=tools"])
def test_csv_and_json_hold_exactly_what_the_table_shows(client, cities, query):
    header, rows = html_table(client.get(f"/members/compare/?{query}").content.decode())
    assert rows, "the table has rows"

    response = client.get(f"/members/compare/?{query}&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    csv_rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert csv_rows == [header, *rows]

    data = json.loads(client.get(f"/members/compare/?{query}&format=json").content)
    assert [column["label"] for column in data["columns"]] == header
    keys = [column["key"] for column in data["columns"]]
    assert [[row[key] for key in keys] for row in data["rows"]] == rows


def test_comparison_answers_which_cities_have_an_ombudsperson(client, cities):
    html = client.get("/members/compare/?has=ombudsperson").content.decode()
    header, rows = html_table(html)
    assert [row[0] for row in rows] == ["Graz"]
    column = header.index("Anti-discrimination office or ombudsperson")
    assert rows[0][column] == "In place (2012)"
    assert rows[0][header.index("Action plan")] == "Planned"
    assert rows[0][header.index("Baseline study")] == "Not recorded"


def test_comparison_is_a_matrix_of_marks_with_text_alternatives(client, cities):
    soup = BeautifulSoup(client.get("/members/compare/").content.decode(), "html.parser")
    region = soup.select_one(".member-matrix")
    assert region["role"] == "region" and region["tabindex"] == "0"
    assert (
        soup.select_one("#" + region["aria-describedby"])
        .get_text(strip=True)
        .endswith("Scroll the table sideways to see every item; the city column stays in place.")
    )
    table = region.table
    rows = table.tbody.find_all("tr")
    assert len(rows) > 2  # the starter content's example cities and these two
    assert table.caption.get_text(strip=True) == f"The FRA framework in {len(rows)} member cities"
    groups = table.thead.select('th[scope="colgroup"]')
    assert [(th.get_text(strip=True), th["colspan"]) for th in groups] == [
        ("Foundations", "4"),
        ("Structures", "6"),
        ("Tools", "6"),
    ]
    assert [int(group.get("span", 1)) for group in table.find_all("colgroup")] == [1, 4, 6, 6]
    graz = next(row for row in rows if row.th.get_text(strip=True) == "Graz")
    assert graz.th["scope"] == "row" and "member-matrix__sticky" in graz.th["class"]
    header, _rows = html_table(str(soup))
    cells = graz.find_all(["th", "td"])
    ombudsperson = cells[header.index("Anti-discrimination office or ombudsperson")]
    mark = ombudsperson.select_one('[aria-hidden="true"]')
    assert mark.get_text(" ", strip=True) == "✓ 2012"
    assert ombudsperson.select_one(".visually-hidden").get_text() == "In place (2012)"
    baseline = cells[header.index("Baseline study")]
    assert baseline.select_one('[aria-hidden="true"]').get_text() == "–"
    assert baseline.select_one(".visually-hidden").get_text() == "Not recorded"
    legend = [item.get_text(" ", strip=True) for item in soup.select(".member-matrix__legend li")]
    assert legend == ["✓ In place", "◐ Planned", "✗ No", "– Not recorded"]
    downloads = {
        link.get_text(strip=True): link["href"]
        for link in soup.select(".member-matrix__toolbar a[download]")
    }
    assert downloads == {"Download CSV": "?format=csv", "Download JSON": "?format=json"}
    for href in downloads.values():
        assert client.get("/members/compare/" + href).status_code == 200


def test_comparison_columns_can_be_one_group(client, cities):
    header, _rows = html_table(client.get("/members/compare/?group=foundations").content.decode())
    assert header == [
        "City",
        "Country",
        "Commitment to the EU Charter of Fundamental Rights",
        "Commitment to international human rights standards",
        "Commitment to the Sustainable Development Goals",
        "Contribution to international monitoring",
    ]
    header, _rows = html_table(client.get("/members/compare/?group=bogus").content.decode())
    assert len(header) == 2 + len(CommitmentKind)


def test_comparison_is_described_as_itself(client, cities):
    """Its canonical address, sharing title and structured breadcrumbs are
    the comparison's own, not those of the directory it belongs to."""
    soup = BeautifulSoup(client.get("/members/compare/?country=AT").content.decode(), "html.parser")
    assert soup.select_one('link[rel="canonical"]')["href"] == "http://testserver/members/compare/"
    assert soup.select_one('meta[property="og:title"]')["content"] == "Compare member cities"
    trails = [
        json.loads(script.string)
        for script in soup.select('script[type="application/ld+json"]')
        if '"BreadcrumbList"' in script.string
    ]
    assert [(item["name"], item["item"]) for item in trails[0]["itemListElement"]] == [
        ("Home", "http://testserver/"),
        ("Member cities", "http://testserver/members/"),
        ("Compare member cities", "http://testserver/members/compare/"),
    ]
