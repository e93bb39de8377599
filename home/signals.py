"""Receivers that keep the site's records in step.

The Wagtail Site record follows SITE_URL after every `migrate`.

Rules set on a page follow it into its translations.

When Wagtail or wagtail-localize copies a page into another locale (a
translation or an alias in a synchronised tree), the page-specific permissions
and the moderation workflow of the source page are given to the copy. So a
member city's editors can translate their own profile, and only their own,
and the translation goes through the same review.
"""

from django.dispatch import receiver

from wagtail.models import GroupPagePermission, Page, WorkflowPage
from wagtail.signals import copy_for_translation_done

from home.public_url import sync_site_record


@receiver(copy_for_translation_done)
def copy_page_rules_to_translation(sender, source_obj, target_obj, **kwargs):
    if not isinstance(source_obj, Page):
        return  # a translated snippet has no page rules
    for rule in GroupPagePermission.objects.filter(page_id=source_obj.pk):
        GroupPagePermission.objects.get_or_create(
            group_id=rule.group_id, page_id=target_obj.pk, permission_id=rule.permission_id
        )
    workflow_page = WorkflowPage.objects.filter(page_id=source_obj.pk).first()
    if workflow_page is not None:
        WorkflowPage.objects.get_or_create(
            page_id=target_obj.pk, defaults={"workflow_id": workflow_page.workflow_id}
        )


def sync_site_after_migrate(sender, using="default", **kwargs):
    if using == "default":
        sync_site_record()
