"""Read an HTML form's inputs the way a browser submits them, with no JavaScript.

`form_data(html, containing="title")` returns the (name, value) pairs of the
first POST form that has a control of that name, as sent unchanged: text and hidden inputs, checked
boxes, selected options and textareas; no file, button or disabled fields.
A StreamField, which Wagtail's JavaScript draws, is sent as the empty stream
that script would submit on a new page (`<name>-count=0`).
"""

import json
import re
from html.parser import HTMLParser

SKIPPED_INPUT_TYPES = {"file", "submit", "button", "image", "reset"}


class FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.form = None
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.form = {
                "method": (attrs.get("method") or "get").lower(),
                "fields": [],
                "names": set(),
            }
            self.forms.append(self.form)
            return
        if self.form is None or "disabled" in attrs:
            return
        if attrs.get("data-controller") == "w-block" and attrs.get("id"):
            definition = json.loads(attrs.get("data-w-block-data-value") or "{}")
            if definition.get("_type", "").endswith("StreamBlock"):
                self.form["fields"].append((f"{attrs['id']}-count", "0"))
            return
        name = attrs.get("name")
        if name and tag in {"input", "textarea", "select"}:
            self.form["names"].add(name)
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in SKIPPED_INPUT_TYPES:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.form["fields"].append((name, attrs.get("value") or "on"))
                return
            self.form["fields"].append((name, attrs.get("value") or ""))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = {"name": name, "first": None, "selected": []}
        elif tag == "option" and self.select is not None:
            value = attrs.get("value", "")
            if self.select["first"] is None:
                self.select["first"] = value
            if "selected" in attrs:
                self.select["selected"].append(value)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            if self.form is not None:
                # Browsers drop the newline that may follow <textarea>.
                self.form["fields"].append((name, text.removeprefix("\r").removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            values = self.select["selected"] or [self.select["first"]]
            if self.form is not None:
                self.form["fields"].extend(
                    (self.select["name"], value) for value in values if value is not None
                )
            self.select = None


def form_data(html, containing):
    parser = FormParser()
    parser.feed(html)
    for form in parser.forms:
        if form["method"] == "post" and containing in form["names"]:
            return list(form["fields"])
    raise AssertionError(f"No POST form with a {containing!r} field on the page")


def with_values(fields, values):
    """The fields with the given names set to new values (added if missing)."""
    return [(name, value) for name, value in fields if name not in values] + list(values.items())


def fold(html):
    """A listing's filter disclosure: whether it is open, and its summary
    without the result count."""
    match = re.search(
        r'<details class="filter-fold"( open)?>\s*<summary[^>]*>\s*(.*?)\s*</summary>', html, re.S
    )
    assert match, "no filter disclosure"
    form = html[match.end() : html.index("</details>", match.end())]
    assert "<form" in form and "<select" in form
    summary = re.sub(r"\s*<span class=\"filter-fold__results\">.*?</span>", "", match.group(2))
    return bool(match.group(1)), summary.strip()


def results_in_fold(html):
    """The number of results the filter disclosure's summary gives."""
    return int(re.search(r'<span class="filter-fold__results">(\d+) results?</span>', html)[1])
