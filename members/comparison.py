"""The comparison table: one row per city, one column per item of the FRA
framework. The page, the CSV and the JSON are all made from the same
`ComparisonTable`, so a download holds exactly what the table shows: the page
draws each cell as a mark whose text alternative is the download's text."""

import csv

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _

from members.choices import COMMITMENT_GROUPS, KIND_GROUP, CommitmentStatus

NOT_RECORDED = _("Not recorded")
DOWNLOAD_NAME = "hrcn-member-cities"
UNKNOWN = "unknown"

# The mark drawn for each status in the matrix, and its key's wording.
MARKS = {
    CommitmentStatus.IN_PLACE: "✓",
    CommitmentStatus.PLANNED: "◐",
    CommitmentStatus.NO: "✗",
    UNKNOWN: "–",
}


def legend():
    labels = {**dict(CommitmentStatus.choices), UNKNOWN: NOT_RECORDED}
    return [
        {"status": status, "mark": mark, "label": labels[status]} for status, mark in MARKS.items()
    ]


class ComparisonTable:
    def __init__(self, cities, request, *, group=None):
        kinds = COMMITMENT_GROUPS[group] if group else list(KIND_GROUP)
        self.kinds = kinds
        self.groups = [
            {"group": name, "kinds": [kind for kind in members if kind in kinds]}
            for name, members in COMMITMENT_GROUPS.items()
            if not group or name == group
        ]
        self.columns = [
            {"key": "city", "label": str(_("City"))},
            {"key": "country", "label": str(_("Country"))},
            *({"key": kind.value, "label": str(kind.label)} for kind in kinds),
        ]
        self.rows = [self.row(city, request) for city in cities]
        self.legend = legend()

    def row(self, city, request):
        by_kind = {item.kind: item for item in city.commitments.all()}
        cells = [city.title, str(city.country_name)]
        marks = []
        for kind in self.kinds:
            item = by_kind.get(kind)
            text = item.summary if item else str(NOT_RECORDED)
            status = item.status if item else UNKNOWN
            cells.append(text)
            marks.append(
                {
                    "status": status,
                    "mark": MARKS.get(status, MARKS[UNKNOWN]),
                    "text": text,
                    "year": item.year if item else None,
                }
            )
        return {"url": city.get_url(request), "cells": cells, "marks": marks}

    def csv_response(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{DOWNLOAD_NAME}.csv"'
        writer = csv.writer(response)
        writer.writerow([column["label"] for column in self.columns])
        writer.writerows(row["cells"] for row in self.rows)
        return response

    def json_response(self):
        keys = [column["key"] for column in self.columns]
        response = JsonResponse(
            {
                "columns": self.columns,
                "rows": [dict(zip(keys, row["cells"], strict=True)) for row in self.rows],
            },
            json_dumps_params={"ensure_ascii": False},
        )
        response["Content-Disposition"] = f'attachment; filename="{DOWNLOAD_NAME}.json"'
        return response
