"""Highlighting of the words searched for, safe with any input."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_TERMS = 10


def search_terms(query):
    words = {word.lower() for word in re.findall(r"\w{2,}", query)}
    return sorted(words, key=len, reverse=True)[:MAX_TERMS]


def highlight(text, query):
    """`text` escaped, with each word that begins with a searched word wrapped
    in <mark>.

    The text is split on the matches first and every piece escaped on its
    own, so neither the text nor the query can inject markup, and a match can
    never land inside an escaped entity such as `&amp;`.
    """
    text = str(text or "")
    terms = search_terms(query)
    if not terms:
        return escape(text)
    # A word that begins with a term is marked whole: "budget" marks "budgeting".
    pattern = re.compile(
        r"(\b(?:" + "|".join(re.escape(term) for term in terms) + r")\w*)", re.IGNORECASE
    )
    pieces = pattern.split(text)
    html = "".join(
        f"<mark>{escape(piece)}</mark>" if index % 2 else escape(piece)
        for index, piece in enumerate(pieces)
    )
    return mark_safe(html)  # noqa: S308 - every piece is escaped above
