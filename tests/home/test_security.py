"""Security headers, login throttling and the methods each URL answers."""

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/", "/members/", "/activities/", "/search/?q=rights"])
def test_public_pages_have_a_strict_content_security_policy(client, path):
    response = client.get(path)
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["Permissions-Policy"].startswith("accelerometer=()")
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_have_no_inline_script_or_style(client):
    for path in ["/", "/members/", "/activities/", "/about/"]:
        html = client.get(path).content.decode()
        assert ' style="' not in html
        scripts = html.split("<script")[1:]
        for script in scripts:
            opening, _, rest = script.partition(">")
            assert (
                "src=" in opening
                or "application/ld+json" in opening
                or "application/json" in opening
            ), opening


def test_the_admin_has_its_own_policy(admin_client, client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    # Signing in needs no inline script.
    sign_in = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert sign_in["script-src"] == ["'self'"]


def test_the_admin_asks_no_other_host_for_avatars(admin_client, admin_user):
    admin_user.email = "admin@hrcn.example"
    admin_user.save()
    for path in ("/admin/", "/admin/account/", "/admin/users/"):
        html = admin_client.get(path).content.decode()
        assert "gravatar" not in html, path
        assert "/static/wagtailadmin/images/default-user-avatar" in html, path


@pytest.mark.parametrize("method", ["TRACE", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/", "/about/", "/search/", "/activities/"])
def test_pages_refuse_methods_they_do_not_answer(client, method, path):
    response = client.generic(method, path)
    assert response.status_code == 405
    assert "GET" in response["Allow"]


def test_a_form_page_answers_post(client):
    response = client.post("/contact/", {})
    assert response.status_code == 200  # the form, with its errors


def test_there_is_one_admin(client):
    assert client.get("/django-admin/").status_code == 404
    assert "django-admin" not in client.get("/robots.txt").content.decode()


def test_logins_are_throttled_and_staff_can_unlock(client, admin_client):
    get_user_model().objects.create_user("editor", "editor@example.org", "right-password")
    for _attempt in range(4):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
        assert response.status_code == 200  # the form again, with its error
    response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    assert response.status_code == 429  # the fifth failure locks
    response = client.post("/admin/login/", {"username": "editor", "password": "right-password"})
    assert response.status_code == 429
    assert "Sign-in paused" in response.content.decode()
    assert "ask HRCN staff to unlock" in response.content.decode()
    # Another person at another address is not locked out.
    get_user_model().objects.create_user("other", "other@example.org", "pw-of-other")
    response = client.post(
        "/admin/login/",
        {"username": "other", "password": "pw-of-other"},
        REMOTE_ADDR="192.0.2.7",
    )
    assert response.status_code == 302

    attempt = AccessAttempt.objects.get(username="editor")
    listing = admin_client.get("/admin/locked_out_logins/")
    assert listing.status_code == 200 and "editor" in listing.content.decode()
    response = admin_client.post(f"/admin/locked_out_logins/delete/{attempt.pk}/")
    assert response.status_code == 302
    response = client.post("/admin/login/", {"username": "editor", "password": "right-password"})
    assert response.status_code == 302
