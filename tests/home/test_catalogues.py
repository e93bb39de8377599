"""The message catalogues ship complete: every interface string translated into
German, French, Dutch and Swedish, placeholders intact, and the compiled .mo
files in step with the .po sources."""

import re
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.core.management import call_command

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
