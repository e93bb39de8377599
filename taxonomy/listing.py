"""Listing filters, one way for every listing: a django-filter FilterSet per
listing, built on `ListingFilterSet`, bound to the query string, its `.qs`
paginated with `paginate`, its pagination links built by `{% querystring %}`
from `.query`, its fields rendered by `{% filter_fields %}` (taxonomy_tags),
each with components/filter_field.html.

A value from the query string is used only when it is one of the choices
offered (or, for text, passes its field's checks); anything else counts as
"no filter": the listing answers with its normal page, never an error."""

import django_filters

from django.core.paginator import Paginator
from django.forms.renderers import Jinja2
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home.caching import kept_for_page
from home.privacy import public_in_every_language
from taxonomy.models import Topic

# Filter forms render with Django's own widget templates in their Jinja2 form:
# Django's template engine renders a template for every option of a select,
# and a filtered member directory took 15.8 ms instead of 9.5 ms with it.
FILTER_FORM_RENDERER = Jinja2()


class KnownChoiceFilter(django_filters.ChoiceFilter):
    """A select of the values the listing knows, "Any" first."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("empty_label", _("Any"))
        super().__init__(*args, **kwargs)


class ListingFilterSet(django_filters.FilterSet):
    """The filters of one listing page.

    A subclass declares its filters (`KnownChoiceFilter` for a choice) and,
    for choices that come from the content, returns them from `choices()` as
    `{filter name: [(value, label), ...]}`: they are computed once per content
    generation and page (`kept_for_page`), so however many visitors filter,
    the options cost no query. `hide_empty` leaves out a select with nothing
    to offer."""

    hide_empty = False
    label_suffix = ""

    def __init__(self, data, queryset, *, page, request=None):
        super().__init__(data, queryset, request=request)
        self.page = page
        options = kept_for_page(page, f"filters:{type(self).__name__}", self.choices)
        for name, choices in options.items():
            self.filters[name].extra["choices"] = choices

    def choices(self):
        """The choices that come from the content (none by default)."""
        return {}

    def build_form(self, data):
        return self.get_form_class()(
            data,
            auto_id="filter-%s",
            label_suffix=self.label_suffix,
            renderer=FILTER_FORM_RENDERER,
        )

    @property
    def form(self):
        """The form as applied: when a value was ignored, bound to the valid
        values only, so that it shows as "any", not as an error."""
        values = self.values
        if not hasattr(self, "_form"):
            self._form = self.build_form(query_of(values))
        return self._form

    @property
    def fields(self):
        """The form's fields to show, in order."""
        return [
            field
            for field in self.form
            if not (
                self.hide_empty
                and "choices" in self.filters[field.name].extra
                and not self.filters[field.name].extra["choices"]
            )
        ]

    def fields_html(self, field_class, leave_out=()):
        """The fields, each rendered by components/filter_field.html (with
        `field_class` on its wrapper), but those named in `leave_out`. While
        no filter is applied the form is the same for every visitor of the
        page in a language: its HTML is then kept with the content generation,
        and the common request (a listing opened from the menu) renders no
        form at all."""

        def render():
            return "".join(
                render_to_string(
                    "components/filter_field.html", {"field": field, "class": field_class}
                )
                for field in self.fields
                if field.name not in leave_out
            )

        if self.values:
            return mark_safe(render())  # noqa: S308 (rendered by Django's templates)
        name = f"filter-fields:{type(self).__name__}:{get_language()}:{field_class}:{','.join(leave_out)}"
        return mark_safe(kept_for_page(self.page, name, render))  # noqa: S308 (as above)

    @property
    def values(self):
        """The filters that passed validation and are set: an unknown or
        malformed value is simply not among them."""
        if not hasattr(self, "_values"):
            checked = self.build_form(self.data)
            if checked.is_valid():
                self._form = checked
            self._values = {
                name: value
                for name, value in checked.cleaned_data.items()
                if value not in (None, "")
            }
        return self._values

    @property
    def active_count(self):
        """How many filters are applied, for the fold's summary."""
        return len(self.values)

    @property
    def query(self):
        """The applied filters as a query string, for `{% querystring %}`."""
        return query_of(self.values)

    def filter_queryset(self, queryset):
        return self.qs_without(queryset=queryset)

    def qs_without(self, *names, queryset=None):
        """The queryset under every applied filter but `names`."""
        queryset = self.queryset.all() if queryset is None else queryset
        for name, value in self.values.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def linked_pages(self, relation):
        """Choices of the live, public pages of the page's language that the
        listed items link to through `relation` (a lookup ending in the
        linked page's id), as (slug, title), by title."""
        linked = self.queryset.order_by().values(relation)
        return list(
            public_in_every_language(
                Page.objects.live().filter(pk__in=linked, locale_id=self.page.locale_id)
            )
            .order_by("title")
            .values_list("slug", "title")
        )

    def topics(self):
        """Choices of the topics in the page's language, as (slug, name)."""
        return [
            (topic.slug, topic.name)
            for topic in Topic.objects.filter(locale_id=self.page.locale_id)
        ]


def query_of(values):
    """A QueryDict of the values that are set."""
    query = QueryDict(mutable=True)
    for name, value in values.items():
        if value:
            query[name] = str(value)
    return query


def valid_choice(request, name, allowed):
    """The value of `?name=` if it is one of `allowed` (strings), else ""."""
    value = request.GET.get(name, "")
    return value if value in {str(choice) for choice in allowed} else ""


def paginate(request, items, per_page):
    """One page of `items`; a bad page number gives the first or last page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
