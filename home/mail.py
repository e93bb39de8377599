"""E-mail goes out after the response, from a background task.

Django sends every message (form notifications, Wagtail's moderation
e-mails, invitations, password resets) through EMAIL_BACKEND, which here only
queues it (`QueuedEmailBackend`). A worker (`manage.py db_worker --backend
mail`) delivers it through HRCN_EMAIL_DELIVERY_BACKEND (SMTP in production)
and, when the mail server fails, tries again later, up to MAX_ATTEMPTS. So a
mail outage never fails a request, and a form answers in the same time
whether or not it sends anything.
"""

import base64
import datetime
import logging
import smtplib
import unicodedata
from urllib.parse import urlsplit

from django_tasks import task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from wagtail.admin.forms.auth import PasswordResetForm

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
FIRST_RETRY = datetime.timedelta(minutes=1)  # then 2, 4, 8 and 16 minutes


def message_to_data(message):
    """A JSON-able copy of an EmailMessage, to travel with the task."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [
            [
                filename,
                base64.b64encode(content.encode() if isinstance(content, str) else content).decode(
                    "ascii"
                ),
                mimetype,
            ]
            for filename, content, mimetype in message.attachments
        ],
    }


def data_to_message(data, connection):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task(backend="mail", queue_name="mail")
def deliver_email(data, attempt=1):
    """Send one message; on a mail-server failure, try again later."""
    connection = get_connection(settings.HRCN_EMAIL_DELIVERY_BACKEND)
    try:
        connection.send_messages([data_to_message(data, connection)])
    except (OSError, smtplib.SMTPException) as error:
        if attempt >= MAX_ATTEMPTS or not deliver_email.get_backend().supports_defer:
            logger.error("E-mail to %s not sent after %s attempts: %s", data["to"], attempt, error)
            raise
        delay = FIRST_RETRY * 2 ** (attempt - 1)
        logger.warning("E-mail to %s not sent (%s); trying again in %s", data["to"], error, delay)
        deliver_email.using(run_after=timezone.now() + delay).enqueue(data, attempt + 1)


class InvitedAccountsPasswordResetForm(PasswordResetForm):
    """Wagtail's password-reset form, which also answers an invited account
    that never set its password. Django skips every account with an unusable
    password; ours are made so by an invitation (`add_member_city`) and stay so
    until the first sign-in. An account that has signed in once and has an
    unusable password was closed to passwords on purpose and is still skipped."""

    def get_users(self, email):
        yield from super().get_users(email)
        UserModel = get_user_model()
        email_field = UserModel.get_email_field_name()
        invited = UserModel._default_manager.filter(
            **{f"{email_field}__iexact": email}, is_active=True, last_login__isnull=True
        )
        for user in invited:
            if not user.has_usable_password() and same_address(email, getattr(user, email_field)):
                yield user


def same_address(first, second):
    """Equal once Unicode-normalised and case-folded, as Django compares them."""
    return (
        unicodedata.normalize("NFKC", first).casefold()
        == unicodedata.normalize("NFKC", second).casefold()
    )


@task(backend="mail", queue_name="mail")
def send_password_reset(email):
    """Wagtail's password-reset e-mail for the accounts of `email`, if any,
    including invited accounts that never set a password."""
    form = InvitedAccountsPasswordResetForm({"email": email})
    if form.is_valid():
        form.save(
            subject_template_name="wagtailadmin/account/password_reset/email_subject.txt",
            email_template_name="wagtailadmin/account/password_reset/email.txt",
            domain_override=urlsplit(settings.SITE_URL).netloc,
            use_https=settings.SITE_IS_HTTPS,
        )


class QueuedPasswordResetForm(PasswordResetForm):
    """The admin's password-reset form, which only queues the address: the
    worker looks for its accounts. A known and an unknown address cost the
    request the same, so its timing tells nobody who has an account."""

    def save(self, **kwargs):
        send_password_reset.enqueue(self.cleaned_data["email"])


class QueuedEmailBackend(BaseEmailBackend):
    """Queues each message for `deliver_email` instead of sending it."""

    def send_messages(self, email_messages):
        for message in email_messages:
            deliver_email.enqueue(message_to_data(message))
        return len(email_messages)
