"""A visitor of the home page in German, French, Dutch or Swedish reads the
first screen's interface in that language, not in English."""

import re

import pytest

pytestmark = pytest.mark.django_db

# The home page's interface strings (its first screen and the sections below).
ENGLISH = [
    "For cities",
    "Join the network",
    "For partners",
    "Contact us",
    "For everyone",
    "Read the resources",
    "Latest activity",
    "All activities",
    "Recent activities",
    "Member cities",
    "The FRA framework",
    "Compare the member cities across the framework",
    "Latest news",
    "All news",
]
EXPECTED = {
    "de": [
        "Dem Netzwerk beitreten",
        "Kontakt aufnehmen",
        "Die Ressourcen lesen",
        "Letzte Aktivität",
    ],
    "fr": ["Rejoindre le réseau", "Nous contacter", "Lire les ressources", "Dernière activité"],
    "nl": [
        "Lid worden van het netwerk",
        "Neem contact op",
        "Lees de bronnen",
        "Laatste activiteit",
    ],
    "sv": ["Gå med i nätverket", "Kontakta oss", "Läs resurserna", "Senaste aktiviteten"],
}


def texts(html):
    """The text between tags, one string per run of text."""
    return {text.strip() for text in re.findall(r">([^<]+)<", html) if text.strip()}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_home_page_speaks_the_visitors_language(client, language):
    html = client.get(f"/{language}/").content.decode()
    # The menu's labels are the pages' own titles (content), not interface strings.
    html = html[html.index("<main") : html.index("</main>")]
    shown = texts(html)
    for text in EXPECTED[language]:
        assert text in shown
    english = [text for text in ENGLISH if text in shown]
    assert english == [], f"English on /{language}/: {english}"
    # "About the network" is also the About page's title (content): the heading is ours.
    heading = re.search(r'id="about-heading">([^<]+)<', html).group(1)
    assert heading != "About the network"
    # "All 5 member cities" is counted in the visitor's language too.
    assert not re.search(r">\s*All \d+ member cities\s*<", html)
