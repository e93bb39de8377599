"""Steps a person takes in the Wagtail admin, shared by the browser tests."""

from playwright.sync_api import expect


def sign_in(page, base_url, username, password):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out", exact=False)).to_have_count(0)
    page.wait_for_url(base_url + "/admin/")


def sign_out(page, base_url):
    page.context.clear_cookies()
