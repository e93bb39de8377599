"""The starter content's structural pages are real translations in every
language, so a German visitor reads German menus, breadcrumbs and headings."""

import io
import re
from html import unescape

import pytest

from django.core.cache import cache
from django.core.management import call_command

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page

from contact.models import FormField, FormPage
from tests.factories import HONEST

pytestmark = pytest.mark.django_db

STRUCTURAL = [
    "about",
    "mission-and-vision",
    "members",
    "activities",
    "resources",
    "news",
    "topics",
    "contact",
    "join",
    "privacy",
    "imprint",
    "accessibility",
]
LANGUAGES = ["de", "fr", "nl", "sv"]
ENGLISH_MENU_LABELS = ["Member cities", "Activities", "Resources", "News", "About", "Contact"]
# Where a word is the same in English and the language ("Contact" in French
# and Dutch, "Privacy" in Dutch), the titles may match.
SAME_WORD = {("contact", "fr"), ("contact", "nl"), ("privacy", "nl")}


def texts(html, pattern):
    return [
        unescape(re.sub(r"<[^>]+>", "", text)).strip() for text in re.findall(pattern, html, re.S)
    ]


def menu_labels(html):
    return texts(html, r'<a class="main-nav__link[^"]*"[^>]*>(.*?)</a>')


def breadcrumbs(html):
    nav = html[html.index('class="breadcrumbs"') :]
    return texts(nav[: nav.index("</nav>")], r"<li[^>]*>(.*?)</li>")


def h1(html):
    return texts(html, r"<h1[^>]*>(.*?)</h1>")[0]


def english(slug):
    return Page.objects.get(depth=3, slug=slug, locale__language_code="en")


@pytest.mark.parametrize("path", ["/de/", "/de/members/", "/de/about/", "/de/contact/"])
def test_german_pages_have_german_menu_labels(client, path):
    html = client.get(path).content.decode()
    labels = menu_labels(html)
    assert "Mitgliedsstädte" in labels and "Aktivitäten" in labels
    assert not set(labels) & set(ENGLISH_MENU_LABELS), labels


def test_the_german_directory_has_german_breadcrumbs_and_heading(client):
    html = client.get("/de/members/").content.decode()
    assert breadcrumbs(html) == ["Startseite", "Mitgliedsstädte"]
    assert h1(html) == "Mitgliedsstädte"
    assert "Städte in Belgien, Deutschland" in html
    # A real translation: its text is German, not an alias's English.
    assert re.search(r'<main id="main"[^>]*?(?: lang="([a-z-]+)")?>', html).group(1) is None


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_structural_page_is_a_real_translation(code):
    locale = Locale.objects.get(language_code=code)
    for slug in STRUCTURAL:
        source = english(slug)
        translation = source.get_translation(locale)
        assert translation.alias_of_id is None, (slug, code)
        assert translation.live, (slug, code)
        if (slug, code) not in SAME_WORD:
            assert translation.title != source.title, (slug, code)
        assert translation.search_description != source.specific.search_description


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_translated_pages_show_their_title_as_heading(client, code):
    locale = Locale.objects.get(language_code=code)
    for slug in STRUCTURAL:
        translation = english(slug).get_translation(locale)
        response = client.get(translation.url)
        assert response.status_code == 200, translation.url
        assert h1(response.content.decode()) == translation.title


def test_a_translated_form_asks_in_its_language_and_stores_under_the_same_names(client):
    german = FormPage.objects.get(slug="join", locale__language_code="de")
    english_join = FormPage.objects.get(slug="join", locale__language_code="en")
    html = client.get(german.url).content.decode()
    assert "Warum möchte Ihre Stadt beitreten?" in html
    assert "Name und Funktion in der Stadtverwaltung." in html
    assert "Why does your city want to join?" not in html
    assert list(german.form_fields.values_list("clean_name", flat=True)) == list(
        english_join.form_fields.values_list("clean_name", flat=True)
    )
    assert FormField.objects.filter(page=german).count() == 6


def test_a_german_visitor_writes_through_the_german_form_and_is_thanked_in_german(client):
    cache.clear()  # the form's rate limit counts in the cache
    german = FormPage.objects.get(slug="contact", locale__language_code="de")
    form = client.get(german.url).content.decode()
    assert "Ihre E-Mail-Adresse" in form and "Wir verwenden sie nur, um Ihnen zu antworten." in form
    response = client.post(german.url, HONEST)
    assert response.status_code == 200
    assert "Danke für Ihre Nachricht." in response.content.decode()
    submission = FormSubmission.objects.get(page=german)
    assert submission.get_data()["your_message"] == HONEST["your_message"]
    cache.clear()


def test_pages_below_a_translated_index_stay_aliases():
    german = Locale.objects.get(language_code="de")
    city = Page.objects.filter(
        depth=4, url_path__startswith="/home/members/", locale__language_code="en"
    ).first()
    german_city = city.get_translation(german)
    assert german_city.alias_of_id == city.pk
    assert german_city.get_parent().specific.title == "Mitgliedsstädte"


def test_loading_again_creates_and_changes_nothing(client):
    before = sorted(Page.objects.values_list("pk", "title", "alias_of_id", "live"))
    out = io.StringIO()
    call_command("load_network_content", stdout=out)
    assert "created" not in out.getvalue()
    assert sorted(Page.objects.values_list("pk", "title", "alias_of_id", "live")) == before


def test_loading_keeps_a_translation_staff_edited():
    german_news = english("news").get_translation(Locale.objects.get(language_code="de")).specific
    german_news.title = "Meldungen"
    german_news.save_revision().publish()
    call_command("load_network_content", stdout=io.StringIO())
    german_news.refresh_from_db()
    assert german_news.title == "Meldungen"


@pytest.mark.parametrize(
    ("code", "legal"),
    [
        ("de", ["Datenschutz", "Impressum", "Erklärung zur Barrierefreiheit"]),
        ("fr", ["Confidentialité", "Mentions légales", "Déclaration d'accessibilité"]),
        ("nl", ["Privacy", "Colofon", "Toegankelijkheidsverklaring"]),
        ("sv", ["Integritet", "Utgivare", "Tillgänglighetsredogörelse"]),
    ],
)
def test_the_footer_speaks_the_language(client, code, legal):
    html = client.get(f"/{code}/members/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    nav = footer[footer.index('class="site-footer__legal"') :]
    assert texts(nav[: nav.index("</nav>")], r"<li><a [^>]*>(.*?)</a></li>") == legal
    assert "A European network of cities" not in footer


def section_headings(response):
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return texts(main, r"<h2[^>]*>(.*?)</h2>")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_translated_text_pages_have_every_english_section(client, code):
    locale = Locale.objects.get(language_code=code)
    for slug in ["about", "mission-and-vision", "privacy", "accessibility"]:
        source = english(slug)
        english_h2 = section_headings(client.get(source.url))
        translated_h2 = section_headings(client.get(source.get_translation(locale).url))
        assert len(translated_h2) == len(english_h2), (slug, code)
        assert not set(translated_h2) & (set(english_h2) - {"Mission", "Vision"}), (slug, code)
