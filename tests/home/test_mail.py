"""Mail goes out after the response, from a background task, and a mail
server that is down never fails a request: the message waits and is tried
again later."""

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from wagtail.models import Page

from tests.conftest import free_port
from tests.factories import HONEST

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued_mail(settings):
    """Production's mail path: queued in the database for the mail worker."""
    settings.EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
    settings.TASKS = {
        **settings.TASKS,
        "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
    }
    return settings


@pytest.fixture
def mail_server_down(queued_mail):
    queued_mail.HRCN_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    queued_mail.EMAIL_HOST, queued_mail.EMAIL_PORT = "127.0.0.1", free_port()
    return queued_mail


def run_mail_worker():
    """Run what is due in the mail queue, as `db_worker --backend=mail` does.
    (The command itself closes the test's database connection between tasks,
    which would end the test's transaction on PostgreSQL.)"""
    worker = Worker(
        queue_names=["mail"],
        interval=0,
        batch=True,
        backend_name="mail",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    for result in list(DBTaskResult.objects.ready().filter(backend_name="mail")):
        result.claim(worker.worker_id)
        worker.run_task(result)


def waiting(task="deliver_email"):
    return DBTaskResult.objects.filter(status="READY", task_path=f"home.mail.{task}")


def test_the_worker_delivers_what_a_form_queued(client, contact, queued_mail):
    response = client.post("/contact/", HONEST)
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert mail.outbox == []  # not sent in the request
    assert waiting().count() == 1
    run_mail_worker()
    (message,) = mail.outbox
    assert message.to == ["staff@example.org"]
    assert "How do other cities monitor human rights?" in message.body
    assert waiting().count() == 0


def test_a_mail_outage_does_not_fail_the_form_and_the_message_waits(
    client, contact, mail_server_down
):
    response = client.post("/contact/", HONEST)
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert contact.get_submission_class().objects.filter(page=contact).count() == 1
    run_mail_worker()
    (retry,) = waiting()
    assert retry.run_after > timezone.now()
    assert retry.args_kwargs["args"][1] == 2  # the second attempt
    assert retry.args_kwargs["args"][0]["to"] == ["staff@example.org"]


def test_adding_a_member_city_survives_a_mail_outage(admin_client, mail_server_down):
    response = admin_client.post(
        "/admin/members/add-city/",
        {"name": "Graz", "country": "AT", "editor_email": "editor@graz.example.org"},
    )
    assert response.status_code in {200, 302}, response.content.decode()[:500]
    assert Page.objects.filter(title="Graz").exists()
    assert waiting().count() == 1


def test_password_reset_queues_any_address_and_sends_to_accounts_only(client, queued_mail):
    get_user_model().objects.create_user("staff", "staff@example.org", "x", is_staff=True)
    known = client.post("/admin/password_reset/", {"email": "staff@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # The request does the same for both: it queues the address.
    assert waiting("send_password_reset").count() == 2
    assert mail.outbox == []
    run_mail_worker()  # looks the addresses up, queues the one e-mail
    run_mail_worker()  # delivers it
    (message,) = mail.outbox
    assert message.to == ["staff@example.org"]
    assert "/admin/password_reset/confirm/" in message.body
