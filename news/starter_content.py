"""Starter news: the listing and one item on the network's part in the FRA
experts' group on human rights cities."""

from wagtail.models import Locale

from home.starter import ensure_child_page
from news.models import NewsIndexPage, NewsPage
from resources.starter_content import FRA_REPORT_URL
from taxonomy.models import Topic

NEWS = {
    "title": "News",
    "show_in_menus": True,
    "search_description": "News from the Human Rights Cities Network.",
    "introduction": "What the network and its member cities are working on.",
}

FRA_EXPERTS_GROUP = {
    "title": "The network in FRA's experts' group on human rights cities",
    "summary": (
        "The Human Rights Cities Network sits on the experts' group on human rights "
        "cities of the EU Agency for Fundamental Rights, and helped shape FRA's 2021 "
        "framework report."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>The EU Agency for Fundamental Rights (FRA) brings together an "
                "experts' group on human rights cities, and the Human Rights Cities "
                "Network is one of its members. Through the group, the network "
                "contributed to FRA's 2021 report "
                f'<a href="{FRA_REPORT_URL}">Human rights cities in the EU: a '
                "framework for reinforcing rights locally</a>, which you also find in "
                "our library.</p>"
            ),
        },
        {
            "type": "paragraph",
            "value": (
                "<p>The work fits the network's wider aim of making the Charter of "
                "Fundamental Rights of the European Union better known, and better "
                "applied, at local level.</p>"
            ),
        },
    ],
}


def load(home, stdout):
    index, created = ensure_child_page(home, NewsIndexPage, "news", **NEWS)
    stdout.write(f"{'created' if created else 'kept   '}  page /news/")
    item, created = ensure_child_page(
        index,
        NewsPage,
        "network-in-fra-experts-group",
        topics=list(Topic.objects.filter(locale=Locale.get_default(), slug__in=["eu-charter"])),
        **FRA_EXPERTS_GROUP,
    )
    stdout.write(f"{'created' if created else 'kept   '}  news {item.slug}")


# The news index in the other languages (home's starter translations apply them).
TRANSLATIONS = {
    "news": {
        "de": {
            "title": "Aktuelles",
            "search_description": "Neuigkeiten aus dem Human Rights Cities Network.",
            "introduction": "Woran das Netzwerk und seine Mitgliedsstädte arbeiten.",
        },
        "fr": {
            "title": "Actualités",
            "search_description": "Les actualités du Human Rights Cities Network.",
            "introduction": "Ce sur quoi travaillent le réseau et ses villes membres.",
        },
        "nl": {
            "title": "Nieuws",
            "search_description": "Nieuws van het Human Rights Cities Network.",
            "introduction": "Waar het netwerk en zijn lidsteden aan werken.",
        },
        "sv": {
            "title": "Nyheter",
            "search_description": "Nyheter från Human Rights Cities Network.",
            "introduction": "Vad nätverket och dess medlemsstäder arbetar med.",
        },
    },
}
