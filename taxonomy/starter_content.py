"""Starter topics, chosen from what the network's own facts talk about."""

from wagtail.models import Locale

from home.starter import ensure_child_page
from taxonomy.choices import CharterTitleCode
from taxonomy.models import CharterTitle, Topic, TopicIndexPage

TOPICS = [
    (
        "equality-non-discrimination",
        "Equality and non-discrimination",
        "Equal treatment of every resident, and tackling inequality in urban life.",
    ),
    (
        "participation-democracy",
        "Participation and democracy",
        "Residents taking part in the decisions that shape their city.",
    ),
    (
        "right-to-vote",
        "The right to vote",
        "Making sure everyone entitled to vote can do so, in local, national and European elections.",
    ),
    (
        "youth",
        "Youth",
        "Young people's rights, and the EU Youth Strategy's aims: engage, connect, empower.",
    ),
    (
        "monitoring-indicators",
        "Monitoring and indicators",
        "Baseline studies, indicators and reports that show whether rights are respected.",
    ),
    (
        "eu-charter",
        "EU Charter of Fundamental Rights",
        "Knowing the Charter and applying it at local level.",
    ),
]


def ensure_charter_titles():
    """The six Charter titles (a migration creates them; a flushed test
    database needs them again)."""
    for code in CharterTitleCode.values:
        CharterTitle.objects.get_or_create(code=code)


def load(home, stdout):
    ensure_charter_titles()
    locale = Locale.get_default()
    for slug, name, description in TOPICS:
        _topic, created = Topic.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name, "description": description}
        )
        stdout.write(f"{'created' if created else 'kept   '}  topic {slug}")
    index, created = ensure_child_page(
        home,
        TopicIndexPage,
        "topics",
        title="Topics and the Charter",
        show_in_menus=True,
        search_description="Everything on the site by topic and by title of the EU Charter.",
        introduction=(
            "Practices, member cities, activities, resources and news, gathered by "
            "topic and by title of the Charter of Fundamental Rights of the European Union."
        ),
    )
    stdout.write(f"{'created' if created else 'kept   '}  page /{index.slug}/")


# The topics index in the other languages (home's starter translations apply them).
TRANSLATIONS = {
    "topics": {
        "de": {
            "title": "Themen und Charta",
            "search_description": (
                "Alles auf der Website nach Thema und nach Titel der EU-Grundrechtecharta."
            ),
            "introduction": (
                "Praxisbeispiele, Mitgliedsstädte, Aktivitäten, Materialien und Neuigkeiten, "
                "geordnet nach Thema und nach Titel der Charta der Grundrechte der "
                "Europäischen Union."
            ),
        },
        "fr": {
            "title": "Thèmes et Charte",
            "search_description": (
                "Tout le site par thème et par titre de la Charte des droits fondamentaux de l'UE."
            ),
            "introduction": (
                "Pratiques, villes membres, activités, ressources et actualités, regroupées "
                "par thème et par titre de la Charte des droits fondamentaux de l'Union "
                "européenne."
            ),
        },
        "nl": {
            "title": "Thema's en Handvest",
            "search_description": (
                "Alles op de website per thema en per titel van het EU-Grondrechtenhandvest."
            ),
            "introduction": (
                "Praktijken, lidsteden, activiteiten, publicaties en nieuws, gebundeld per "
                "thema en per titel van het Handvest van de grondrechten van de Europese Unie."
            ),
        },
        "sv": {
            "title": "Ämnen och stadgan",
            "search_description": (
                "Allt på webbplatsen efter ämne och efter avdelning i EU:s rättighetsstadga."
            ),
            "introduction": (
                "Exempel, medlemsstäder, aktiviteter, material och nyheter, samlade efter ämne "
                "och efter avdelning i Europeiska unionens stadga om de grundläggande "
                "rättigheterna."
            ),
        },
    },
}
