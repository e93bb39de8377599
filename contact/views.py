"""Admin views of the form pages' submissions."""

from wagtail.contrib.forms.views import SubmissionsListView

# What spreadsheet programs read as the start of a formula (or, for tab and
# carriage return, what hides one behind white space).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    """`value`, made inert in a spreadsheet if it is text that would start a
    formula there: a leading single quote makes the cell plain text.
    See https://owasp.org/www-community/attacks/CSV_Injection."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class SafeSubmissionsListView(SubmissionsListView):
    """Wagtail's list of submissions, whose CSV export cannot smuggle a formula
    into the spreadsheet of the staff member who opens it. (The XLSX export
    is safe already: Wagtail writes every cell that looks like a formula as
    text.)"""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return escape_formula(value)
        return value

    def get_heading(self, queryset, field):
        # Column headings are the labels staff give the form's fields.
        return escape_formula(super().get_heading(queryset, field))
