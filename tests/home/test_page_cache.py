"""The anonymous page cache (home.caching): what is kept, what never is, the
HTTP headers and 304s, compression, and that every kind of change is seen by
the next anonymous visitor."""

import datetime
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page, PageViewRestriction, Site

from activities.models import ActivityIndexPage, ActivityParticipant
from home.caching import purge_frontend_caches, start_new_generation
from home.models import FooterText, SiteSettings, StandardPage
from people.models import Person
from tests.factories import ActivityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.HRCN_PAGE_CACHE_SECONDS = 3600
    start_new_generation()  # nothing kept from earlier tests or runs


@pytest.fixture
def committed():
    """Make a change, then run what waits for the transaction to commit, as a
    commit would (the test's own transaction never commits)."""

    def run(change):
        result = change()
        connection = transaction.get_connection()
        callbacks, connection.run_on_commit = connection.run_on_commit, []
        for _savepoints, callback, _robust in callbacks:
            callback()
        return result

    return run


@pytest.fixture
def activities_index(home_page):
    return ActivityIndexPage.objects.child_of(home_page).get(slug="activities")


def body(response):
    return response.content.decode()


def test_a_second_anonymous_visit_costs_no_query(client, page_cache, django_assert_num_queries):
    first = client.get("/about/")
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get("/about/")
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=60, s-maxage=3600"
    assert second["ETag"]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/members/",
        "/activities/feed/",
        "/activities/calendar/",
        "/sitemap.xml",
        "/members/cities.geojson",
        "/members/compare/?format=csv",
        "/api/v2/pages/",
        "/de/",
    ],
)
def test_public_answers_are_kept_with_shared_cache_headers(
    client, page_cache, path, django_assert_num_queries
):
    assert client.get(path).status_code == 200
    with django_assert_num_queries(0):
        response = client.get(path)
    assert "public" in response["Cache-Control"] and "s-maxage=3600" in response["Cache-Control"]


def queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_a_new_release_never_serves_what_the_old_one_kept(client, page_cache, settings):
    settings.HRCN_RELEASE = "2026.12.1"
    client.get("/about/")
    assert queries_of(client, "/about/") == 0
    settings.HRCN_RELEASE = "2026.12.2"
    assert queries_of(client, "/about/") > 0, "rendered by the new release's templates"
    assert queries_of(client, "/about/") == 0
    settings.HRCN_RELEASE = ""  # unnamed: a digest of the code, the same on every call
    client.get("/about/")
    assert queries_of(client, "/about/") == 0


def test_refresh_caches_after_a_release(client, page_cache):
    client.get("/about/")
    assert queries_of(client, "/about/") == 0
    out = StringIO()
    call_command("refresh_caches", stdout=out)
    assert out.getvalue().startswith("Caches refreshed for release ")
    assert queries_of(client, "/about/") > 0


def test_revalidation_answers_304(client, page_cache):
    etag = client.get("/about/")["ETag"]
    response = client.get("/about/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


def test_signed_in_editors_are_never_served_or_stored(client, admin_client, page_cache):
    client.get("/about/")  # kept for anonymous visitors
    response = admin_client.get("/about/")
    assert "private" in response["Cache-Control"]
    assert "wagtail-userbar" in body(response)  # rendered for them, not the kept copy
    assert "wagtail-userbar" not in body(client.get("/about/"))


def test_never_kept(client, page_cache, home_page, django_assert_max_num_queries):
    about = StandardPage.objects.child_of(home_page).get(slug="about")
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for path in ["/contact/", "/search/?q=rights", "/about/", "/admin/login/"]:
        first = client.get(path)
        assert "private" in first["Cache-Control"], path
        with django_assert_max_num_queries(100) as queries:
            client.get(path)
        assert len(queries) > 0, f"{path} was answered from the cache"
    assert client.post("/contact/", {}).status_code == 200
    assert "private" in client.get("/contact/")["Cache-Control"]


def test_a_session_cookie_bypasses_the_cache(client, page_cache, django_assert_max_num_queries):
    client.get("/about/")
    client.cookies["sessionid"] = "anything"
    with django_assert_max_num_queries(100) as queries:
        client.get("/about/")
    assert len(queries) > 0


def test_publishing_shows_at_once_everywhere(client, page_cache, committed, activities_index):
    paths = ["/", "/activities/", "/activities/feed/", "/activities/calendar/", "/sitemap.xml"]
    before = {path: body(client.get(path)) for path in paths}
    activity = committed(
        lambda: ActivityPageFactory(parent=activities_index, title="Housing rights webinar")
    )
    for path in paths:
        assert "Housing rights webinar" not in before[path]
        shown = body(client.get(path))
        assert "Housing rights webinar" in shown or activity.url in shown, path
    committed(lambda: activity.unpublish())
    assert "Housing rights webinar" not in body(client.get("/activities/"))


def test_moving_and_deleting_a_page(client, page_cache, committed, home_page):
    about = StandardPage.objects.child_of(home_page).get(slug="about")
    target = StandardPage.objects.child_of(home_page).get(slug="privacy")
    assert client.get("/about/").status_code == 200
    committed(lambda: about.move(target, pos="last-child"))
    moved = client.get("/about/")  # Wagtail leaves a redirect behind
    assert moved.status_code == 301 and moved["Location"] == "/privacy/about/"
    assert client.get("/privacy/about/").status_code == 200
    committed(lambda: Page.objects.get(pk=about.pk).delete())
    assert client.get("/privacy/about/").status_code == 404


def test_a_scheduled_page_goes_live(client, page_cache, committed, activities_index):
    activity = ActivityPageFactory(parent=activities_index, title="Scheduled panel", live=False)
    revision = activity.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    assert "Scheduled panel" not in body(client.get("/activities/"))
    committed(lambda: call_command("publish_scheduled", stdout=open("/dev/null", "w")))  # noqa: SIM115
    assert "Scheduled panel" in body(client.get("/activities/"))


def test_editing_snippets_and_settings(client, page_cache, committed, activities_index):
    speaker = Person.objects.create(name="Ada Example")
    activity = ActivityPageFactory(parent=activities_index, title="Panel on participation")
    activity.participants.add(ActivityParticipant(person=speaker))
    committed(lambda: activity.save_revision().publish())
    assert "Ada Example" in body(client.get(activity.url))

    def rename():
        speaker.name = "Ada Renamed"
        speaker.save()

    committed(rename)
    assert "Ada Renamed" in body(client.get(activity.url))

    footer = FooterText.objects.get(locale__language_code="en")

    def new_footer():
        footer.text = "A network of cities for human rights, renewed."
        footer.save()

    committed(new_footer)
    assert "renewed." in body(client.get("/about/"))

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))

    def new_name():
        site_settings.short_name = "HRCN-X"
        site_settings.save()

    committed(new_name)
    assert "HRCN-X" in body(client.get("/"))


def test_a_translation_source_change_reaches_its_aliases(client, page_cache, committed):
    # The starter news item: nobody has translated it, so it is an alias in German.
    item = Page.objects.get(
        depth=4, url_path__startswith="/home/news/", locale__language_code="en"
    ).specific
    german = item.get_translation_or_none(Locale.objects.get(language_code="de"))
    assert german is not None and german.alias_of_id == item.pk
    client.get(german.url)

    def retitle():
        item.title = "News item, revised"
        item.save_revision().publish()

    committed(retitle)
    assert "News item, revised" in body(client.get(german.url))


def test_text_is_compressed_and_images_are_not(client, settings):
    response = client.get("/about/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    manifest = client.get("/manifest.webmanifest", HTTP_ACCEPT_ENCODING="gzip")
    assert manifest.status_code == 200
    plain = client.get("/healthz", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in plain  # too small to gain anything


class PurgeRecorder(BaseHTTPRequestHandler):
    purges = []

    def do_PURGE(self):  # noqa: N802
        PurgeRecorder.purges.append((self.path, self.headers["Host"]))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_change_purges_the_http_cache_twice(settings, public_address):
    recorder = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    threading.Thread(target=recorder.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "home.caching.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{recorder.server_port}",
        }
    }
    try:
        start_new_generation()
        deadline = time.monotonic() + 10
        while len(PurgeRecorder.purges) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        recorder.shutdown()
    # Once at once, once more for an answer that was on its way.
    assert PurgeRecorder.purges == [("/", "hrcn.example.org")] * 2


def test_a_silent_http_cache_does_not_hang_a_change(settings):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts connections, never answers
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "home.caching.TimedHTTPBackend",
            "LOCATION": f"http://127.0.0.1:{silent.getsockname()[1]}",
            "TIMEOUT": 1,
        }
    }
    try:
        started = time.monotonic()
        purge_frontend_caches(again_after=0)
        assert time.monotonic() - started < 5
    finally:
        silent.close()
