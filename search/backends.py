"""The search backend: Wagtail's database backend, whose PostgreSQL flavour
stems each language with its own text search configuration.

Wagtail's PostgreSQL backend indexes and queries everything with one
configuration (the database's default, English), so a German page is
stemmed as English and "Wahl" does not find "Wahlen". Here each record is
indexed with the configuration of its locale's language (`LANGUAGE_CONFIGS`
in the backend's settings; 'simple', which does not stem, for any other),
and translatable records are queried with the configuration of the active
language (a visitor at /de/search/ searches the German pages in German).
Records without a locale (documents, images) are indexed and queried with the
configuration of the site's default language, so both sides always agree.

Both ways into the index go through `add_items`: the live indexing on save
(`backend.add`) and `manage.py update_index` (the rebuilder). Records already
indexed keep their old stems until they are saved again or `update_index`
runs.

Search as you type: on both databases the last word of a query also matches
as the beginning of a word ("budg" finds "budgeting"; on PostgreSQL the
beginning of a stem, so "Wahl" finds "Wahlen"), in one full-text query.
Wagtail's stock search matches whole words only, and needs a second query
(autocomplete, titles only) for partial words. On SQLite FTS5 does not stem:
word forms that begin like the query are found this way.
"""

import copy
from collections import defaultdict

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from django.conf import settings
from django.db import connection

from wagtail.models import Locale, TranslatableMixin
from wagtail.search.backends import database

from home.locales import active_locale, locale_rows

UNSTEMMED = "simple"


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite":
        # Imported here: its module defines models that exist on SQLite only.
        from search.sqlite_backend import as_you_type

        return as_you_type(backend, params)
    return backend


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index `objs` in groups of one language, each with its configuration
        (Wagtail's indexer reads it from the backend)."""
        groups = defaultdict(list)
        for obj in objs:
            groups[self.backend.config_for_object(obj)].append(obj)
        for config, group in groups.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True

    def get_config(self, backend):
        if issubclass(self.queryset.model, TranslatableMixin):
            locale = active_locale()
            return backend.config_for_language(locale.language_code if locale else None)
        return backend.config_for_language(settings.LANGUAGE_CODE)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})
        self.config = self.config_for_language(settings.LANGUAGE_CODE)

    def config_for_language(self, language_code):
        code = (language_code or "").lower()
        configs = self.language_configs
        return configs.get(code) or configs.get(code.split("-")[0]) or UNSTEMMED

    def config_for_object(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return self.config_for_language(settings.LANGUAGE_CODE)
        code = dict(locale_rows()).get(locale_id)
        if code is None:
            # A locale added in this transaction, not yet among the kept rows.
            rows = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True)
            code = rows.first()
        return self.config_for_language(code)

    def with_config(self, config):
        """This backend, indexing with `config`."""
        backend = copy.copy(self)
        backend.config = config
        return backend
