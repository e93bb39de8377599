"""An Atom feed of an activity index page's activities, newest first."""

from django.utils.translation import gettext as _

from home.feeds import IndexPageAtomFeed


class ActivityAtomFeed(IndexPageAtomFeed):
    limit = 50

    def subtitle(self, index_page):
        return index_page.introduction or _("Activities of the Human Rights Cities Network")

    def items(self, index_page):
        return index_page.activities().order_by("-start", "-pk")[: self.limit]

    def item_title(self, activity):
        return activity.title

    def item_description(self, activity):
        return f"{activity.when}. {activity.summary}"

    def item_categories(self, activity):
        return [activity.activity_type.name] if activity.activity_type else []
