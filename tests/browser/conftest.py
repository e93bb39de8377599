"""Chromium tests: Playwright for Python driving Debian's Chromium.

Never a browser that Playwright downloads. Without /usr/bin/chromium these
tests skip with a reason; when CI is set, a missing Chromium fails them.
"""

import io
import os
import shutil
import tempfile
import threading

import pytest

from django.core.management import call_command
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connection
from django.test.testcases import LiveServerThread

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


class OneRequestAtATime(ThreadedWSGIServer):
    """The live server, with one request in the site at a time. On the
    in-memory SQLite test database every request thread shares the test's one
    connection, so two requests at once (autosave posting while the editor
    clicks Publish) would interleave their transactions on it: "no such
    savepoint", one request's rows seen by the other. In turn, each request is
    its own transaction, as under gunicorn, whose workers each have their own
    connection. Threads still read the requests, so a connection that Chromium
    opens ahead and never uses blocks nobody."""

    def set_app(self, application):
        lock = threading.Lock()

        def in_turn(environ, start_response):
            lock.acquire()
            try:
                response = application(environ, start_response)
            except BaseException:
                lock.release()
                raise
            return HeldUntilClosed(response, lock.release)

        super().set_app(in_turn)


class HeldUntilClosed:
    """A WSGI response that calls `release` once the server has closed it."""

    def __init__(self, response, release):
        self.response = response
        self.release = release

    def __iter__(self):
        return iter(self.response)

    def close(self):
        try:
            if hasattr(self.response, "close"):
                self.response.close()
        finally:
            self.release()


@pytest.fixture(scope="session", autouse=True)
def one_request_at_a_time(django_db_setup):
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LiveServerThread, "server_class", OneRequestAtATime)
        yield


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
