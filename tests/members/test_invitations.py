"""Invitations: staff send a city editor a fresh one from the admin, an
expired link says what to do, and "forgot password" reaches an invited
editor who never set one."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.home.test_mail import queued_mail, run_mail_worker, waiting  # noqa: F401
from tests.members.helpers import set_up_city, staff_user

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://testserver(/admin/password_reset/confirm/\S+)")


@pytest.fixture
def city(directory):
    page, editor = set_up_city("Alphaburg", "AT", "editor@alphaburg.example")
    mail.outbox.clear()
    return page, editor


def link_in(message):
    return LINK.search(message.body).group(1)


def resend_url(user):
    return reverse("members_resend_invitation", args=[user.pk])


def test_staff_resend_an_invitation_from_the_city_page(client, city):
    page, editor = city
    client.force_login(staff_user())
    edit_view = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert resend_url(editor) in edit_view
    assert "Resend invitation to editor@alphaburg.example" in edit_view
    confirm = client.get(resend_url(editor))
    assert confirm.status_code == 200
    assert "editor@alphaburg.example, editor of Alphaburg" in confirm.content.decode()
    assert mail.outbox == []  # asking sends nothing

    response = client.post(resend_url(editor), follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "Sent a new invitation to editor@alphaburg.example for Alphaburg." in (
        response.content.decode()
    )
    [message] = mail.outbox
    assert message.to == ["editor@alphaburg.example"] and "Alphaburg" in message.body
    client.logout()
    response = client.get(link_in(message), follow=True)
    assert "Set your new password" in response.content.decode()


def test_administrators_find_it_in_the_user_list_too(admin_client, city):
    _page, editor = city
    listing = admin_client.get(reverse("wagtailusers_users:index")).content.decode()
    assert resend_url(editor) in listing and "Resend invitation" in listing


def test_a_city_editor_cannot_resend_invitations(client, city):
    _page, editor = city
    client.force_login(editor)
    assert client.get(resend_url(editor)).status_code in (302, 403)
    assert client.post(resend_url(editor)).status_code in (302, 403)
    # Nor learn which accounts exist.
    missing = reverse("members_resend_invitation", args=[99999])
    assert client.get(missing).status_code == client.get(resend_url(editor)).status_code
    assert mail.outbox == []
    edit_view = client.get(reverse("wagtailadmin_pages:edit", args=[city[0].pk]))
    assert resend_url(editor) not in edit_view.content.decode()


def test_only_a_city_editor_gets_an_invitation(client, city):
    staff = staff_user()
    client.force_login(staff)
    response = client.post(resend_url(staff))
    assert response.status_code == 400
    assert "is not the editor of a member city" in response.content.decode()
    assert mail.outbox == []
    assert client.post(reverse("members_resend_invitation", args=[99999])).status_code == 404


def test_an_expired_link_says_so_and_how_to_get_a_new_one(client, city, settings):
    _page, editor = city
    client.force_login(staff_user())
    client.post(resend_url(editor))
    client.logout()
    settings.PASSWORD_RESET_TIMEOUT = -1  # every link made so far has expired
    response = client.get(link_in(mail.outbox[-1]), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This link has expired" in html
    assert "invalid" not in html.lower()
    assert f'href="{reverse("wagtailadmin_password_reset")}"' in html
    assert "Send me a new link" in html


def test_forgot_password_reaches_an_editor_who_never_set_one(client, city, queued_mail):  # noqa: F811
    _page, editor = city
    assert not editor.has_usable_password()
    known = client.post(reverse("wagtailadmin_password_reset"), {"email": editor.email})
    unknown = client.post(reverse("wagtailadmin_password_reset"), {"email": "nobody@x.example"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert waiting("send_password_reset").count() == 2
    run_mail_worker()  # looks the addresses up
    run_mail_worker()  # delivers
    [message] = mail.outbox
    assert message.to == ["editor@alphaburg.example"]

    response = client.get(link_in(message), follow=True)
    assert "Set your new password" in response.content.decode()
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "a long new passphrase", "new_password2": "a long new passphrase"},
    )
    assert response.status_code == 302
    signed_in = client.post(
        reverse("wagtailadmin_login"),
        {"username": editor.get_username(), "password": "a long new passphrase"},
    )
    assert signed_in.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_an_account_closed_to_passwords_gets_no_reset(client, queued_mail):  # noqa: F811
    user = get_user_model().objects.create_user("closed", "closed@x.example")
    user.last_login = timezone.now()
    user.save()
    client.post(reverse("wagtailadmin_password_reset"), {"email": "closed@x.example"})
    run_mail_worker()
    run_mail_worker()
    assert mail.outbox == []
