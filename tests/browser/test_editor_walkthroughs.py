"""Two people's paths through the admin, in Chromium, asserting what they see.

A city editor's first hour: the invitation e-mail, the password, the city's
own dashboard panel, the profile form (a framework item, the position on the
map, a photo that waits for review), a practice with a photo of its own, the
submissions; then staff approve both and the public profile shows them.

Staff's daily work: a new webinar with a new speaker created from inside the
speaker chooser, published, and listed on /activities/, in the calendar feed
and on the home page.
"""

import datetime
import hashlib
import io
import re

import PIL.Image
import pytest
from playwright.sync_api import expect

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from activities.models import ActivityIndexPage, ActivityPage
from members.file_review import PENDING_COLLECTION
from members.models import MemberCityPage
from members.onboarding import add_member_city
from tests.browser.admin import sign_in
from tests.members.helpers import staff_user

pytestmark = pytest.mark.browser

PASSWORD = "Rathaus-Graz-2026!"  # noqa: S105 (a test account's)


def photo(name):
    buffer = io.BytesIO()
    # A colour of its own: Wagtail asks before taking a duplicate of an image.
    colour = tuple(hashlib.sha256(name.encode()).digest()[:3])
    PIL.Image.new("RGB", (1200, 675), colour).save(buffer, "JPEG")
    return {"name": name, "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def upload_in_chooser(page, field, filename, title, alt_text=""):
    """Upload a new photo from the image chooser of `field`, with the image's
    own alt text if given; it is then chosen."""
    field.get_by_role("button", name="Choose an image").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Upload").click()
    dialog.get_by_label("File").set_input_files(photo(filename))
    dialog.get_by_label("Title").fill(title)
    if alt_text:
        dialog.get_by_label("Alt text").fill(alt_text)
    dialog.get_by_role("button", name="Upload").click()
    expect(field.get_by_text(title)).to_be_visible()


def choose_from_footer_menu(page, action):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=action).click()


def test_a_city_editors_first_hour(site, page, settings):
    settings.HRCN_MAP_TILES_URL = ""  # offline: the picker works on a blank map
    add_member_city("Graz", "AT", editor_email="hr@graz.example")
    staff_user("moderator")

    # The invitation: the set-password link and the username, from the e-mail.
    [invitation] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+)", invitation.body)
    username = re.search(r"username: (\S+)", invitation.body).group(1)
    page.goto(site.url + link.group(1))
    page.locator("input[name=new_password1]").fill(PASSWORD)
    page.locator("input[name=new_password2]").fill(PASSWORD)
    page.get_by_role("button", name="Reset password").click()
    expect(page.get_by_text("Password change successful")).to_be_visible()

    # Signed in, the dashboard names the city; its form is one click away.
    sign_in(page, site.url, username, PASSWORD)
    expect(page.get_by_role("heading", name="Your city: Graz")).to_be_visible()
    page.get_by_role("link", name="Edit Graz").click()
    expect(page.get_by_role("heading", name="Graz")).to_be_visible()

    # The position: a click on the (blank) map fills in both fields.
    page.get_by_role("region", name="Map: click where the city is").click()
    expect(page.get_by_role("spinbutton", name="Latitude")).not_to_have_value("")

    # A photo, uploaded from the hero image's chooser with its alt text,
    # which is the image's own.
    hero = page.locator('[data-contentpath="hero_image"]')
    upload_in_chooser(
        page,
        hero,
        "graz-town-hall.jpg",
        "Graz town hall",
        alt_text="The town hall of Graz on the main square",
    )

    # A framework item: status and year.
    page.get_by_role("tab", name="Framework").click()
    page.get_by_role("button", name="Add item").click()
    row = page.locator("[id^=inline_child_commitments-0]")
    row.get_by_label("Kind").select_option(index=1)
    row.get_by_label("Status").select_option(label="In place")
    row.get_by_label("Year").fill("2017")

    choose_from_footer_menu(page, "Submit to City profile review")
    expect(page.get_by_text("has been submitted for moderation")).to_be_visible()

    graz = MemberCityPage.objects.get(title="Graz", locale__language_code="en")
    assert not graz.live
    photo_in_review = graz.get_latest_revision_as_object().hero_image
    assert photo_in_review.collection.name == PENDING_COLLECTION
    assert photo_in_review.description == "The town hall of Graz on the main square"

    # A practice under the city, with a photo in its text, submitted too.
    page.goto(site.url + reverse("wagtailadmin_explore", args=[graz.pk]))
    page.get_by_role("link", name="Add child page").first.click()
    page.locator("#id_title").fill("Human rights budgeting in Graz")
    page.locator("#id_summary").fill("The city's budget is checked against human rights each year.")
    body = page.locator('[data-contentpath="body"]')
    body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Image").click()
    upload_in_chooser(page, body, "graz-budget-hearing.jpg", "Budget hearing in Graz")
    body.get_by_label("Alt text").fill("People at the city's public budget hearing")
    choose_from_footer_menu(page, "Submit to City profile review")
    expect(page.get_by_text("created and submitted for moderation")).to_be_visible()
    practice = Page.objects.get(
        title="Human rights budgeting in Graz", locale__language_code="en"
    ).specific
    assert practice.get_parent().title == "Graz", practice.get_parent().locale
    [block] = practice.get_latest_revision_as_object().body
    practice_photo = block.value["image"]
    assert practice_photo.collection.name == PENDING_COLLECTION

    # Until staff approve, the photo is not public. (Asked of the app itself:
    # the live server answers /media/ from the disk before the app sees it.)
    visitor = Client()
    assert visitor.get(photo_in_review.file.url).status_code == 404
    assert visitor.get(practice_photo.file.url).status_code == 404

    # Staff find it awaiting their review, approve and publish.
    page.context.clear_cookies()
    sign_in(page, site.url, "moderator", "pw")
    review = page.get_by_role("region", name="Awaiting your review")
    review.get_by_role("link", name="Graz", exact=True).first.click()
    choose_from_footer_menu(page, "Approve and publish")
    expect(page.get_by_text("is live on the site now")).to_be_visible()
    page.goto(site.url + reverse("wagtailadmin_home"))
    review = page.get_by_role("region", name="Awaiting your review")
    review.get_by_role("link", name="Human rights budgeting in Graz").first.click()
    choose_from_footer_menu(page, "Approve and publish")
    expect(page.get_by_text("is live on the site now")).to_be_visible()

    graz.refresh_from_db()
    assert graz.live
    assert graz.latitude is not None
    assert graz.hero_image.collection.name != PENDING_COLLECTION
    assert graz.commitments.get().year == 2017

    # The public profile shows the change, and the photo is public now.
    page.context.clear_cookies()
    assert visitor.get(photo_in_review.file.url).status_code == 200
    page.goto(site.url + graz.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Graz")
    expect(page.get_by_text("2017").first).to_be_visible()
    expect(page.get_by_alt_text("The town hall of Graz on the main square")).to_be_visible()
    assert visitor.get(practice_photo.file.url).status_code == 200
    page.get_by_role("link", name="Human rights budgeting in Graz").click()
    expect(page.get_by_alt_text("People at the city's public budget hearing")).to_be_visible()


def test_staffs_daily_work_a_webinar_with_a_new_speaker(site, page):
    staff_user("moderator")
    index = ActivityIndexPage.objects.get(locale__language_code="en")
    start = (timezone.localdate() + datetime.timedelta(days=2)).isoformat() + " 17:00"

    sign_in(page, site.url, "moderator", "pw")
    page.goto(site.url + reverse("wagtailadmin_explore", args=[index.pk]))
    page.get_by_role("link", name="Add child page").first.click()
    expect(page.get_by_role("heading", name="New: Activity")).to_be_visible()

    page.locator("#id_title").fill("Housing as a human right: a webinar")
    page.get_by_role("button", name="Choose activity type").click()
    page.get_by_role("dialog").get_by_role("link", name="Webinar").click()
    page.locator("#id_start").fill(start)
    # Typing in the summary next also closes the start field's date picker,
    # which would otherwise take the next click.
    page.locator("#id_summary").click()
    page.locator("#id_summary").fill("Three cities on what a right to housing means locally.")

    # A speaker nobody has entered yet, created from inside the chooser.
    page.get_by_role("button", name="Add speaker or moderator").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="New person").click()
    dialog.get_by_label("Name").fill("Ada Quokka")
    dialog.get_by_label("Role").fill("Deputy Mayor")
    dialog.get_by_role("button", name="Add this person").click()
    expect(page.get_by_text("Ada Quokka").first).to_be_visible()

    choose_from_footer_menu(page, "Publish")
    # "created and published", or, when autosave has already kept the new page
    # as a draft (sooner on a busy machine), "has been published".
    expect(page.get_by_text(re.compile(r"(created and|has been) published"))).to_be_visible()
    activity = ActivityPage.objects.get(
        title="Housing as a human right: a webinar", locale__language_code="en"
    )
    assert activity.live
    assert [p.person.name for p in activity.participants.all()] == ["Ada Quokka"]

    # What visitors see: the listing's card with the speaker, the activity,
    # the calendar feed and the home page.
    page.context.clear_cookies()
    page.goto(site.url + "/activities/")
    card = page.get_by_role("article").filter(has_text="Housing as a human right: a webinar")
    expect(card).to_contain_text("With Ada Quokka")
    card.get_by_role("link", name="Housing as a human right: a webinar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Housing as a human right: a webinar")
    expect(page.get_by_text("Ada Quokka")).to_be_visible()
    calendar = page.request.get(site.url + "/activities/calendar/")
    assert calendar.ok
    assert "SUMMARY:Housing as a human right: a webinar" in calendar.text()
    page.goto(site.url + "/")
    expect(
        page.get_by_role("link", name="Housing as a human right: a webinar").first
    ).to_be_visible()
