"""Starter content for activities: the listing page, the activity types and
the two activities the network's published facts describe.

The facts give the month of each activity but not its day or times, so each
is stored as the first of its month and marked as known only to the month:
the site shows the month alone (and "to be confirmed" only while an activity
is upcoming), and staff enter the real day and time in the admin when they
know them. No speakers are named, since the facts name none.
"""

import datetime
import zoneinfo

from wagtail.models import Locale

from activities.choices import (
    DEFAULT_TIME_ZONE,
    AttendanceMode,
    DatePrecision,
    OrganisationRole,
    YouthAreaCode,
)
from activities.models import (
    ActivityIndexPage,
    ActivityOrganisation,
    ActivityPage,
    ActivityType,
    YouthArea,
)
from home.starter import ensure_child_page
from people.models import Organisation
from taxonomy.models import CharterTitle, Topic

TYPES = [
    ("panel-discussion", "Panel discussion"),
    ("webinar", "Webinar"),
    ("round-table", "Round table"),
    ("workshop", "Workshop"),
    ("conference", "Conference"),
    ("other", "Other"),
]

INDEX = {
    "title": "Activities",
    "slug": "activities",
    "show_in_menus": True,
    "search_description": (
        "Panel discussions, webinars, round tables and workshops of the Human Rights "
        "Cities Network, upcoming and past."
    ),
    "introduction": (
        "Round tables, workshops, webinars and panel discussions where local, European "
        "and international actors meet to work on human rights in cities."
    ),
}

GLOBAL_PARLIAMENT_OF_MAYORS = "Global Parliament of Mayors"


def placeholder_start(year, month):
    """Midnight on the first of the month, for an activity known only to the month."""
    return datetime.datetime(year, month, 1, tzinfo=zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE))


ACTIVITIES = [
    {
        "title": "Equality and Inequalities in Urban Context",
        "slug": "equality-and-inequalities-in-urban-context",
        "type": "panel-discussion",
        "summary": (
            "An online panel discussion on equality, and on the inequalities people meet "
            "in city life, held in December 2023 to mark International Human Rights Day."
        ),
        "occasion": "International Human Rights Day (10 December)",
        "start": placeholder_start(2023, 12),
        "topics": ["equality-non-discrimination"],
        "charter_titles": ["equality"],
        "partners": [],
    },
    {
        "title": (
            "Ensuring Human Rights in Cities: the Right to Vote in the 2024 European "
            "Parliament Elections"
        ),
        "slug": "right-to-vote-2024-european-parliament-elections",
        "type": "webinar",
        "summary": (
            "A webinar held in May 2024 with the Global Parliament of Mayors, within the "
            "European Capital of Democracy framework, on the right to vote as a human "
            "right in cities at the 2024 European Parliament elections."
        ),
        "occasion": "European Capital of Democracy framework",
        "start": placeholder_start(2024, 5),
        "topics": ["right-to-vote", "participation-democracy"],
        "charter_titles": ["citizens-rights"],
        "partners": [GLOBAL_PARLIAMENT_OF_MAYORS],
    },
]


def report(stdout, created, label):
    stdout.write(f"{'created' if created else 'kept   '}  {label}")


def load(home, stdout):
    locale = Locale.get_default()
    for code in YouthAreaCode.values:
        YouthArea.objects.get_or_create(code=code)

    types = {}
    for slug, name in TYPES:
        types[slug], created = ActivityType.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name}
        )
        report(stdout, created, f"activity type {slug}")

    partners = {}
    for name in (GLOBAL_PARLIAMENT_OF_MAYORS,):
        partners[name], created = Organisation.objects.get_or_create(locale=locale, name=name)
        report(stdout, created, f"organisation {name}")

    index, created = ensure_child_page(home, ActivityIndexPage, **INDEX)
    report(stdout, created, f"{index.url_path}  {index.title}")

    for data in ACTIVITIES:
        activity, created = ensure_child_page(
            index,
            ActivityPage,
            slug=data["slug"],
            title=data["title"],
            activity_type=types[data["type"]],
            summary=data["summary"],
            occasion=data["occasion"],
            start=data["start"],
            time_zone=DEFAULT_TIME_ZONE,
            date_precision=DatePrecision.MONTH,
            attendance_mode=AttendanceMode.ONLINE,
            topics=list(Topic.objects.filter(locale=locale, slug__in=data["topics"])),
            charter_titles=list(CharterTitle.objects.filter(code__in=data["charter_titles"])),
            organisations=[
                ActivityOrganisation(organisation=partners[name], role=OrganisationRole.PARTNER)
                for name in data["partners"]
            ],
        )
        report(stdout, created, f"{activity.url_path}  {activity.title}")


# The index in the other languages (home's starter translations apply them).
TRANSLATIONS = {
    "activities": {
        "de": {
            "title": "Aktivitäten",
            "search_description": (
                "Podiumsdiskussionen, Webinare, Runde Tische und Workshops des Human Rights "
                "Cities Network, kommende und vergangene."
            ),
            "introduction": (
                "Runde Tische, Workshops, Webinare und Podiumsdiskussionen, bei denen lokale, "
                "europäische und internationale Akteure gemeinsam an Menschenrechten in "
                "Städten arbeiten."
            ),
        },
        "fr": {
            "title": "Activités",
            "search_description": (
                "Tables rondes, webinaires, débats et ateliers du Human Rights Cities "
                "Network, à venir et passés."
            ),
            "introduction": (
                "Tables rondes, ateliers, webinaires et débats où acteurs locaux, européens "
                "et internationaux se retrouvent pour travailler sur les droits humains "
                "dans les villes."
            ),
        },
        "nl": {
            "title": "Activiteiten",
            "search_description": (
                "Paneldiscussies, webinars, rondetafelgesprekken en workshops van het Human "
                "Rights Cities Network, komende en eerdere."
            ),
            "introduction": (
                "Rondetafelgesprekken, workshops, webinars en paneldiscussies waar lokale, "
                "Europese en internationale actoren samen werken aan mensenrechten in steden."
            ),
        },
        "sv": {
            "title": "Aktiviteter",
            "search_description": (
                "Paneldiskussioner, webbinarier, rundabordssamtal och workshoppar i Human "
                "Rights Cities Network, kommande och tidigare."
            ),
            "introduction": (
                "Rundabordssamtal, workshoppar, webbinarier och paneldiskussioner där lokala, "
                "europeiska och internationella aktörer möts för att arbeta med mänskliga "
                "rättigheter i städer."
            ),
        },
    },
}
