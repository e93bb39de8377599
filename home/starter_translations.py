"""Starter translations, written by us: the home page in German, French, Dutch
and Swedish, and the About page in German.

Every other page reaches the other languages as an alias in wagtail-localize's
synchronised tree: it shows the English text, is marked as English
(`content_language`), and is offered for translation in the admin.
"""

from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from wagtail.models import Locale, Page

from home.models import FooterText
from home.starter_content import heading, paragraph

HOME = {
    "de": {
        "title": "Startseite",
        "seo_title": "Human Rights Cities Network (HRCN)",
        "search_description": (
            "Ein europäisches Netzwerk von Städten, das seit 2019 daran arbeitet, "
            "Menschenrechte auf kommunaler Ebene Wirklichkeit werden zu lassen."
        ),
        "hero_heading": "Menschenrechte verwirklichen, Stadt für Stadt",
        "tagline": (
            "Europäische Städte, die Menschenrechte ins Zentrum ihrer Kommunalpolitik "
            "stellen, gemeinsam seit 2019."
        ),
        "hero_intro": (
            "Das Human Rights Cities Network (HRCN) verbindet europäische Städte, die "
            "Menschenrechte in den Mittelpunkt ihrer Kommunalpolitik stellen. Seit 2019 "
            "helfen wir ihnen, voneinander zu lernen, damit Rechte dort gelten, wo "
            "Menschen leben, und die lokale Demokratie inklusiver und gerechter wird."
        ),
        "mission": (
            "<p>Wir bauen eine Informationsplattform für Menschenrechtsstädte auf: einen "
            "Ort, an dem Städte und ihre Partner einander finden, teilen, was wirkt, und "
            "die Idee der Menschenrechtsstadt weitertragen.</p>"
        ),
        "vision": (
            "<p>Alle Menschen in jeder Stadt können sich im Alltag auf ihre Menschenrechte "
            "verlassen, und daraus wachsen partizipative Demokratie und soziale "
            "Gerechtigkeit.</p>"
        ),
        "objectives_heading": "Unsere fünf strategischen Ziele",
        "objectives": [
            (
                "Institutionen, Forschung und Städte verbinden",
                "Tragfähige Verbindungen zwischen internationalen Institutionen, "
                "Hochschulen und den Menschen schaffen, die Städte leiten und gestalten.",
            ),
            (
                "Wissen über Standards und Praxis erweitern",
                "Festhalten, wie Städte Menschenrechte umsetzen, die Standards einer "
                "Menschenrechtsstadt erklären und über neue Entwicklungen berichten.",
            ),
            (
                "Raum für Dialog schaffen",
                "Gemeinsames Nachdenken ermöglichen, aus dem Methoden, Werkzeuge und "
                "Leitfäden für Städte entstehen.",
            ),
            (
                "Lernen ermöglichen",
                "Gezieltes Fachwissen und Angebote, die auf den Bedarf jeder Stadt "
                "zugeschnitten sind.",
            ),
            (
                "Von lokal bis global eintreten",
                "Eine Menschenrechtsagenda vom Rathaus auf die europäische und globale "
                "Ebene tragen und die Bewegung der Menschenrechtsstädte unterstützen.",
            ),
        ],
        "footer_text": (
            "Ein europäisches Netzwerk von Städten, das seit 2019 Menschenrechte auf "
            "kommunaler Ebene verwirklicht."
        ),
        "call_to_action": (
            "Lernen Sie das Netzwerk kennen",
            "Wer wir sind, woher unsere Mitglieder kommen und wie wir arbeiten.",
        ),
    },
    "fr": {
        "title": "Accueil",
        "seo_title": "Human Rights Cities Network (HRCN)",
        "search_description": (
            "Un réseau européen de villes qui, depuis 2019, œuvre à rendre les droits "
            "humains réels à l'échelle locale."
        ),
        "hero_heading": "Rendre les droits humains réels, ville après ville",
        "tagline": (
            "Des villes européennes qui placent les droits humains au cœur de "
            "l’action locale, ensemble depuis 2019."
        ),
        "hero_intro": (
            "Le Human Rights Cities Network (HRCN) relie des villes européennes qui "
            "placent les droits humains au cœur de l'action locale. Depuis 2019, nous les "
            "aidons à apprendre les unes des autres, pour que les droits s'appliquent là "
            "où les gens vivent et que la démocratie locale devienne plus inclusive et "
            "plus juste."
        ),
        "mission": (
            "<p>Nous construisons une plateforme d'information pour les villes des droits "
            "humains : un lieu où les villes et leurs partenaires se trouvent, partagent "
            "ce qui fonctionne et font connaître l'idée de ville des droits humains.</p>"
        ),
        "vision": (
            "<p>Que chaque habitante et chaque habitant de chaque ville puisse compter sur "
            "ses droits humains au quotidien, et qu'en naissent une démocratie "
            "participative et la justice sociale.</p>"
        ),
        "objectives_heading": "Nos cinq objectifs stratégiques",
        "objectives": [
            (
                "Relier institutions, recherche et villes",
                "Tisser des liens concrets entre les institutions internationales, les "
                "universités et celles et ceux qui dirigent et façonnent les villes.",
            ),
            (
                "Mieux faire connaître les normes et les pratiques",
                "Documenter la mise en œuvre des droits humains par les villes, expliquer "
                "les normes d'une ville des droits humains et rendre compte des tendances.",
            ),
            (
                "Ouvrir un espace de dialogue",
                "Organiser une réflexion commune qui débouche sur des méthodes, des outils "
                "et des lignes directrices utiles aux villes.",
            ),
            (
                "Proposer des formations",
                "Offrir une expertise ciblée et des services adaptés aux besoins de chaque ville.",
            ),
            (
                "Plaider du local au mondial",
                "Porter un agenda des droits humains de la mairie jusqu'aux enceintes "
                "européennes et mondiales, et soutenir le mouvement des villes des droits "
                "humains.",
            ),
        ],
        "footer_text": (
            "Un réseau européen de villes qui rend les droits humains réels à l'échelle "
            "locale, depuis 2019."
        ),
        "call_to_action": (
            "Découvrez le réseau",
            "Qui nous sommes, d'où viennent nos membres et comment nous travaillons.",
        ),
    },
    "nl": {
        "title": "Home",
        "seo_title": "Human Rights Cities Network (HRCN)",
        "search_description": (
            "Een Europees netwerk van steden dat sinds 2019 werkt aan mensenrechten die "
            "op lokaal niveau echt gelden."
        ),
        "hero_heading": "Mensenrechten waarmaken, stad voor stad",
        "tagline": (
            "Europese steden die mensenrechten centraal stellen in het lokale "
            "bestuur, samen sinds 2019."
        ),
        "hero_intro": (
            "Het Human Rights Cities Network (HRCN) verbindt Europese steden die "
            "mensenrechten centraal stellen in het lokale bestuur. Sinds 2019 helpen wij "
            "hen van elkaar te leren, zodat rechten gelden waar mensen wonen en de lokale "
            "democratie inclusiever en rechtvaardiger wordt."
        ),
        "mission": (
            "<p>Wij bouwen een informatieplatform voor mensenrechtensteden: een plek waar "
            "steden en hun partners elkaar vinden, delen wat werkt en het idee van de "
            "mensenrechtenstad verder verspreiden.</p>"
        ),
        "vision": (
            "<p>Iedere inwoner van iedere stad kan in het dagelijks leven rekenen op zijn "
            "of haar mensenrechten, en daaruit groeien participatieve democratie en "
            "sociale rechtvaardigheid.</p>"
        ),
        "objectives_heading": "Onze vijf strategische doelen",
        "objectives": [
            (
                "Instellingen, onderzoek en steden verbinden",
                "Werkende verbindingen leggen tussen internationale instellingen, "
                "universiteiten en de mensen die steden besturen en vormgeven.",
            ),
            (
                "Kennis van normen en praktijk vergroten",
                "Vastleggen hoe steden mensenrechten in praktijk brengen, de normen van "
                "een mensenrechtenstad uitleggen en over nieuwe trends berichten.",
            ),
            (
                "Ruimte maken voor dialoog",
                "Gezamenlijke reflectie organiseren die leidt tot methoden, instrumenten "
                "en richtlijnen voor steden.",
            ),
            (
                "Leren mogelijk maken",
                "Gerichte expertise en diensten bieden, afgestemd op wat elke stad nodig heeft.",
            ),
            (
                "Pleiten van lokaal tot mondiaal",
                "Een mensenrechtenagenda van het stadhuis naar Europese en mondiale fora "
                "brengen en de beweging van mensenrechtensteden steunen.",
            ),
        ],
        "footer_text": (
            "Een Europees netwerk van steden dat sinds 2019 mensenrechten lokaal waarmaakt."
        ),
        "call_to_action": (
            "Maak kennis met het netwerk",
            "Wie wij zijn, waar onze leden vandaan komen en hoe wij werken.",
        ),
    },
    "sv": {
        "title": "Startsida",
        "seo_title": "Human Rights Cities Network (HRCN)",
        "search_description": (
            "Ett europeiskt nätverk av städer som sedan 2019 arbetar för att de mänskliga "
            "rättigheterna ska bli verklighet på lokal nivå."
        ),
        "hero_heading": "Mänskliga rättigheter i praktiken, stad för stad",
        "tagline": (
            "Europeiska städer som sätter de mänskliga rättigheterna i centrum för "
            "det lokala styret, tillsammans sedan 2019."
        ),
        "hero_intro": (
            "Human Rights Cities Network (HRCN) förenar europeiska städer som sätter de "
            "mänskliga rättigheterna i centrum för det lokala styret. Sedan 2019 hjälper vi "
            "dem att lära av varandra, så att rättigheterna gäller där människor bor och "
            "den lokala demokratin blir mer inkluderande och rättvis."
        ),
        "mission": (
            "<p>Vi bygger en kunskapsplattform för människorättsstäder: en plats där städer "
            "och deras partner hittar varandra, delar det som fungerar och sprider idén om "
            "människorättsstaden.</p>"
        ),
        "vision": (
            "<p>Att alla invånare i varje stad kan lita på sina mänskliga rättigheter i "
            "vardagen, och att deltagande demokrati och social rättvisa växer ur det.</p>"
        ),
        "objectives_heading": "Våra fem strategiska mål",
        "objectives": [
            (
                "Koppla samman institutioner, forskning och städer",
                "Skapa fungerande band mellan internationella institutioner, universitet "
                "och de människor som leder och formar städer.",
            ),
            (
                "Öka kunskapen om standarder och praktik",
                "Dokumentera hur städer omsätter mänskliga rättigheter i praktiken, "
                "förklara vad som kännetecknar en människorättsstad och rapportera om nya "
                "trender.",
            ),
            (
                "Skapa utrymme för dialog",
                "Ge plats för gemensam eftertanke som leder till metoder, verktyg och "
                "riktlinjer som städer kan använda.",
            ),
            (
                "Erbjuda lärande",
                "Ge specifik expertis och tjänster anpassade efter varje stads behov.",
            ),
            (
                "Driva på från lokal till global nivå",
                "Föra en agenda för mänskliga rättigheter från stadshuset till europeiska "
                "och globala forum och stödja rörelsen av människorättsstäder.",
            ),
        ],
        "footer_text": (
            "Ett europeiskt nätverk av städer som sedan 2019 gör mänskliga rättigheter "
            "till verklighet på lokal nivå."
        ),
        "call_to_action": (
            "Lär känna nätverket",
            "Vilka vi är, var våra medlemmar kommer ifrån och hur vi arbetar.",
        ),
    },
}

ABOUT_DE = {
    "title": "Über das Netzwerk",
    "search_description": (
        "Wer das Human Rights Cities Network ist, wer seine Mitglieder sind und wie es arbeitet."
    ),
    "introduction": (
        "Das Human Rights Cities Network ist ein europäisches Netzwerk von Städten, die "
        "Menschenrechte auf kommunaler Ebene zur gelebten Wirklichkeit machen wollen."
    ),
    "body": [
        heading("Wer wir sind"),
        paragraph(
            "<p>Das Netzwerk wurde 2019 gegründet. Seine Mitgliedsstädte kommen aus "
            "Belgien, Deutschland, den Niederlanden, Österreich, Schweden und weiteren "
            "Ländern der Europäischen Union. Darüber hinaus arbeitet es mit Städten, der "
            "Zivilgesellschaft, Hochschulen und Netzwerken innerhalb und außerhalb der EU "
            "zusammen.</p>"
        ),
        heading("Fünf Jahre Arbeit"),
        paragraph(
            "<p>Von 2019 bis 2024 verfolgte das Netzwerk fünf strategische Ziele: "
            "internationale Institutionen, Forschung und Städte verbinden; das Wissen über "
            "Standards und Praxis von Menschenrechtsstädten erweitern; Raum für Dialog "
            "schaffen; Lernen ermöglichen; und sich von der lokalen bis zur globalen Ebene "
            "für eine Menschenrechtsagenda einsetzen.</p>"
            "<p>In diesen Jahren brachte es lokale, europäische und internationale Akteure "
            "an Runden Tischen, in Workshops und in Webinaren zusammen.</p>"
        ),
        heading("Zusammenarbeit mit der Europäischen Union"),
        paragraph(
            "<p>Das Netzwerk macht die Charta der Grundrechte der Europäischen Union "
            "bekannter und setzt sich dafür ein, dass Städte sie besser anwenden. Es gehört "
            "der Expertengruppe der Agentur der Europäischen Union für Grundrechte (FRA) zu "
            "Menschenrechtsstädten an und hat zum Bericht der Agentur von 2021 "
            "<i>Human rights cities in the EU: a framework for reinforcing rights "
            "locally</i> beigetragen.</p>"
            "<p>Außerdem fördert es die EU-Jugendstrategie mit ihren drei Kernbereichen "
            "Beteiligung, Begegnung und Befähigung und setzt sich für eine Umsetzung ein, "
            "die die Arbeit verschiedener Bereiche zusammenführt.</p>"
        ),
    ],
}


def translate_page(page, locale, fields):
    """A real translation of `page` into `locale`, written by us, unless the
    locale already has one (a translation, or an alias staff have not yet
    translated: both are left alone)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing, False
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation, True


def translate_footer_text(locale, text):
    """The footer text in `locale`, translated from the default language's."""
    source = FooterText.objects.filter(locale=Locale.get_default()).first()
    if (
        source is None
        or FooterText.objects.filter(translation_key=source.translation_key, locale=locale).exists()
    ):
        return
    translation = source.copy_for_translation(locale)
    translation.text = text
    translation.save()


def load(home, about, stdout):
    default = Locale.get_default()
    report = []
    for code, text in HOME.items():
        locale = Locale.objects.get(language_code=code)
        fields = {
            key: value
            for key, value in text.items()
            if key not in {"objectives", "call_to_action", "footer_text"}
        }
        translation, created = translate_page(home, locale, fields)
        if created:
            for objective, (title, description) in zip(
                translation.objectives.all(), text["objectives"], strict=True
            ):
                objective.title, objective.description = title, description
                objective.save()
            cta_heading, cta_text = text["call_to_action"]
            for block in translation.call_to_action:
                block.value["heading"], block.value["text"] = cta_heading, cta_text
            translation.save_revision().publish()
        report.append((translation, created))
        translate_footer_text(locale, text["footer_text"])
        if code == "de":
            report.append(translate_page(about, locale, ABOUT_DE))

    # Every other page reaches each language as an alias of the English one.
    for locale in Locale.objects.exclude(pk=default.pk):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": default})
        synchronize_tree(default, locale)

    for page, created in report:
        stdout.write(f"{'created' if created else 'kept   '}  {page.url_path}  {page.title}")
    aliases = Page.objects.filter(alias_of__isnull=False).count()
    stdout.write(f"Synchronised trees: {aliases} alias pages in the other languages.")
