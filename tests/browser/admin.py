"""Steps a person takes in the Wagtail admin, shared by the browser tests."""


def sign_in(page, base_url, username, password):
    """Sign in on the admin's form and land on the dashboard."""
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base_url + "/admin/")
