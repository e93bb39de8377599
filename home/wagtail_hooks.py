"""Admin customisations of the home app."""

from axes.models import AccessAttempt

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_drafts import continue_own_draft
from home.models import FooterText


class StricterContentCheckerItem(ContentCheckerItem):
    """Wagtail's accessibility checker (the userbar's "Content checks"), with
    the alt-text quality rule on and catching more of what editors type: file
    names, underscores and placeholder words such as "image" or "photo 3".

    Wagtail 8 renamed `AccessibilityItem` to `ContentCheckerItem`; the old name
    is a deprecated alias of this class.
    """

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "image-redundant-alt",
        "input-image-alt",
        "role-img-alt",
        "svg-img-alt",
        "duplicate-id-aria",
        "list",
        "listitem",
    ]
    if "alt-text-quality" not in axe_run_only:
        axe_run_only.append("alt-text-quality")

    axe_custom_checks = [
        {
            "id": "check-image-alt-text",
            "options": {
                # The check is case-insensitive and fails when the pattern matches.
                "pattern": (
                    r"\.(avif|gif|jpe?g|png|svg|tiff?|webp)$|_"
                    r"|^\s*(image|img|photo|picture|pic|graphic|logo|icon|banner|untitled|dsc|screenshot)"
                    r"[\s\d-]*$"
                )
            },
        },
        {"id": "check-empty-meta-description"},
    ]


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("construct_wagtail_userbar")
def use_stricter_content_checker(request, items, page):
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(
            item, StricterContentCheckerItem
        ):
            items[position] = StricterContentCheckerItem(in_editor=item.in_editor)


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    list_display = ["text", "locale"]
    # Not in the search index: the list searches the database itself.
    search_fields = ["text"]


register_snippet(FooterTextViewSet)


class LockedOutLoginViewSet(ModelViewSet):
    """Failed sign-ins that django-axes counts. Deleting a row unlocks that
    user name at that address at once (Settings > Locked-out logins)."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Locked-out logins")
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = []
    form_fields = ["username"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_locked_out_logins():
    return LockedOutLoginViewSet("locked_out_logins")


@hooks.register("before_serve_page")
def refuse_methods_the_page_does_not_answer(page, request, serve_args, serve_kwargs):
    methods = getattr(page, "http_methods", ("GET", "HEAD"))
    if request.method not in methods:
        return HttpResponseNotAllowed(methods)
    return None


@hooks.register("after_edit_page")
def say_what_the_review_did(request, page):
    """Wagtail answers "Approve and publish" or "Request changes" in the page
    editor with "Page ... has been updated." only; say what happened."""
    if not request.POST.get("action-workflow-action"):
        return
    action = request.POST.get("workflow-action-name")
    page = Page.objects.get(pk=page.pk)
    title = {"title": page.get_admin_display_title()}
    if action == "approve" and page.live and not page.has_unpublished_changes:
        message = gettext("Approved and published: '%(title)s' is live on the site now.")
    elif action == "approve":
        message = gettext("Approved: '%(title)s' goes on to the next review step.")
    elif action == "reject":
        message = gettext(
            "Changes requested: '%(title)s' goes back to its editors with your comment; "
            "the public page stays as it was."
        )
    else:
        return
    messages.success(request, message % title)


@hooks.register("before_create_page")
def post_the_add_form_again_to_the_autosaved_draft(request, parent_page, page_class):
    return continue_own_draft(request, parent_page, page_class)
