"""Checks that several models and blocks share, and the guard around
queries that visitors' input can make fail."""

import contextlib

from django.db import transaction


def one_of(values, both, neither=None):
    """The errors, by field name, of fields of which one is to be given:
    `both` on each given field when more than one is, `neither` on the first
    field when none is (if a message is given; else none may be left empty).
    `values` maps each field name to its value; an empty dict means valid."""
    given = [name for name, value in values.items() if value]
    if len(given) > 1:
        return dict.fromkeys(given, both)
    if not given and neither is not None:
        return {next(iter(values)): neither}
    return {}


def refusable_queries():
    """Around queries the database may refuse for what a visitor typed (a
    search): a savepoint when the request already runs in a transaction,
    which a failed query would otherwise end on PostgreSQL; nothing
    otherwise. A transaction of its own would cost a read its concurrency on
    SQLite, where production's transactions begin IMMEDIATE and take the
    database's one write lock."""
    if transaction.get_connection().in_atomic_block:
        return transaction.atomic()
    return contextlib.nullcontext()
