"""The headings' typeface is self-hosted: the stylesheet's @font-face points
at files the site serves itself, the main one is preloaded, and its licence
ships beside it."""

import re
from urllib.parse import urljoin

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def static_files(settings):
    """WhiteNoise serves the static files from where the finders find them,
    as `collectstatic` would gather them."""
    settings.WHITENOISE_USE_FINDERS = True


def served(client, url):
    response = client.get(url)
    return response.status_code, b"".join(
        response.streaming_content
    ) if response.streaming else response.content


def test_the_stylesheets_fonts_are_served_by_the_site_and_the_main_one_is_preloaded(client):
    html = client.get("/").content.decode()
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)
    status, css = served(client, stylesheet)
    assert status == 200
    css = css.decode()
    faces = re.findall(r"@font-face\s*{[^}]*}", css)
    assert len(faces) == 2
    fonts = []
    for face in faces:
        assert 'font-family: "Source Serif 4"' in face
        assert "font-display: swap" in face
        fonts.append(urljoin(stylesheet, re.search(r'url\("([^"]+)"\)', face).group(1)))
    for font in fonts:
        status, body = served(client, font)
        assert status == 200, font
        assert body[:4] == b"wOF2"
    preload = re.search(
        r'<link rel="preload" href="([^"]+)" as="font" type="font/woff2" crossorigin>', html
    )
    assert preload and preload.group(1) == fonts[0]
    assert html.index('rel="preload"') < html.index('rel="stylesheet"')
    assert "Georgia" not in css
    assert re.search(r'--font-heading: "Source Serif 4"', css)


def test_the_fonts_licence_ships_with_it(client):
    status, body = served(client, "/static/fonts/source-serif-4-LICENSE.txt")
    assert status == 200
    assert b"SIL Open Font License, Version 1.1" in body
