"""A page created in the admin is saved as a draft by autosave while the
editor is still on the "add" form; the browser then moves the form to the
page's edit view. If the editor posts the "add" form again before that (a
publish that failed validation or hit a locked database, a second click),
Wagtail's create view would make a second page: "The slug is already in use"
on every try, and the speakers the form refers to by the draft's row ids are
lost. `continue_own_draft` sends such a post to the draft's edit view, which
saves or publishes it with everything in the form.
"""

from wagtail.admin.viewsets.pages import page_viewset_registry


def own_unpublished_draft(request, parent_page, page_class):
    """The never-published page under `parent_page` with the posted slug that
    this user created and was the last to save; None if there is none."""
    slug = request.POST.get("slug", "").strip()
    if not slug or not request.user.is_authenticated:
        return None
    draft = (
        page_class.objects.child_of(parent_page)
        .filter(slug=slug, live=False, first_published_at__isnull=True, owner=request.user)
        .select_related("latest_revision")
        .first()
    )
    if draft is None or draft.alias_of_id:
        return None
    if draft.latest_revision and draft.latest_revision.user_id != request.user.pk:
        return None
    return draft


def continue_own_draft(request, parent_page, page_class):
    """The `before_create_page` hook."""
    if request.method != "POST":
        return None
    draft = own_unpublished_draft(request, parent_page, page_class)
    if draft is None:
        return None
    edit = page_viewset_registry.as_view("edit", page_id_kwarg="page_id")
    return edit(request, page_id=draft.pk)
