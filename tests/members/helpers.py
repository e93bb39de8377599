import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from members.models import MemberCityPage
from members.onboarding import STAFF_GROUP


def city_edit_form(page, commitments=(), **changes):
    """POST data for the admin's edit form of a member city page."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "country": page.country,
        "latitude": page.latitude or "",
        "longitude": page.longitude or "",
        "logo": page.logo_id or "",
        "hero_image": page.hero_image_id or "",
        "commitments": inline_formset(list(commitments)),
        "body": streamfield([]),
    }
    data.update(changes)
    return nested_form_data(data)


def practice_form(title, slug, summary):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "body": streamfield([]),
            "documents": streamfield([]),
        }
    )


def set_up_city(name, country, email, publish=True, status_summary=""):
    """A member city as `add_member_city` sets it up (published unless told
    otherwise, with `status_summary` if given) and its editor."""
    call_command(
        "add_member_city", name, "--country", country, "--editor-email", email, stdout=io.StringIO()
    )
    page = MemberCityPage.objects.get(title=name, locale__language_code="en")
    if status_summary:
        page.status_summary = status_summary
    if publish:
        page.save_revision().publish()
    return page, get_user_model().objects.get(email=email)


def staff_user(username="moderator"):
    user = get_user_model().objects.create_user(username, f"{username}@hrcn.example", "pw")
    user.groups.add(Group.objects.get(name=STAFF_GROUP))
    return user
