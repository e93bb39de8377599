"""Helpers for listing pages: query-string filters that accept only known
values, and pagination that never fails on a bad page number."""

from urllib.parse import urlencode

from django.core.paginator import Paginator


def valid_choice(request, name, allowed):
    """The value of `?name=` if it is one of `allowed` (strings), else ""."""
    value = request.GET.get(name, "")
    return value if value in {str(choice) for choice in allowed} else ""


def paginate(request, items, per_page):
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def filter_query(values):
    """The chosen filters for pagination links (components/pagination.html):
    starts with & when not empty."""
    chosen = {key: value for key, value in values.items() if value}
    return f"&{urlencode(chosen)}" if chosen else ""
