"""Site search at /search/: pages of every kind, topics and documents, grouped
by kind with counts, promoted results first, matched words highlighted.

Pages and documents are found in full text, the query's last word also as
the beginning of a word, as typed (search/backends.py: "budg" finds
"budgeting"; PostgreSQL also stems words in each language). Topics and
Charter titles are found by the beginnings of the words of their names and
descriptions.

Any input gives a normal page: NUL bytes are dropped, the query is capped,
the kind filter accepts only known kinds, and an error from the search
backend shows the empty state instead of a 500.
"""

import logging
import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FieldError, FilterError
from wagtail.search.utils import normalise_query_string

from home.caching import kept
from home.locales import active_locale
from home.privacy import private_q, public_in_every_language
from home.validation import refusable_queries
from search.highlight import search_terms
from taxonomy.kinds import CONTENT_KINDS
from taxonomy.listing import paginate, query_of, valid_choice
from taxonomy.models import Topic, TopicIndexPage, charter_titles_in_order

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PER_PAGE = 10
GROUP_PREVIEW = 3
# Matches counted per group: more are shown as this number.
MAX_MATCHES = 500
SEARCH_ERRORS = (DatabaseError, FieldError, FilterError, ValueError)
KIND_KEYS = {kind.key for kind in CONTENT_KINDS}


@dataclass
class Result:
    title: str
    url: str
    summary: str = ""
    meta: str = ""


@dataclass
class Group:
    key: str
    label: str
    model: object
    matches: list = field(default_factory=list)
    results: list = None

    @property
    def count(self):
        return len(self.matches)


def clean_query(raw):
    """The query as searched: no NUL bytes, whitespace collapsed, capped."""
    return " ".join(raw.replace("\x00", "").split())[:MAX_QUERY_LENGTH].strip()


def page_result(page, listing_summary=""):
    return Result(
        title=page.title, url=page.url, summary=listing_summary or page.search_description
    )


def document_result(document):
    return Result(title=document.title, url=document.url, meta=document.file_extension.upper())


def found(queryset, query):
    """The records of `queryset` that match `query`, best first, at most
    MAX_MATCHES."""
    return list(get_search_backend().search(query, queryset)[:MAX_MATCHES])


def tags(locale):
    """The topics of a language and the six Charter titles, as results with
    the words they are found by. A short, fixed vocabulary: kept with the
    content generation and matched here, at no query per search."""

    def compute():
        index = public_in_every_language(
            TopicIndexPage.objects.live().filter(locale=locale)
        ).first()
        if index is None:
            return []
        topics = [
            (topic.name, index.topic_url(topic), topic.description)
            for topic in Topic.in_language(locale)
        ]
        charter = [
            (str(title.name), index.charter_url(title), str(title.articles))
            for title in charter_titles_in_order()
        ]
        return [
            {"title": title, "url": url, "summary": summary, "words": words(f"{title} {summary}")}
            for title, url, summary in topics + charter
        ]

    return kept(f"search-tags:{locale.language_code}", compute)


def words(text):
    return sorted({word.lower() for word in re.findall(r"\w+", text)})


def matching_tags(query, locale):
    """Topics and Charter titles of which every searched word begins a word."""
    terms = search_terms(query)
    if not terms:
        return []
    return [
        Result(tag["title"], tag["url"], tag["summary"])
        for tag in tags(locale)
        if all(any(word.startswith(term) for word in tag["words"]) for term in terms)
    ]


def search_groups(query, locale, private):
    """The groups of results, one per kind of page, then other pages, then
    topics and documents: pages of every kind are found in one search and
    sorted into their kinds, so a search costs the same number of queries
    whatever the number of kinds or results."""
    kinds = CONTENT_KINDS
    groups = [Group(kind.key, kind.label, kind.model) for kind in kinds]
    groups.append(Group("pages", _("Pages"), Page))
    by_model = {kind.model: group for kind, group in zip(kinds, groups, strict=False)}
    pages = (
        Page.objects.live()
        .exclude(private)
        .filter(locale=locale, depth__gt=1)
        .only("content_type_id", "title", "url_path", "search_description")
    )
    for page in found(pages, query):
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        by_model.get(model, groups[-1]).matches.append(page)
    groups.append(
        Group("topics", _("Topics and Charter titles"), None, matching_tags(query, locale))
    )
    restricted = CollectionViewRestriction.objects.values("collection")
    documents = (
        get_document_model().objects.exclude(collection__in=restricted).only("title", "file")
    )
    groups.append(Group("documents", _("Documents"), None, found(documents, query)))
    return groups


def shown(selections):
    """The results to show for each (group, matches) of `selections`, in
    order. Pages of a kind show their own listing summary, read for every
    group in one query; other pages their search description."""
    summaries = listing_summaries(
        [(group.model, matches) for group, matches in selections if group.key in KIND_KEYS]
    )
    results = []
    for group, matches in selections:
        if group.key == "topics":
            results.append(matches)
        elif group.key == "documents":
            results.append([document_result(document) for document in matches])
        else:
            results.append([page_result(page, summaries.get(page.pk, "")) for page in matches])
    return results


def listing_summaries(models_and_pages):
    """{page id: listing summary} of the pages, each (model, pages) pair
    read from its own page type's table, all in one query."""
    parts = [
        model.objects.filter(pk__in=[page.pk for page in pages])
        .order_by()
        .values_list("pk", "listing_summary")
        for model, pages in models_and_pages
        if pages
    ]
    if not parts:
        return {}
    return dict(parts[0].union(*parts[1:], all=True))


def promotions(locale, private):
    """The editors' picks of a language, by the normalised query they are
    picked for, in their order: kept with the content generation, so a
    search costs no query for them."""

    def compute():
        picks = (
            SearchPromotion.objects.exclude(page__in=Page.objects.filter(private))
            .select_related("page", "query")
            .order_by("query_id", "sort_order", "pk")
        )
        by_query = {}
        for pick in picks:
            if pick.page is None:
                result = Result(pick.external_link_text, pick.external_link_url, pick.description)
            elif pick.page.live and pick.page.locale_id == locale.pk:
                result = Result(pick.page.title, pick.page.url, pick.description)
            else:
                continue
            by_query.setdefault(pick.query.query_string, []).append(result)
        return by_query

    return kept(f"search-promotions:{locale.language_code}", compute)


def promoted_results(query, locale, private):
    return promotions(locale, private).get(normalise_query_string(query), [])


def run_search(request, query, kind, locale, private):
    groups = search_groups(query, locale, private)
    page_obj = None
    if kind:
        group = next(group for group in groups if group.key == kind)
        page_obj = paginate(request, group.matches, PER_PAGE)
        (page_obj.object_list,) = shown([(group, page_obj.object_list)])
    else:
        previewed = [group for group in groups if group.matches]
        results = shown([(group, group.matches[:GROUP_PREVIEW]) for group in previewed])
        for group, group_results in zip(previewed, results, strict=True):
            group.results = group_results
    return groups, page_obj


@require_safe
def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = active_locale()
    kind_keys = [kind.key for kind in CONTENT_KINDS] + ["pages", "topics", "documents"]
    kind = valid_choice(request, "kind", kind_keys)
    context = {
        "query": query,
        "kind": kind,
        "groups": [],
        "promoted": [],
        "results": None,
        "meta_title": _("Search"),
        "noindex": True,
    }
    if query:
        try:
            with refusable_queries():
                # Pages a view restriction covers in any language (home/privacy.py),
                # found once for every group and the promoted results.
                private = private_q()
                groups, page_obj = run_search(request, query, kind, locale, private)
                promoted = promoted_results(query, locale, private)
        except SEARCH_ERRORS:
            logger.warning("Search failed for a query of %s characters", len(query), exc_info=True)
            groups, page_obj, promoted = [], None, []
        context.update(
            groups=groups,
            results=page_obj,
            promoted=promoted if not page_obj or page_obj.number == 1 else [],
            total=sum(group.count for group in groups),
            kind_label=next((g.label for g in groups if g.key == kind), ""),
            params=query_of({"q": query, "kind": kind}),
        )
    response = TemplateResponse(request, "search/search.html", context)
    if query:
        # Results are not kept by any cache (home.caching): there is no end
        # to the queries people type, and results follow every change.
        patch_cache_control(response, private=True, max_age=0)
    return response
