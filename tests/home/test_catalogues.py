"""The message catalogues ship complete: every interface string translated into
German, French, Dutch and Swedish, placeholders intact, and the compiled .mo
files in step with the .po sources."""

import ast
import gettext
import io
import re
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.core.management import call_command

from home.management.commands.compile_catalogues import compile_po

LANGUAGES = ["de", "fr", "nl", "sv"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|\{\w*\}")


def catalogue(language):
    return polib.pofile(
        str(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po")
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    po = catalogue(language)
    assert len(po) > 100
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{len(untranslated)} untranslated in {language}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy in {language}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    broken = []
    for entry in catalogue(language):
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        expected = sorted(set(PLACEHOLDER.findall(" ".join(sources))))
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for target in targets:
            if sorted(set(PLACEHOLDER.findall(target))) != expected:
                broken.append(entry.msgid)
    assert broken == []


def test_compiled_catalogues_are_up_to_date():
    call_command("compile_catalogues", "--check")


def test_fuzzy_and_untranslated_entries_stay_out_of_the_compiled_catalogue(tmp_path):
    """As with msgfmt: a fuzzy guess is never shown, the English text is."""
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "de"}
    po.append(polib.POEntry(msgid="Members", msgstr="Mitglieder"))
    po.append(polib.POEntry(msgid="Resources", msgstr="Ressourcen", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="News", msgstr=""))
    po.save(str(tmp_path / "django.po"))

    translations = gettext.GNUTranslations(io.BytesIO(compile_po(tmp_path / "django.po")))

    assert translations.gettext("Members") == "Mitglieder"
    assert translations.gettext("Resources") == "Resources"
    assert translations.gettext("News") == "News"


# Every interface string in the code has a translated entry: the strings are
# found the way `makemessages` finds them (Django's own `templatize` for
# templates, gettext calls for Python), without needing GNU gettext.
SOURCE_SKIP = {".venv", "node_modules", "tests", "bench", "scripts", "static", "locale", "media"}
KEYWORDS = {
    # name: (index of msgctxt or None, index of msgid, index of msgid_plural or None)
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}
CALL = re.compile(r"\b(n?p?gettext)\(")


def messages_in_tree(tree):
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in KEYWORDS:
            continue
        context, msgid, _plural = KEYWORDS[name]
        args = node.args
        needed = max(i for i in (context, msgid) if i is not None)
        if len(args) <= needed or not all(
            isinstance(args[i], ast.Constant) and isinstance(args[i].value, str)
            for i in (context, msgid)
            if i is not None
        ):
            continue
        found.add((args[context].value if context is not None else None, args[msgid].value))
    return found


def messages_in_template(source):
    """The gettext calls `templatize` turns {% translate %} and
    {% blocktranslate %} into, each parsed as Python."""
    from django.utils.translation.template import templatize

    text = templatize(source)
    found = set()
    for match in CALL.finditer(text):
        end = match.end()
        while (end := text.find(")", end)) != -1:
            end += 1
            try:
                found |= messages_in_tree(ast.parse(text[match.start() : end].strip()))
                break
            except SyntaxError:
                continue
    return found


def interface_strings():
    root = Path(settings.BASE_DIR)
    found = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] in SOURCE_SKIP or relative.parts[0].startswith("."):
            continue
        if path.suffix == ".py":
            messages = messages_in_tree(ast.parse(path.read_text()))
        elif path.suffix in {".html", ".txt"}:
            messages = messages_in_template(path.read_text())
        else:
            continue
        for message in messages:
            found.setdefault(message, str(relative))
    return found


def test_the_extractor_finds_translate_tags_and_gettext_calls():
    template = (
        '{% load i18n %}<p>{% translate "Plain" %}</p>'
        "{% blocktranslate count counter=n %}One {{ counter }}{% plural %}Many {{ counter }}"
        '{% endblocktranslate %}{% translate "Menu" context "navigation" %}'
    )
    assert messages_in_template(template) == {
        (None, "Plain"),
        (None, "One %(counter)s"),
        ("navigation", "Menu"),
    }
    code = 'label = _("Label")\nother = pgettext_lazy("ctx", "Word")\nskip = gettext(name)\n'
    assert messages_in_tree(ast.parse(code)) == {(None, "Label"), ("ctx", "Word")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_in_the_code_has_a_translation(language):
    translated = {
        (entry.msgctxt, entry.msgid)
        for entry in catalogue(language)
        if entry.translated() and not entry.obsolete
    }
    found = interface_strings()
    assert len(found) > 300
    missing = sorted(
        f"{where}: {msgid!r}"
        for (ctx, msgid), where in found.items()
        if (ctx, msgid) not in translated
    )
    assert missing == [], f"{len(missing)} strings without a translation in {language}"
