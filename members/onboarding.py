"""Self-service with moderation: what a member city needs to edit its own
profile, and the review that stands between its edits and the public site.

`add_member_city` is what `manage.py add_member_city` and the admin's "Add
member city" view run. It creates (or finds, so it can run again):

- the city's profile page under the member directory, as a draft;
- a group "City editors: NAME" that may add and edit that page and the pages
  under it (its good practices) and translate them, but not publish or delete;
- a collection for the city's images and documents that only this group and
  HRCN staff can use; the group uploads into its child "Under review", which
  stays private until staff approve each file (`members/file_review.py`);
- optionally an editor account, which gets an e-mail to set its password
  (sent again on request, `resend=True`, when a link has expired);
- optionally the city's position on the map (latitude and longitude).

`ensure_review_workflow` puts the "City profile review" workflow on every
member directory, so each city's submissions wait for the "HRCN staff" group.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.public_url import absolute_url
from members.choices import CountryCode
from members.file_review import ensure_pending_collection
from members.models import MemberCityPage, MemberIndexPage

STAFF_GROUP = "HRCN staff"
EDITOR_GROUP_PREFIX = "City editors: "
WORKFLOW_NAME = "City profile review"
TASK_NAME = "Review by HRCN staff"

CITY_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
# Translating is limited to the pages the editor may edit
# (members/admin_isolation.py); the translation goes through the same review.
CITY_EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
STAFF_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
# City editors choose among the city's files, but add and change them only
# under review.
CITY_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]
PENDING_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
]
STAFF_COLLECTION_PERMISSIONS = [
    *CITY_COLLECTION_PERMISSIONS,
    *PENDING_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
STAFF_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("members", "add_membershiptype"),
    ("members", "change_membershiptype"),
    ("members", "delete_membershiptype"),
    ("members", "manage_membership"),
    ("taxonomy", "add_topic"),
    ("taxonomy", "change_topic"),
    ("wagtail_localize", "submit_translation"),
    # Speakers, organisers and formats for activities, also from the choosers.
    ("people", "add_person"),
    ("people", "change_person"),
    ("people", "add_organisation"),
    ("people", "change_organisation"),
    ("activities", "add_activitytype"),
    ("activities", "change_activitytype"),
]


class OnboardingError(ValueError):
    """The request cannot be carried out; the message says why, for people."""


@dataclass
class CityOnboarding:
    page: MemberCityPage
    group: Group
    collection: Collection
    user: object = None
    created: list = field(default_factory=list)
    invitation_sent: bool = False
    invited: list = field(default_factory=list)


def permission(app_label, codename):
    if (app_label, codename) == ("wagtail_localize", "submit_translation"):
        # Made by a wagtail-localize migration, on a content type of its own,
        # not by post_migrate: a flushed database has lost it. Made again the
        # way that migration makes it.
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtail_localize", model="translation"
        )
        return Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": "Can submit translations"},
        )[0]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def grant_page(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )


def grant_collection(group, collection, permissions, *, only=False):
    """Give `group` `permissions` on `collection` (and no others, `only`:
    cities set up before files were reviewed could add to the city's collection)."""
    if only:
        GroupCollectionPermission.objects.filter(group=group, collection=collection).exclude(
            permission__codename__in=[codename for _app, codename in permissions]
        ).delete()
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )


def ensure_staff_group():
    """The "HRCN staff" group: edits and publishes every page, uses every
    collection, edits membership types and topics, and moderates city profiles."""
    group, created = Group.objects.get_or_create(name=STAFF_GROUP)
    group.permissions.add(*(permission(app, codename) for app, codename in STAFF_MODEL_PERMISSIONS))
    grant_page(group, Page.get_first_root_node(), STAFF_PAGE_PERMISSIONS)
    grant_collection(group, Collection.get_first_root_node(), STAFF_COLLECTION_PERMISSIONS)
    return group, created


def ensure_review_workflow():
    """The "City profile review" workflow, assigned to every member directory
    (so it covers every city page and practice below it) and moderated by the
    "HRCN staff" group only."""
    staff, _created = ensure_staff_group()
    task, _created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    task.groups.add(staff)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in MemberIndexPage.objects.all():
        # A workflow staff chose for a directory is left alone.
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow, created


def default_directory():
    index = MemberIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        raise OnboardingError(
            _("There is no member directory yet. Run 'manage.py load_network_content' first.")
        )
    return index


def validate_country(country):
    code = (country or "").strip().upper()
    if code not in CountryCode.values:
        raise OnboardingError(
            _(
                "Unknown country code '%(code)s'. Use an ISO 3166-1 alpha-2 code of a "
                "European state, one of: %(codes)s."
            )
            % {"code": country, "codes": ", ".join(CountryCode.values)}
        )
    return code


def validate_position(latitude, longitude):
    """Both or neither, as numbers within range; returned as Decimals with the
    five decimals the page stores (about a metre)."""
    if latitude in (None, "") and longitude in (None, ""):
        return None
    if latitude in (None, "") or longitude in (None, ""):
        raise OnboardingError(_("Give both latitude and longitude, or neither."))
    position = []
    for label, value, limit in ((_("latitude"), latitude, 90), (_("longitude"), longitude, 180)):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or not -limit <= number <= limit:
            raise OnboardingError(
                _(
                    "The %(label)s must be a number between -%(limit)s and %(limit)s, not '%(value)s'."
                )
                % {"label": label, "limit": limit, "value": value}
            )
        position.append(number.quantize(Decimal("0.00001")))
    return tuple(position)


def set_position(page, position):
    """Put the position in the page's latest draft (staff publish it)."""
    draft = page.get_latest_revision_as_object()
    if (draft.latitude, draft.longitude) == position:
        return False
    draft.latitude, draft.longitude = position
    draft.save_revision()
    return True


def ensure_city_page(index, name, country, position=None):
    existing = MemberCityPage.objects.child_of(index).filter(title=name).first()
    if existing:
        return existing, False
    base_slug = slugify(name, allow_unicode=True) or "city"
    slug, number = base_slug, 1
    while index.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base_slug}-{number}"
    page = MemberCityPage(title=name, slug=slug, country=country, live=False)
    if position:
        page.latitude, page.longitude = position
    index.add_child(instance=page)
    page.save_revision()
    return page, True


def ensure_city_collection(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing:
        return existing, False
    return root.add_child(name=name), True


def ensure_editor(email, group):
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User(email=email, **{User.USERNAME_FIELD: email})
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    return user, created


def send_invitation(user, page):
    """E-mail a link to the Wagtail admin's set-password form."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {
        "city": page.title,
        "set_password_url": absolute_url(path),
        "admin_url": absolute_url(reverse("wagtailadmin_home")),
        "username": user.get_username(),
    }
    send_mail(
        _("Your HRCN member profile: set your password"),
        render_to_string("members/emails/editor_invitation.txt", context),
        None,
        [user.email],
    )


def add_member_city(
    name,
    country,
    *,
    editor_email=None,
    index=None,
    latitude=None,
    longitude=None,
    resend=False,
):
    """Create or find everything a member city needs; see the module docstring."""
    name = " ".join((name or "").split())
    if not name:
        raise OnboardingError(_("Give the city's name."))
    country = validate_country(country)
    position = validate_position(latitude, longitude)
    index = index or default_directory()
    ensure_review_workflow()

    page, page_created = ensure_city_page(index, name, country, position)
    group, group_created = Group.objects.get_or_create(name=f"{EDITOR_GROUP_PREFIX}{name}"[:150])
    group.permissions.add(*(permission(app, codename) for app, codename in CITY_EDITOR_PERMISSIONS))
    grant_page(group, page, CITY_EDITOR_PAGE_PERMISSIONS)
    collection, collection_created = ensure_city_collection(name)
    grant_collection(group, collection, CITY_COLLECTION_PERMISSIONS, only=True)
    pending = ensure_pending_collection(collection, [group, ensure_staff_group()[0]])
    grant_collection(group, pending, PENDING_COLLECTION_PERMISSIONS)

    result = CityOnboarding(page=page, group=group, collection=collection)
    for label, created in (
        ("page", page_created),
        ("group", group_created),
        ("collection", collection_created),
    ):
        if created:
            result.created.append(label)
    if position and not page_created and set_position(page, position):
        result.created.append("position")
    if editor_email:
        result.user, user_created = ensure_editor(editor_email, group)
        if user_created:
            result.created.append("editor")
        if user_created or resend:
            send_invitation(result.user, page)
            result.invitation_sent, result.invited = True, [result.user]
    elif resend:
        # The city's editors, when staff do not name one.
        editors = list(group.user_set.filter(is_active=True).exclude(email=""))
        if not editors:
            raise OnboardingError(
                _("%(city)s has no editor to invite yet: give --editor-email.") % {"city": name}
            )
        for editor in editors:
            send_invitation(editor, page)
        result.user, result.invitation_sent = editors[0], True
        result.invited = editors
    return result
