"""Folding filters: how many of a listing's filters are applied, for the
disclosure that holds the filter form (components/filter_fold_summary.html)."""

from django import template

register = template.Library()


@register.filter
def active_count(filters):
    """The number of applied filters in a dict of validated values, or in a
    list of fields with a "value" each (components/filter_select.html)."""
    if not filters:
        return 0
    if isinstance(filters, dict):
        values = filters.values()
    else:
        values = [field.get("value") for field in filters]
    return sum(1 for value in values if value)
