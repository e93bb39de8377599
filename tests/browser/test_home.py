import pytest

pytestmark = pytest.mark.browser


def test_home_page_renders_without_console_errors(site, page):
    page.goto(site.url + "/")
    assert page.locator("h1").inner_text() == "Making human rights real, city by city"
    assert page.locator(".objectives__item").count() == 5
    errors = [m for m in page.console_messages if getattr(m, "type", "error") == "error"]
    assert errors == []


def test_skip_link_is_the_first_focusable_element_and_moves_focus(site, page):
    page.goto(site.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({cls: document.activeElement.className, text: document.activeElement.textContent})"
    )
    assert focused["cls"] == "skip-link"
    assert focused["text"] == "Skip to main content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_layout_fits_a_320px_screen(site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site.url + "/about/")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
