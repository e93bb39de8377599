"""Starter content of the members app: the member directory, the membership
types, example city profiles and the review set-up.

The network's facts name the countries its member cities come from, not the
cities. So the profiles here are examples, one per named country, flagged
`is_example` (a notice on the page, "(example profile)" in the admin) and
holding nothing but the country: no declaration, structure or date is made up.
Their map markers sit near the middle of each country.
"""

from decimal import Decimal

from wagtail.models import Locale

from home.starter import ensure_child_page
from members.models import MemberCityPage, MemberIndexPage, MembershipType
from members.onboarding import ensure_review_workflow, ensure_staff_group

DIRECTORY = {
    "title": "Member cities",
    "slug": "members",
    "show_in_menus": True,
    "search_description": (
        "The cities of the Human Rights Cities Network: where they are and what "
        "they have in place to make human rights real locally."
    ),
    "introduction": (
        "Cities in Austria, Belgium, Germany, the Netherlands, Sweden and other EU "
        "countries, each profiled along the EU Fundamental Rights Agency's framework."
    ),
}

MEMBERSHIP_TYPES = [
    ("member", "Member"),
    ("guest-member", "Guest member"),
    ("associate", "Associate"),
]

# (country code, country name, latitude and longitude near the country's middle)
EXAMPLE_CITIES = [
    ("AT", "Austria", Decimal("47.59"), Decimal("14.12")),
    ("BE", "Belgium", Decimal("50.64"), Decimal("4.67")),
    ("SE", "Sweden", Decimal("62.20"), Decimal("15.60")),
    ("DE", "Germany", Decimal("51.16"), Decimal("10.45")),
    ("NL", "Netherlands", Decimal("52.21"), Decimal("5.60")),
]


def in_country(country):
    return "the Netherlands" if country == "Netherlands" else country


def example_city(code, country, latitude, longitude):
    return {
        "title": f"Example city ({country})",
        "slug": f"example-city-{country.lower()}",
        "country": code,
        "latitude": latitude,
        "longitude": longitude,
        "is_example": True,
        "listing_summary": (
            f"An example profile standing in for a member city in {in_country(country)}. "
            "Staff replace it with a real member's profile."
        ),
        "body": [
            {
                "type": "paragraph",
                "value": (
                    f"<p>This is an example. HRCN has member cities in {in_country(country)}; this "
                    "profile shows where a member city's story goes, and is replaced by "
                    "a real city's profile in the admin. Its map marker sits near the "
                    "middle of the country, not at a real city.</p>"
                ),
            }
        ],
    }


def report(stdout, created, label):
    stdout.write(f"{'created' if created else 'kept   '}  {label}")


def load(home, stdout):
    directory, created = ensure_child_page(home, MemberIndexPage, **DIRECTORY)
    report(stdout, created, f"page {directory.url_path}")

    locale = Locale.get_default()
    for slug, name in MEMBERSHIP_TYPES:
        _type, created = MembershipType.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name}
        )
        report(stdout, created, f"membership type {slug}")

    for code, country, latitude, longitude in EXAMPLE_CITIES:
        city, created = ensure_child_page(
            directory, MemberCityPage, **example_city(code, country, latitude, longitude)
        )
        report(stdout, created, f"page {city.url_path}")

    _group, created = ensure_staff_group()
    report(stdout, created, "group HRCN staff")
    workflow, created = ensure_review_workflow()
    report(stdout, created, f"workflow {workflow.name}")


# The directory in the other languages (home's starter translations apply them).
TRANSLATIONS = {
    "members": {
        "de": {
            "title": "Mitgliedsstädte",
            "search_description": (
                "Die Städte des Human Rights Cities Network: wo sie liegen und was sie "
                "eingerichtet haben, um Menschenrechte vor Ort zu verwirklichen."
            ),
            "introduction": (
                "Städte in Belgien, Deutschland, den Niederlanden, Österreich, Schweden und "
                "weiteren EU-Ländern, jede beschrieben entlang des Rahmens der "
                "EU-Grundrechteagentur."
            ),
        },
        "fr": {
            "title": "Villes membres",
            "search_description": (
                "Les villes du Human Rights Cities Network : où elles se trouvent et ce "
                "qu'elles ont mis en place pour rendre les droits humains réels localement."
            ),
            "introduction": (
                "Des villes d'Allemagne, d'Autriche, de Belgique, des Pays-Bas, de Suède et "
                "d'autres pays de l'UE, chacune présentée selon le cadre de l'Agence des "
                "droits fondamentaux de l'UE."
            ),
        },
        "nl": {
            "title": "Lidsteden",
            "search_description": (
                "De steden van het Human Rights Cities Network: waar ze liggen en wat ze "
                "hebben ingericht om mensenrechten lokaal waar te maken."
            ),
            "introduction": (
                "Steden in België, Duitsland, Nederland, Oostenrijk, Zweden en andere "
                "EU-landen, elk beschreven volgens het kader van het EU-Grondrechtenagentschap."
            ),
        },
        "sv": {
            "title": "Medlemsstäder",
            "search_description": (
                "Städerna i Human Rights Cities Network: var de ligger och vad de har på plats "
                "för att göra de mänskliga rättigheterna verkliga lokalt."
            ),
            "introduction": (
                "Städer i Belgien, Nederländerna, Sverige, Tyskland, Österrike och andra "
                "EU-länder, var och en beskriven utifrån ramverket från EU:s byrå för "
                "grundläggande rättigheter."
            ),
        },
    },
}
