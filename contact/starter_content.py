"""Starter forms: contact, and the application to join the network.

Submissions go to the contact address in the site settings; while that is
empty they are stored only, and the loader says so.
"""

from contact.models import FormField, FormPage
from home.models import SiteSettings
from home.starter import choose_key_page, ensure_child_page

CONTACT = {
    "title": "Contact",
    "show_in_menus": True,
    "search_description": "Write to the Human Rights Cities Network.",
    "introduction": (
        "<p>Questions about the network, a human rights city, an event or a "
        "publication? Write to us with this form.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you for writing. Your message has reached the network's team, who "
        "will answer you by e-mail.</p>"
    ),
    "subject": "Message from the website",
}
CONTACT_FIELDS = [
    ("Your name", "singleline", True, ""),
    ("Your e-mail address", "email", True, "We use it only to answer you."),
    ("Organisation or city", "singleline", False, ""),
    ("Your message", "multiline", True, ""),
]

JOIN = {
    "title": "Join the network",
    "search_description": "Apply for your city to join the Human Rights Cities Network.",
    "introduction": (
        "<p>The network brings together European cities that want to make human "
        "rights real for everyone who lives in them. Tell us about your city and "
        "why it wants to join.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you for your application. The network's team will read it and "
        "contact you by e-mail about the next steps.</p>"
    ),
    "subject": "Application to join the network",
}
JOIN_FIELDS = [
    ("City", "singleline", True, ""),
    ("Country", "singleline", True, ""),
    ("Contact person", "singleline", True, "Name and role in the city administration."),
    ("E-mail address", "email", True, ""),
    ("Why does your city want to join?", "multiline", True, ""),
    ("Human rights work your city already does", "multiline", False, ""),
]


def form_fields(rows):
    return [
        FormField(
            label=label, field_type=kind, required=required, help_text=help_text, sort_order=i
        )
        for i, (label, kind, required, help_text) in enumerate(rows)
    ]


def load(home, stdout):
    site_settings = SiteSettings.for_site(home.get_site())
    privacy = home.get_children().filter(slug="privacy").first()
    for slug, data, rows in [("contact", CONTACT, CONTACT_FIELDS), ("join", JOIN, JOIN_FIELDS)]:
        page, created = ensure_child_page(
            home,
            FormPage,
            slug,
            form_fields=form_fields(rows),
            privacy_page=privacy,
            to_address=site_settings.contact_email,
            **data,
        )
        stdout.write(f"{'created' if created else 'kept   '}  form /{slug}/")
        choose_key_page(site_settings, slug, page)
        if created and not page.to_address:
            stdout.write(
                f"         /{slug}/ stores submissions; add a staff address to e-mail them."
            )


def rows(*labels):
    """One translated form field row per (label, help text), in the English order."""
    return [{"label": label, "help_text": help_text} for label, help_text in labels]


# The forms in the other languages (home's starter translations apply them). Each
# translated field keeps the English field's name, so submissions in every
# language share their columns.
TRANSLATIONS = {
    "contact": {
        "de": {
            "title": "Kontakt",
            "search_description": "Schreiben Sie dem Human Rights Cities Network.",
            "introduction": (
                "<p>Fragen zum Netzwerk, zu einer Menschenrechtsstadt, einer Veranstaltung "
                "oder einer Publikation? Schreiben Sie uns über dieses Formular.</p>"
            ),
            "thank_you_text": (
                "<p>Danke für Ihre Nachricht. Sie ist beim Team des Netzwerks angekommen, das "
                "Ihnen per E-Mail antworten wird.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Ihr Name", ""),
                    ("Ihre E-Mail-Adresse", "Wir verwenden sie nur, um Ihnen zu antworten."),
                    ("Organisation oder Stadt", ""),
                    ("Ihre Nachricht", ""),
                )
            },
        },
        "fr": {
            "title": "Contact",
            "search_description": "Écrire au Human Rights Cities Network.",
            "introduction": (
                "<p>Une question sur le réseau, une ville des droits humains, un événement "
                "ou une publication ? Écrivez-nous avec ce formulaire.</p>"
            ),
            "thank_you_text": (
                "<p>Merci pour votre message. Il est bien parvenu à l'équipe du réseau, qui "
                "vous répondra par courriel.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Votre nom", ""),
                    (
                        "Votre adresse électronique",
                        "Nous ne l'utilisons que pour vous répondre.",
                    ),
                    ("Organisation ou ville", ""),
                    ("Votre message", ""),
                )
            },
        },
        "nl": {
            "title": "Contact",
            "search_description": "Schrijf het Human Rights Cities Network.",
            "introduction": (
                "<p>Vragen over het netwerk, een mensenrechtenstad, een evenement of een "
                "publicatie? Schrijf ons met dit formulier.</p>"
            ),
            "thank_you_text": (
                "<p>Dank voor uw bericht. Het is aangekomen bij het team van het netwerk, dat "
                "u per e-mail zal antwoorden.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Uw naam", ""),
                    ("Uw e-mailadres", "We gebruiken het alleen om u te antwoorden."),
                    ("Organisatie of stad", ""),
                    ("Uw bericht", ""),
                )
            },
        },
        "sv": {
            "title": "Kontakt",
            "search_description": "Skriv till Human Rights Cities Network.",
            "introduction": (
                "<p>Frågor om nätverket, en människorättsstad, ett evenemang eller en "
                "publikation? Skriv till oss med det här formuläret.</p>"
            ),
            "thank_you_text": (
                "<p>Tack för ditt meddelande. Det har kommit fram till nätverkets team, som "
                "svarar dig via e-post.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Ditt namn", ""),
                    ("Din e-postadress", "Vi använder den bara för att svara dig."),
                    ("Organisation eller stad", ""),
                    ("Ditt meddelande", ""),
                )
            },
        },
    },
    "join": {
        "de": {
            "title": "Dem Netzwerk beitreten",
            "search_description": (
                "Bewerben Sie Ihre Stadt um die Mitgliedschaft im Human Rights Cities Network."
            ),
            "introduction": (
                "<p>Das Netzwerk verbindet europäische Städte, die Menschenrechte für alle "
                "verwirklichen wollen, die in ihnen leben. Erzählen Sie uns von Ihrer Stadt "
                "und warum sie beitreten möchte.</p>"
            ),
            "thank_you_text": (
                "<p>Danke für Ihre Bewerbung. Das Team des Netzwerks liest sie und meldet "
                "sich per E-Mail mit den nächsten Schritten bei Ihnen.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Stadt", ""),
                    ("Land", ""),
                    ("Ansprechperson", "Name und Funktion in der Stadtverwaltung."),
                    ("E-Mail-Adresse", ""),
                    ("Warum möchte Ihre Stadt beitreten?", ""),
                    ("Menschenrechtsarbeit, die Ihre Stadt bereits leistet", ""),
                )
            },
        },
        "fr": {
            "title": "Rejoindre le réseau",
            "search_description": (
                "Présenter la candidature de votre ville au Human Rights Cities Network."
            ),
            "introduction": (
                "<p>Le réseau rassemble des villes européennes qui veulent rendre les droits "
                "humains réels pour toutes celles et tous ceux qui y vivent. Parlez-nous de "
                "votre ville et des raisons pour lesquelles elle souhaite nous rejoindre.</p>"
            ),
            "thank_you_text": (
                "<p>Merci pour votre candidature. L'équipe du réseau va la lire et vous "
                "contactera par courriel pour les prochaines étapes.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Ville", ""),
                    ("Pays", ""),
                    ("Personne de contact", "Nom et fonction dans l'administration municipale."),
                    ("Adresse électronique", ""),
                    ("Pourquoi votre ville souhaite-t-elle adhérer ?", ""),
                    ("Actions de votre ville en faveur des droits humains", ""),
                )
            },
        },
        "nl": {
            "title": "Lid worden",
            "search_description": ("Meld uw stad aan als lid van het Human Rights Cities Network."),
            "introduction": (
                "<p>Het netwerk brengt Europese steden samen die mensenrechten willen "
                "waarmaken voor iedereen die er woont. Vertel ons over uw stad en waarom "
                "ze lid wil worden.</p>"
            ),
            "thank_you_text": (
                "<p>Dank voor uw aanmelding. Het team van het netwerk leest haar en neemt per "
                "e-mail contact met u op over de volgende stappen.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Stad", ""),
                    ("Land", ""),
                    ("Contactpersoon", "Naam en functie binnen de gemeente."),
                    ("E-mailadres", ""),
                    ("Waarom wil uw stad lid worden?", ""),
                    ("Mensenrechtenwerk dat uw stad al doet", ""),
                )
            },
        },
        "sv": {
            "title": "Gå med i nätverket",
            "search_description": (
                "Ansök om att din stad ska gå med i Human Rights Cities Network."
            ),
            "introduction": (
                "<p>Nätverket samlar europeiska städer som vill göra de mänskliga "
                "rättigheterna verkliga för alla som bor i dem. Berätta om din stad och "
                "varför den vill gå med.</p>"
            ),
            "thank_you_text": (
                "<p>Tack för din ansökan. Nätverkets team läser den och kontaktar dig via "
                "e-post om nästa steg.</p>"
            ),
            "rows": {
                "form_fields": rows(
                    ("Stad", ""),
                    ("Land", ""),
                    ("Kontaktperson", "Namn och roll i stadens förvaltning."),
                    ("E-postadress", ""),
                    ("Varför vill din stad gå med?", ""),
                    ("Människorättsarbete som din stad redan gör", ""),
                )
            },
        },
    },
}
