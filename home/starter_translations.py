"""Starter translations, written by us: the home page and the structural pages
(about, mission and vision, privacy, imprint, accessibility, and each app's
index and form pages, whose texts live in the app's `starter_content.TRANSLATIONS`)
in German, French, Dutch and Swedish.

Every other page (cities, activities, resources, news items) reaches the other
languages as an alias in wagtail-localize's synchronised tree: it shows the
English text, is marked as English (`content_language`), and is offered for
translation in the admin.
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


def objectives_list(objectives):
    return paragraph(
        "<ol>" + "".join(f"<li><b>{title}.</b> {text}</li>" for title, text in objectives) + "</ol>"
    )


# The structural pages of `home`, by English slug and language. Long English
# bodies are translated as far as their facts go; nothing is added.
PAGES = {
    "about": {
        "de": {
            "title": "Über das Netzwerk",
            "search_description": (
                "Wer das Human Rights Cities Network ist, wer seine Mitglieder sind und wie "
                "es arbeitet."
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
                    "Zivilgesellschaft, Hochschulen und Netzwerken innerhalb und außerhalb der "
                    "EU zusammen.</p>"
                ),
                heading("Fünf Jahre Arbeit"),
                paragraph(
                    "<p>Von 2019 bis 2024 verfolgte das Netzwerk fünf strategische Ziele: "
                    "internationale Institutionen, Forschung und Städte verbinden; das Wissen "
                    "über Standards und Praxis von Menschenrechtsstädten erweitern; Raum für "
                    "Dialog schaffen; Lernen ermöglichen; und sich von der lokalen bis zur "
                    "globalen Ebene für eine Menschenrechtsagenda einsetzen.</p>"
                    "<p>In diesen Jahren brachte es lokale, europäische und internationale "
                    "Akteure an Runden Tischen, in Workshops und in Webinaren zusammen.</p>"
                ),
                heading("Zusammenarbeit mit der Europäischen Union"),
                paragraph(
                    "<p>Das Netzwerk macht die Charta der Grundrechte der Europäischen Union "
                    "bekannter und setzt sich dafür ein, dass Städte sie besser anwenden. Es "
                    "gehört der Expertengruppe der Agentur der Europäischen Union für "
                    "Grundrechte (FRA) zu Menschenrechtsstädten an und hat zum Bericht der "
                    "Agentur von 2021 <i>Human rights cities in the EU: a framework for "
                    "reinforcing rights locally</i> beigetragen.</p>"
                    "<p>Außerdem fördert es die EU-Jugendstrategie mit ihren drei Kernbereichen "
                    "Beteiligung, Begegnung und Befähigung und setzt sich für eine Umsetzung "
                    "ein, die die Arbeit verschiedener Bereiche zusammenführt.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Le réseau",
            "search_description": (
                "Qui est le Human Rights Cities Network, qui sont ses membres et comment il "
                "travaille."
            ),
            "introduction": (
                "Le Human Rights Cities Network est un réseau européen de villes qui œuvrent "
                "à faire des droits humains une réalité vécue à l'échelle locale."
            ),
            "body": [
                heading("Qui nous sommes"),
                paragraph(
                    "<p>Le réseau a été fondé en 2019. Ses villes membres viennent "
                    "d'Allemagne, d'Autriche, de Belgique, des Pays-Bas, de Suède et d'autres "
                    "pays de l'Union européenne. Au-delà de ses membres, il travaille avec des "
                    "villes, la société civile, des universités et des réseaux, dans l'UE et "
                    "au-delà.</p>"
                ),
                heading("Cinq années de travail"),
                paragraph(
                    "<p>De 2019 à 2024, le réseau a poursuivi cinq objectifs stratégiques : "
                    "relier institutions internationales, recherche et villes ; mieux faire "
                    "connaître les normes et les pratiques des villes des droits humains ; "
                    "ouvrir un espace de dialogue ; proposer des formations ; et plaider pour "
                    "un agenda des droits humains du local au mondial.</p>"
                    "<p>Au cours de ces années, il a réuni des acteurs locaux, européens et "
                    "internationaux lors de tables rondes, d'ateliers et de webinaires.</p>"
                ),
                heading("Avec l'Union européenne"),
                paragraph(
                    "<p>Le réseau fait connaître la Charte des droits fondamentaux de l'Union "
                    "européenne et s'attache à ce que les villes l'appliquent mieux. Il fait "
                    "partie du groupe d'experts sur les villes des droits humains de l'Agence "
                    "des droits fondamentaux de l'Union européenne (FRA) et a contribué au "
                    "rapport de l'Agence de 2021 <i>Human rights cities in the EU: a framework "
                    "for reinforcing rights locally</i>.</p>"
                    "<p>Il promeut aussi la stratégie de l'UE en faveur de la jeunesse et ses "
                    "trois domaines d'action, mobiliser, connecter et autonomiser, et plaide "
                    "pour une mise en œuvre qui fasse travailler ensemble les différents "
                    "secteurs.</p>"
                ),
            ],
        },
        "nl": {
            "title": "Over het netwerk",
            "search_description": (
                "Wie het Human Rights Cities Network is, wie de leden zijn en hoe het werkt."
            ),
            "introduction": (
                "Het Human Rights Cities Network is een Europees netwerk van steden die "
                "mensenrechten op lokaal niveau tot een dagelijkse werkelijkheid willen maken."
            ),
            "body": [
                heading("Wie wij zijn"),
                paragraph(
                    "<p>Het netwerk is in 2019 opgericht. De lidsteden komen uit België, "
                    "Duitsland, Nederland, Oostenrijk, Zweden en andere landen van de Europese "
                    "Unie. Daarnaast werkt het samen met steden, het maatschappelijk "
                    "middenveld, universiteiten en netwerken binnen en buiten de EU.</p>"
                ),
                heading("Vijf jaar werk"),
                paragraph(
                    "<p>Van 2019 tot 2024 streefde het netwerk vijf strategische doelen na: "
                    "internationale instellingen, onderzoek en steden verbinden; de kennis van "
                    "normen en praktijk van mensenrechtensteden vergroten; ruimte maken voor "
                    "dialoog; leren mogelijk maken; en pleiten voor een mensenrechtenagenda "
                    "van lokaal tot mondiaal niveau.</p>"
                    "<p>In die jaren bracht het lokale, Europese en internationale actoren "
                    "samen in rondetafelgesprekken, workshops en webinars.</p>"
                ),
                heading("Samenwerking met de Europese Unie"),
                paragraph(
                    "<p>Het netwerk maakt het Handvest van de grondrechten van de Europese "
                    "Unie bekender en zet zich ervoor in dat steden het beter toepassen. Het "
                    "maakt deel uit van de expertgroep over mensenrechtensteden van het "
                    "Bureau van de Europese Unie voor de grondrechten (FRA) en droeg bij aan "
                    "het rapport van het Bureau uit 2021 <i>Human rights cities in the EU: a "
                    "framework for reinforcing rights locally</i>.</p>"
                    "<p>Het bevordert ook de EU-jeugdstrategie met haar drie kerngebieden, "
                    "betrekken, verbinden en versterken, en pleit voor een uitvoering die het "
                    "werk van verschillende sectoren samenbrengt.</p>"
                ),
            ],
        },
        "sv": {
            "title": "Om nätverket",
            "search_description": (
                "Vilka Human Rights Cities Network är, vilka medlemmarna är och hur nätverket "
                "arbetar."
            ),
            "introduction": (
                "Human Rights Cities Network är ett europeiskt nätverk av städer som arbetar "
                "för att de mänskliga rättigheterna ska vara en levd verklighet på lokal nivå."
            ),
            "body": [
                heading("Vilka vi är"),
                paragraph(
                    "<p>Nätverket grundades 2019. Medlemsstäderna kommer från Belgien, "
                    "Nederländerna, Sverige, Tyskland, Österrike och andra länder i Europeiska "
                    "unionen. Utöver medlemmarna samarbetar nätverket med städer, det civila "
                    "samhället, universitet och nätverk både inom och utanför EU.</p>"
                ),
                heading("Fem års arbete"),
                paragraph(
                    "<p>Från 2019 till 2024 arbetade nätverket mot fem strategiska mål: att "
                    "koppla samman internationella institutioner, forskning och städer; att öka "
                    "kunskapen om människorättsstäders standarder och praktik; att skapa "
                    "utrymme för dialog; att erbjuda lärande; och att driva en agenda för "
                    "mänskliga rättigheter från lokal till global nivå.</p>"
                    "<p>Under de åren samlade det lokala, europeiska och internationella "
                    "aktörer vid rundabordssamtal, workshoppar och webbinarier.</p>"
                ),
                heading("Samarbete med Europeiska unionen"),
                paragraph(
                    "<p>Nätverket sprider kunskap om Europeiska unionens stadga om de "
                    "grundläggande rättigheterna och arbetar för att städer ska tillämpa den "
                    "bättre. Det ingår i expertgruppen om människorättsstäder vid Europeiska "
                    "unionens byrå för grundläggande rättigheter (FRA) och bidrog till byråns "
                    "rapport från 2021 <i>Human rights cities in the EU: a framework for "
                    "reinforcing rights locally</i>.</p>"
                    "<p>Det främjar också EU:s ungdomsstrategi och dess tre kärnområden, "
                    "engagera, koppla samman och stärka, och verkar för ett genomförande som "
                    "för samman arbetet i olika sektorer.</p>"
                ),
            ],
        },
    },
    "mission-and-vision": {
        "de": {
            "title": "Mission und Vision",
            "search_description": (
                "Warum es das Human Rights Cities Network gibt und worauf es hinarbeitet."
            ),
            "introduction": (
                "Wir wollen Menschenrechte für alle auf städtischer Ebene verwirklichen und "
                "dadurch inklusive Demokratie und soziale Gerechtigkeit stärken."
            ),
            "body": [
                heading("Mission"),
                paragraph(
                    "<p>Wir bauen eine Informationsplattform für Menschenrechtsstädte auf und "
                    "bringen Menschen zusammen, damit mehr Städte zu Menschenrechtsstädten "
                    "werden.</p>"
                ),
                heading("Vision"),
                paragraph(
                    "<p>Menschenrechte, die für alle Einwohnerinnen und Einwohner jeder Stadt "
                    "Wirklichkeit sind und partizipative Demokratie und soziale Gerechtigkeit "
                    "mit sich bringen.</p>"
                ),
                heading("Strategische Ziele"),
                objectives_list(HOME["de"]["objectives"]),
            ],
        },
        "fr": {
            "title": "Mission et vision",
            "search_description": (
                "Pourquoi le Human Rights Cities Network existe et ce vers quoi il travaille."
            ),
            "introduction": (
                "Notre raison d'être : rendre les droits humains réels pour tous à l'échelle "
                "de la ville, et renforcer ainsi une démocratie inclusive et la justice sociale."
            ),
            "body": [
                heading("Mission"),
                paragraph(
                    "<p>Nous construisons une plateforme d'information pour les villes des "
                    "droits humains et aidons les gens à se rencontrer, pour que davantage de "
                    "villes deviennent des villes des droits humains.</p>"
                ),
                heading("Vision"),
                paragraph(
                    "<p>Des droits humains qui soient une réalité pour chaque habitante et "
                    "chaque habitant de chaque ville, et qui apportent avec eux la démocratie "
                    "participative et la justice sociale.</p>"
                ),
                heading("Objectifs stratégiques"),
                objectives_list(HOME["fr"]["objectives"]),
            ],
        },
        "nl": {
            "title": "Missie en visie",
            "search_description": (
                "Waarom het Human Rights Cities Network bestaat en waar het naartoe werkt."
            ),
            "introduction": (
                "Ons doel is mensenrechten voor iedereen op stadsniveau waar te maken, en "
                "daarmee inclusieve democratie en sociale rechtvaardigheid te versterken."
            ),
            "body": [
                heading("Missie"),
                paragraph(
                    "<p>Wij bouwen een informatieplatform voor mensenrechtensteden en brengen "
                    "mensen met elkaar in contact, zodat meer steden mensenrechtensteden "
                    "worden.</p>"
                ),
                heading("Visie"),
                paragraph(
                    "<p>Mensenrechten die voor iedere inwoner van iedere stad werkelijkheid "
                    "zijn, en die participatieve democratie en sociale rechtvaardigheid met "
                    "zich meebrengen.</p>"
                ),
                heading("Strategische doelen"),
                objectives_list(HOME["nl"]["objectives"]),
            ],
        },
        "sv": {
            "title": "Uppdrag och vision",
            "search_description": (
                "Varför Human Rights Cities Network finns och vad nätverket arbetar för."
            ),
            "introduction": (
                "Vårt syfte är att göra de mänskliga rättigheterna verkliga för alla på "
                "stadsnivå, och därigenom stärka inkluderande demokrati och social rättvisa."
            ),
            "body": [
                heading("Uppdrag"),
                paragraph(
                    "<p>Vi bygger en kunskapsplattform för människorättsstäder och hjälper "
                    "människor att knyta kontakter, så att fler städer blir "
                    "människorättsstäder.</p>"
                ),
                heading("Vision"),
                paragraph(
                    "<p>Mänskliga rättigheter som är verklighet för varje invånare i varje "
                    "stad och som för med sig deltagande demokrati och social rättvisa.</p>"
                ),
                heading("Strategiska mål"),
                objectives_list(HOME["sv"]["objectives"]),
            ],
        },
    },
    "privacy": {
        "de": {
            "title": "Datenschutz",
            "search_description": "Wie diese Website mit personenbezogenen Daten umgeht.",
            "introduction": (
                "Beispieltext: Die Redaktion ersetzt diese Seite durch die eigene "
                "Datenschutzerklärung des Netzwerks mit dem Namen der verantwortlichen Stelle "
                "und ihren Kontaktdaten."
            ),
            "body": [
                heading("Was diese Website tut"),
                paragraph(
                    "<p>Öffentliche Seiten setzen keine Tracking- oder Werbe-Cookies und laden "
                    "nichts von anderen Websites. Wer sich in der Verwaltung anmeldet, erhält "
                    "ein Sitzungs-Cookie, das mit der Abmeldung endet.</p>"
                ),
                heading("Was Sie uns senden"),
                paragraph(
                    "<p>Was Sie über das Kontakt- oder das Beitrittsformular senden, wird "
                    "gespeichert, damit das Team es lesen und beantworten kann, und nach der "
                    "im Formular genannten Frist automatisch gelöscht (365 Tage, sofern das "
                    "Team keine andere festlegt). Gegen Missbrauch zählt ein Formular die "
                    "Einsendungen je Absender mithilfe eines verschlüsselten Fingerabdrucks "
                    "seiner Netzwerkadresse; die Adresse selbst wird nicht gespeichert, und der "
                    "Fingerabdruck wird mit der Einsendung gelöscht.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Confidentialité",
            "search_description": "Comment ce site traite les données personnelles.",
            "introduction": (
                "Texte d'exemple : l'équipe remplace cette page par la politique de "
                "confidentialité du réseau, qui nomme le responsable du traitement et "
                "indique comment le joindre."
            ),
            "body": [
                heading("Ce que fait ce site"),
                paragraph(
                    "<p>Les pages publiques ne déposent aucun cookie de suivi ou de publicité "
                    "et ne chargent rien depuis d'autres sites. Les personnes qui se "
                    "connectent à l'administration reçoivent un cookie de session qui prend "
                    "fin à la déconnexion.</p>"
                ),
                heading("Ce que vous nous envoyez"),
                paragraph(
                    "<p>Ce que vous envoyez par les formulaires de contact et d'adhésion est "
                    "conservé pour que l'équipe puisse le lire et y répondre, puis supprimé "
                    "automatiquement après le délai indiqué par chaque formulaire (365 jours, "
                    "sauf si l'équipe en fixe un autre). Pour empêcher les abus, un "
                    "formulaire compte les envois par expéditeur à l'aide d'une empreinte "
                    "chiffrée de son adresse réseau ; l'adresse elle-même n'est pas conservée "
                    "et l'empreinte est supprimée avec l'envoi.</p>"
                ),
            ],
        },
        "nl": {
            "title": "Privacy",
            "search_description": "Hoe deze website met persoonsgegevens omgaat.",
            "introduction": (
                "Voorbeeldtekst: de redactie vervangt deze pagina door de eigen "
                "privacyverklaring van het netwerk, met de naam van de "
                "verwerkingsverantwoordelijke en hoe die te bereiken is."
            ),
            "body": [
                heading("Wat deze website doet"),
                paragraph(
                    "<p>Openbare pagina's plaatsen geen tracking- of advertentiecookies en "
                    "laden niets van andere websites. Redacteuren die inloggen op het beheer "
                    "krijgen een sessiecookie die vervalt wanneer ze uitloggen.</p>"
                ),
                heading("Wat u ons stuurt"),
                paragraph(
                    "<p>Wat u via het contact- en het lidmaatschapsformulier verstuurt, wordt "
                    "bewaard zodat het team het kan lezen en beantwoorden, en automatisch "
                    "verwijderd na de termijn die elk formulier noemt (365 dagen, tenzij het "
                    "team een andere instelt). Tegen misbruik telt een formulier de inzendingen "
                    "per afzender met een versleutelde vingerafdruk van diens netwerkadres; "
                    "het adres zelf wordt niet bewaard en de vingerafdruk wordt met de "
                    "inzending verwijderd.</p>"
                ),
            ],
        },
        "sv": {
            "title": "Integritet",
            "search_description": "Hur den här webbplatsen hanterar personuppgifter.",
            "introduction": (
                "Exempeltext: redaktionen ersätter den här sidan med nätverkets egen "
                "integritetspolicy, som anger personuppgiftsansvarig och hur man når den."
            ),
            "body": [
                heading("Vad webbplatsen gör"),
                paragraph(
                    "<p>Offentliga sidor sätter inga spårnings- eller reklamkakor och hämtar "
                    "ingenting från andra webbplatser. Redaktörer som loggar in i "
                    "administrationen får en sessionskaka som upphör när de loggar ut.</p>"
                ),
                heading("Vad du skickar till oss"),
                paragraph(
                    "<p>Det du skickar via kontakt- och medlemsformulären sparas så att "
                    "teamet kan läsa och besvara det, och raderas automatiskt efter den tid "
                    "som varje formulär anger (365 dagar om inte teamet väljer en annan). För "
                    "att stoppa missbruk räknar ett formulär inskick per avsändare med hjälp "
                    "av ett nyckelbaserat fingeravtryck av avsändarens nätverksadress; själva "
                    "adressen sparas inte, och fingeravtrycket raderas tillsammans med "
                    "inskicket.</p>"
                ),
            ],
        },
    },
    "imprint": {
        "de": {
            "title": "Impressum",
            "search_description": "Wer diese Website herausgibt.",
            "introduction": (
                "Beispieltext: Die Redaktion ersetzt diese Seite durch den rechtlichen Namen, "
                "die Anschrift und die Vertretung des Herausgebers."
            ),
        },
        "fr": {
            "title": "Mentions légales",
            "search_description": "Qui publie ce site.",
            "introduction": (
                "Texte d'exemple : l'équipe remplace cette page par la dénomination légale, "
                "l'adresse et le représentant de l'éditeur."
            ),
        },
        "nl": {
            "title": "Colofon",
            "search_description": "Wie deze website uitgeeft.",
            "introduction": (
                "Voorbeeldtekst: de redactie vervangt deze pagina door de officiële naam, "
                "het adres en de vertegenwoordiger van de uitgever."
            ),
        },
        "sv": {
            "title": "Utgivare",
            "search_description": "Vem som ger ut den här webbplatsen.",
            "introduction": (
                "Exempeltext: redaktionen ersätter den här sidan med utgivarens juridiska "
                "namn, adress och företrädare."
            ),
        },
    },
    "accessibility": {
        "de": {
            "title": "Erklärung zur Barrierefreiheit",
            "search_description": (
                "Wie barrierefrei diese Website ist, wie wir sie prüfen und wie Sie uns ein "
                "Problem melden."
            ),
            "introduction": (
                "Alle sollen diese Website nutzen können, ganz gleich, mit welchem Gerät, "
                "Browser oder welcher assistiven Technologie."
            ),
            "body": [
                heading("Unser Ziel"),
                paragraph(
                    "<p>Wir wollen die Web Content Accessibility Guidelines (WCAG) 2.2 auf "
                    "Stufe AA erfüllen. Sie sollten jede Seite und jedes Bedienelement allein "
                    "mit der Tastatur erreichen, Text ohne Inhaltsverlust auf 400 % vergrößern "
                    "und die Website mit einem Screenreader nutzen können.</p>"
                ),
                heading("Wie wir prüfen"),
                paragraph(
                    "<ul>"
                    "<li>Jede Änderung am Code der Website durchläuft eine automatische Prüfung "
                    "mit axe-core im Browser Chromium, auf jeder Seitenart, in Telefon- und "
                    "Desktopbreite. Eine Änderung, die einen vom Werkzeug erkennbaren WCAG-A- "
                    "oder -AA-Fehler einführt, wird nicht veröffentlicht.</li>"
                    "<li>Dieselben Tests bedienen die Startseite mit der Tastatur und prüfen, "
                    "dass der Fokus immer sichtbar ist und dass sich das Menü ohne Maus öffnen "
                    "und schließen lässt.</li>"
                    "<li>Die Redaktion sieht beim Schreiben die Barrierefreiheitsprüfung von "
                    "Wagtail, die fehlende Überschriften, leere Links und schwache "
                    "Bildbeschreibungen anzeigt.</li>"
                    "</ul>"
                    "<p>Automatische Werkzeuge finden nur einen Teil der Probleme, auf die ein "
                    "Mensch stoßen kann. Die Website wurde noch nicht von unabhängigen "
                    "Fachleuten geprüft und noch nicht von Menschen getestet, die täglich "
                    "assistive Technologien nutzen.</p>"
                ),
                heading("Bekannte Einschränkungen"),
                paragraph(
                    "<p>Dokumente, die Mitgliedsstädte veröffentlichen, etwa PDF-Berichte, sind "
                    "möglicherweise nicht barrierefrei. Bei Aufzeichnungen von Veranstaltungen "
                    "fehlen unter Umständen Untertitel oder Transkripte; fragen Sie uns, wir "
                    "helfen Ihnen.</p>"
                ),
                heading("Ein Problem melden"),
                paragraph(
                    "<p>Wenn etwas auf dieser Website schwer zu benutzen ist oder Sie "
                    "Informationen in einem anderen Format brauchen, schreiben Sie uns bitte. "
                    "Beispiel-Kontaktdaten, die die Redaktion ersetzt: "
                    "<b>accessibility@example.org</b>. Wir wollen innerhalb von zehn "
                    "Arbeitstagen antworten.</p>"
                ),
                heading("Über diese Erklärung"),
                paragraph(
                    "<p>Beispieltext: Die Redaktion ersetzt ihn durch das Datum der letzten "
                    "Überprüfung dieser Erklärung.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Déclaration d'accessibilité",
            "search_description": (
                "Le niveau d'accessibilité de ce site, comment nous le testons et comment "
                "nous signaler un problème."
            ),
            "introduction": (
                "Nous voulons que chacun puisse utiliser ce site, quels que soient son "
                "appareil, son navigateur ou la technologie d'assistance qu'il utilise."
            ),
            "body": [
                heading("Notre objectif"),
                paragraph(
                    "<p>Nous visons la conformité aux Règles pour l'accessibilité des contenus "
                    "Web (WCAG) 2.2, niveau AA. Vous devez pouvoir atteindre chaque page et "
                    "chaque commande au seul clavier, agrandir le texte jusqu'à 400 % sans "
                    "perte de contenu et utiliser le site avec un lecteur d'écran.</p>"
                ),
                heading("Comment nous testons"),
                paragraph(
                    "<ul>"
                    "<li>Chaque modification du code du site passe un contrôle automatique avec "
                    "axe-core dans le navigateur Chromium, sur chaque type de page, en largeur "
                    "téléphone et ordinateur. Une modification qui introduit une erreur WCAG "
                    "de niveau A ou AA détectable par l'outil n'est pas publiée.</li>"
                    "<li>Les mêmes tests parcourent la page d'accueil au clavier et vérifient "
                    "que le focus est toujours visible et que le menu s'ouvre et se ferme sans "
                    "souris.</li>"
                    "<li>Pendant la rédaction, l'équipe voit le vérificateur d'accessibilité "
                    "de Wagtail, qui signale les titres manquants, les liens vides et les "
                    "descriptions d'images insuffisantes.</li>"
                    "</ul>"
                    "<p>Les outils automatiques ne trouvent qu'une partie des problèmes qu'une "
                    "personne peut rencontrer. Le site n'a pas encore été audité par un expert "
                    "indépendant ni testé par des personnes qui utilisent chaque jour des "
                    "technologies d'assistance.</p>"
                ),
                heading("Limites connues"),
                paragraph(
                    "<p>Les documents publiés par les villes membres, comme les rapports en PDF, "
                    "peuvent ne pas être accessibles. Les enregistrements d'événements peuvent "
                    "ne pas avoir de sous-titres ni de transcription ; demandez-nous, nous vous "
                    "aiderons.</p>"
                ),
                heading("Nous signaler un problème"),
                paragraph(
                    "<p>Si quelque chose sur ce site est difficile à utiliser ou si vous avez "
                    "besoin d'une information dans un autre format, écrivez-nous. Coordonnées "
                    "d'exemple, que l'équipe remplacera : <b>accessibility@example.org</b>. "
                    "Nous nous efforçons de répondre sous dix jours ouvrés.</p>"
                ),
                heading("À propos de cette déclaration"),
                paragraph(
                    "<p>Texte d'exemple : l'équipe le remplace par la date de la dernière "
                    "révision de la déclaration.</p>"
                ),
            ],
        },
        "nl": {
            "title": "Toegankelijkheidsverklaring",
            "search_description": (
                "Hoe toegankelijk deze website is, hoe we dat testen en hoe u ons een "
                "probleem meldt."
            ),
            "introduction": (
                "Iedereen moet deze website kunnen gebruiken, met welk apparaat, welke browser "
                "of welke hulptechnologie ook."
            ),
            "body": [
                heading("Ons doel"),
                paragraph(
                    "<p>We streven ernaar te voldoen aan de Web Content Accessibility "
                    "Guidelines (WCAG) 2.2 op niveau AA. U moet elke pagina en elk "
                    "bedieningselement alleen met het toetsenbord kunnen bereiken, tekst tot "
                    "400% kunnen vergroten zonder inhoud te verliezen en de site met een "
                    "schermlezer kunnen gebruiken.</p>"
                ),
                heading("Hoe we testen"),
                paragraph(
                    "<ul>"
                    "<li>Elke wijziging in de code van de site doorloopt een automatische "
                    "controle met axe-core in de browser Chromium, op elk paginatype, op "
                    "telefoon- en desktopbreedte. Een wijziging die een door het hulpmiddel "
                    "herkenbare WCAG A- of AA-fout introduceert, wordt niet gepubliceerd.</li>"
                    "<li>Dezelfde tests doorlopen de homepage met het toetsenbord en controleren "
                    "dat de focus altijd zichtbaar is en dat het menu zonder muis opent en "
                    "sluit.</li>"
                    "<li>Redacteuren zien tijdens het schrijven de toegankelijkheidscontrole "
                    "van Wagtail, die ontbrekende koppen, lege links en zwakke "
                    "afbeeldingsbeschrijvingen aanwijst.</li>"
                    "</ul>"
                    "<p>Automatische hulpmiddelen vinden maar een deel van de problemen waar "
                    "iemand tegenaan kan lopen. De site is nog niet door een onafhankelijke "
                    "deskundige beoordeeld of getest door mensen die dagelijks hulptechnologie "
                    "gebruiken.</p>"
                ),
                heading("Bekende beperkingen"),
                paragraph(
                    "<p>Documenten die lidsteden publiceren, zoals pdf-rapporten, zijn mogelijk "
                    "niet toegankelijk. Opnamen van evenementen hebben soms geen ondertiteling "
                    "of transcriptie; vraag het ons, dan helpen we u.</p>"
                ),
                heading("Een probleem melden"),
                paragraph(
                    "<p>Is iets op deze website moeilijk te gebruiken, of hebt u informatie "
                    "in een andere vorm nodig? Schrijf ons dan. Voorbeeldcontactgegevens, die "
                    "de redactie vervangt: <b>accessibility@example.org</b>. We proberen "
                    "binnen tien werkdagen te antwoorden.</p>"
                ),
                heading("Over deze verklaring"),
                paragraph(
                    "<p>Voorbeeldtekst: de redactie vervangt deze door de datum waarop de "
                    "verklaring voor het laatst is herzien.</p>"
                ),
            ],
        },
        "sv": {
            "title": "Tillgänglighetsredogörelse",
            "search_description": (
                "Hur tillgänglig den här webbplatsen är, hur vi testar den och hur du "
                "rapporterar ett problem."
            ),
            "introduction": (
                "Vi vill att alla ska kunna använda den här webbplatsen, oavsett enhet, "
                "webbläsare eller hjälpmedel."
            ),
            "body": [
                heading("Vårt mål"),
                paragraph(
                    "<p>Vi strävar efter att uppfylla riktlinjerna för tillgängligt "
                    "webbinnehåll (WCAG) 2.2 på nivå AA. Du ska kunna nå varje sida och varje "
                    "kontroll med enbart tangentbordet, förstora texten till 400 % utan att "
                    "innehåll går förlorat och använda webbplatsen med en skärmläsare.</p>"
                ),
                heading("Hur vi testar"),
                paragraph(
                    "<ul>"
                    "<li>Varje ändring i webbplatsens kod går igenom en automatisk kontroll med "
                    "axe-core i webbläsaren Chromium, på varje typ av sida, i mobil- och "
                    "datorbredd. En ändring som inför ett fel mot WCAG nivå A eller AA som "
                    "verktyget kan upptäcka publiceras inte.</li>"
                    "<li>Samma tester går igenom startsidan med tangentbordet och kontrollerar "
                    "att fokus alltid syns och att menyn öppnas och stängs utan mus.</li>"
                    "<li>Redaktörer ser Wagtails tillgänglighetskontroll medan de skriver, och "
                    "den pekar ut saknade rubriker, tomma länkar och bristfälliga "
                    "bildbeskrivningar.</li>"
                    "</ul>"
                    "<p>Automatiska verktyg hittar bara en del av de problem som en människa kan "
                    "stöta på. Webbplatsen har ännu inte granskats av en oberoende expert eller "
                    "testats av personer som använder hjälpmedel varje dag.</p>"
                ),
                heading("Kända begränsningar"),
                paragraph(
                    "<p>Dokument som medlemsstäderna publicerar, till exempel rapporter i pdf, är "
                    "kanske inte tillgängliga. Inspelningar av evenemang kan sakna undertexter "
                    "eller transkriptioner; fråga oss så hjälper vi dig.</p>"
                ),
                heading("Rapportera ett problem"),
                paragraph(
                    "<p>Om något på webbplatsen är svårt att använda eller om du behöver "
                    "information i ett annat format, skriv till oss. Exempel på "
                    "kontaktuppgifter, som redaktionen ersätter: "
                    "<b>accessibility@example.org</b>. Vi strävar efter att svara inom tio "
                    "arbetsdagar.</p>"
                ),
                heading("Om den här redogörelsen"),
                paragraph(
                    "<p>Exempeltext: redaktionen ersätter den med datumet då redogörelsen senast "
                    "sågs över.</p>"
                ),
            ],
        },
    },
}


def translate_page(page, locale, fields):
    """A real translation of `page` into `locale`, written by us, unless the
    locale already has a real one (ours, or one staff made or edited: left
    alone). An alias, which still shows the English text, becomes the
    translation in place, so the pages below it stay where they are.

    `fields` are the translated field values; `rows` (optional) maps a child
    relation, such as a form's `form_fields`, to one dict of translated values
    per row, in the rows' order."""
    existing = page.get_translation_or_none(locale)
    if existing is not None and (existing.alias_of_id is None or existing.slug != page.slug):
        # A real translation, or an alias that found its place taken (by the
        # translation of a page staff deleted in English): ours to leave.
        return existing, False
    if existing is None:
        translation = page.copy_for_translation(locale)
    else:
        translation = existing.specific
        translation.alias_of_id = None
    fields = dict(fields)
    rows = fields.pop("rows", {})
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    for relation, values in rows.items():
        for row, translated in zip(getattr(translation, relation).all(), values, strict=True):
            for name, value in translated.items():
                setattr(row, name, value)
            row.save()
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


def load(home, app_pages, stdout):
    """Translate the home page and the structural pages: `app_pages` maps the
    English slug of each app's pages below home to their texts by language."""
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

    # Every other page reaches each language as an alias of the English one...
    for locale in Locale.objects.exclude(pk=default.pk):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": default})
        synchronize_tree(default, locale)

    # ...and the structural pages' aliases become our translations.
    for slug, languages in {**PAGES, **app_pages}.items():
        page = home.get_children().filter(slug=slug, locale=default).first()
        if page is None:
            continue
        for code, fields in languages.items():
            locale = Locale.objects.get(language_code=code)
            report.append(translate_page(page.specific, locale, fields))

    for page, created in report:
        stdout.write(f"{'created' if created else 'kept   '}  {page.url_path}  {page.title}")
    aliases = Page.objects.filter(alias_of__isnull=False).count()
    stdout.write(f"Synchronised trees: {aliases} alias pages in the other languages.")
