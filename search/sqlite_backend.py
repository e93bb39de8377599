"""Wagtail's SQLite (FTS5) search backend, searching as you type: the last
word of a query also matches as the beginning of a word (search/backends.py).
Imported only on SQLite, where the FTS5 index models exist."""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)


class AsYouTypeQueryCompiler(SQLiteSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True


class AsYouTypeSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = AsYouTypeQueryCompiler


def as_you_type(backend, params):
    """The FTS5 backend searching as you type; any other (SQLite without
    FTS5) as it is."""
    if isinstance(backend, SQLiteSearchBackend):
        return AsYouTypeSQLiteSearchBackend(params)
    return backend
