"""The news feed (Atom), served by NewsIndexPage's `feed/` route."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from home.public_url import page_url


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page, request):
        super().__init__()
        self.index_page = index_page
        self.request = request

    def title(self):
        return self.index_page.title

    def link(self):
        return page_url(self.index_page, self.request)

    def feed_url(self):
        return page_url(self.index_page, self.request) + "feed/"

    def subtitle(self):
        return self.index_page.meta_description

    def items(self):
        return self.index_page.news_items()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
