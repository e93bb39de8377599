"""The message catalogues ship complete: every interface string translated into
German, French, Dutch and Swedish, placeholders intact, and the compiled .mo
files in step with the .po sources."""

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
