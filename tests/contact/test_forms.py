import datetime

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from contact.models import FormPage

pytestmark = pytest.mark.django_db

HONEST = {
    "your_name": "Ana Example",
    "your_e_mail_address": "ana@example.org",
    "organisation_or_city": "City of Example",
    "your_message": "How do other cities monitor human rights?",
    "consent": "on",
}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact(home_page):
    page = FormPage.objects.child_of(home_page).get(slug="contact")
    page.to_address = "staff@example.org"
    page.save_revision().publish()
    return page


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


def test_purge_deletes_only_expired_submissions_and_is_idempotent(contact):
    contact.retention_days = 30
    contact.save()
    old = FormSubmission.objects.create(page=contact, form_data={})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=31)
    )
    recent = FormSubmission.objects.create(page=contact, form_data={})
    call_command("purge_form_submissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(FormSubmission.objects.filter(page=contact)) == [recent]
    call_command("purge_form_submissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(FormSubmission.objects.filter(page=contact)) == [recent]
