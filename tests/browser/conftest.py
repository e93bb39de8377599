"""Chromium tests: Playwright for Python driving Debian's Chromium.

Never a browser that Playwright downloads. Without /usr/bin/chromium these
tests skip with a reason; when CI is set, a missing Chromium fails them.
"""

import io
import os
import shutil
import tempfile

import pytest

from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API keeps an event loop running in this thread; Django's
# ORM (used by the live server fixture's setup) must be allowed beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="hrcn-chromium-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        context.playwright = playwright  # for tests that need a browser of their own
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def site(transactional_db, live_server):
    """The starter site, served by a live server. Transactional tests flush the
    database afterwards, so each test loads the content again (and the root
    collection, which Wagtail's migrations create and the flush removes)."""
    from wagtail.models import Collection

    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    call_command("load_network_content", stdout=io.StringIO())
    return live_server


@pytest.fixture
def page(browser):
    tab = browser.new_page()
    tab.console_messages = []
    tab.on("console", lambda message: tab.console_messages.append(message))
    tab.on("pageerror", lambda error: tab.console_messages.append(error))
    yield tab
    tab.close()
