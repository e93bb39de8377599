"""Starter content of the library: the resource types and the 2021 FRA report
the network contributed to, described in our own words and linked, not
uploaded, with FRA as its author."""

from wagtail.models import Locale

from home.choices import EULanguage
from home.models import SiteSettings
from home.starter import choose_key_page, ensure_child_page
from people.models import Organisation
from resources.models import ResourceFile, ResourceIndexPage, ResourcePage, ResourceType
from taxonomy.models import Topic

RESOURCE_TYPES = [
    ("publication", "Publication"),
    ("report", "Report"),
    ("guideline", "Guideline"),
    ("toolkit", "Toolkit"),
    ("policy-document", "Policy document"),
    ("other", "Other"),
]

LIBRARY = {
    "title": "Resources",
    "show_in_menus": True,
    "search_description": (
        "Publications, reports, guidelines, toolkits and policy documents on human rights cities."
    ),
    "introduction": (
        "Reports, guidelines, toolkits and policy documents for cities that want to "
        "make human rights part of their everyday work. Filter by type, topic, "
        "Charter title, city, language or year."
    ),
}

FRA = {
    "name": "EU Agency for Fundamental Rights (FRA)",
    "website": "https://fra.europa.eu/",
}

FRA_REPORT_URL = "https://fra.europa.eu/en/publication/2021/human-rights-cities-framework"

FRA_REPORT = {
    "title": "Human rights cities in the EU: a framework for reinforcing rights locally",
    "year": 2021,
    "summary": (
        "A 2021 report of the EU Agency for Fundamental Rights (FRA) on what being a "
        "human rights city in the European Union involves, and how cities can "
        "strengthen rights at local level. The Human Rights Cities Network took part "
        "in writing it, as a member of FRA's experts' group on human rights cities."
    ),
    "listing_summary": "FRA's 2021 framework for human rights cities, with the network's contribution.",
}


def load(home, stdout):
    locale = Locale.get_default()
    for slug, name in RESOURCE_TYPES:
        _type, created = ResourceType.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name}
        )
        stdout.write(f"{'created' if created else 'kept   '}  resource type {slug}")

    library, created = ensure_child_page(home, ResourceIndexPage, "resources", **LIBRARY)
    choose_key_page(SiteSettings.for_site(home.get_site()), "resources", library)
    stdout.write(f"{'created' if created else 'kept   '}  page /resources/")

    fra, created = Organisation.objects.get_or_create(
        locale=locale, name=FRA["name"], defaults={"website": FRA["website"]}
    )
    stdout.write(f"{'created' if created else 'kept   '}  organisation {fra.name}")

    report_type = ResourceType.objects.get(locale=locale, slug="report")
    report, created = ensure_child_page(
        library,
        ResourcePage,
        "fra-human-rights-cities-framework-2021",
        resource_type=report_type,
        files=[ResourceFile(language=EULanguage.EN, external_url=FRA_REPORT_URL)],
        topics=list(Topic.objects.filter(locale=locale, slug__in=["eu-charter"])),
        authors=[fra],
        **FRA_REPORT,
    )
    stdout.write(f"{'created' if created else 'kept   '}  resource {report.slug}")


# The library in the other languages (home's starter translations apply them).
TRANSLATIONS = {
    "resources": {
        "de": {
            "title": "Materialien",
            "search_description": (
                "Publikationen, Berichte, Leitfäden, Toolkits und Strategiepapiere zu "
                "Menschenrechtsstädten."
            ),
            "introduction": (
                "Berichte, Leitfäden, Toolkits und Strategiepapiere für Städte, die "
                "Menschenrechte zum Teil ihrer täglichen Arbeit machen wollen. Filtern Sie "
                "nach Art, Thema, Titel der Charta, Stadt, Sprache oder Jahr."
            ),
        },
        "fr": {
            "title": "Ressources",
            "search_description": (
                "Publications, rapports, lignes directrices, boîtes à outils et documents "
                "d'orientation sur les villes des droits humains."
            ),
            "introduction": (
                "Rapports, lignes directrices, boîtes à outils et documents d'orientation pour "
                "les villes qui veulent intégrer les droits humains à leur travail quotidien. "
                "Filtrez par type, thème, titre de la Charte, ville, langue ou année."
            ),
        },
        "nl": {
            "title": "Publicaties",
            "search_description": (
                "Publicaties, rapporten, richtlijnen, toolkits en beleidsdocumenten over "
                "mensenrechtensteden."
            ),
            "introduction": (
                "Rapporten, richtlijnen, toolkits en beleidsdocumenten voor steden die "
                "mensenrechten onderdeel willen maken van hun dagelijkse werk. Filter op "
                "soort, thema, titel van het Handvest, stad, taal of jaar."
            ),
        },
        "sv": {
            "title": "Material",
            "search_description": (
                "Publikationer, rapporter, riktlinjer, verktygslådor och policydokument om "
                "människorättsstäder."
            ),
            "introduction": (
                "Rapporter, riktlinjer, verktygslådor och policydokument för städer som vill "
                "göra de mänskliga rättigheterna till en del av sitt dagliga arbete. Filtrera "
                "på typ, ämne, avdelning i stadgan, stad, språk eller år."
            ),
        },
    },
}
