"""An Atom feed of an activity index page's activities (Django's syndication
framework), newest first."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from home.public_url import page_url


class ActivityAtomFeed(Feed):
    feed_type = Atom1Feed
    limit = 50

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return index_page.title

    def subtitle(self, index_page):
        return index_page.introduction or _("Activities of the Human Rights Cities Network")

    def link(self, index_page):
        return page_url(index_page, self.request)

    def feed_url(self, index_page):
        return page_url(index_page, self.request) + index_page.reverse_subpage("feed")

    def items(self, index_page):
        return index_page.activities().order_by("-start", "-pk")[: self.limit]

    def item_title(self, activity):
        return activity.title

    def item_description(self, activity):
        return f"{activity.when}. {activity.summary}"

    def item_link(self, activity):
        return page_url(activity, self.request)

    def item_guid(self, activity):
        return page_url(activity, self.request)

    def item_pubdate(self, activity):
        return activity.first_published_at

    def item_updateddate(self, activity):
        return activity.last_published_at

    def item_categories(self, activity):
        return [activity.activity_type.name] if activity.activity_type else []
