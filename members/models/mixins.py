"""The permission rule of the page types city editors edit."""

from wagtail.models import PagePermissionTester


class PublisherDeletesPermissionTester(PagePermissionTester):
    """Wagtail lets anyone who may edit a page delete it while it has never
    been published (and its draft subpages). Here only people who may publish
    a page may delete it: HRCN staff, not a city's own editors."""

    def can_delete(self, ignore_bulk=False):
        if self.user.is_active and not self.user.is_superuser and "publish" not in self.permissions:
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


class PublisherDeletesMixin:
    """For page types that city editors edit (their profile, their practices):
    they may change them but never delete them, before or after the first
    publication, in any language. Staff still can."""

    def permissions_for_user(self, user):
        return PublisherDeletesPermissionTester(user, self)
