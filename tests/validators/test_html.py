"""Every page type in every language, checked by the W3C Nu HTML Checker
(vnu-jar from npm, on Debian's Java): 0 errors. Skips where Java or vnu.jar
is missing, except in CI (`npm ci` and `apt-get install default-jre-headless`
in .ci/run)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings

from wagtail.models import Page

from tests.conftest import skip_or_fail

pytestmark = pytest.mark.django_db

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def vnu():
    java = shutil.which("java")
    if java is None:
        skip_or_fail("java is not installed (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        skip_or_fail(f"{VNU_JAR} is missing (npm ci)")
    return [java, "-jar", str(VNU_JAR)]


def one_page_per_type_and_language():
    seen = {}
    for page in Page.objects.live().filter(depth__gte=2).order_by("path"):
        seen.setdefault((page.content_type_id, page.locale_id), page)
    return [page.url for page in seen.values() if page.url]


def test_every_page_type_in_every_language_has_no_html_errors(client, vnu, tmp_path):
    urls = one_page_per_type_and_language() + ["/search/?q=rights", "/no-such-page/"]
    files = {}
    for number, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"page-{number}.html"
        path.write_bytes(response.content)
        files[path.name] = url
    result = subprocess.run(  # noqa: S603 (our own command line)
        [*vnu, "--errors-only", "--format", "json", *map(str, files_paths(tmp_path))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [
        f"{files.get(Path(message.get('url', '')).name)}: {message.get('message')}"
        for message in messages
        if message.get("type") == "error"
    ]
    assert errors == [], "\n".join(errors)


def files_paths(directory):
    return sorted(directory.glob("*.html"))
