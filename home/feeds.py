"""The base of the site's Atom feeds (RFC 4287), on Django's syndication
framework: each feed is an index page's children, in the page's language,
with the organisation as its author and absolute URLs on the public address."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from home.models import SiteSettings
from home.public_url import absolute_url, page_url


class IndexPageAtomFeed(Feed):
    """Subclasses give `items(index_page)` and the item fields; the feed-level
    elements RFC 4287 requires (id, title, updated, author, a self link) and
    the language come from here."""

    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        # Django reads `language` as a plain attribute, not a method.
        self.language = index_page.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return index_page.title

    def link(self, index_page):
        return page_url(index_page, self.request)

    def feed_url(self, index_page):
        return page_url(index_page, self.request) + index_page.reverse_subpage("feed")

    def feed_guid(self, index_page):
        # The feed's own address: the listing page has an id of its own.
        return self.feed_url(index_page)

    def author_name(self, index_page):
        return SiteSettings.for_request(self.request).organisation_name

    def author_link(self, index_page):
        return absolute_url(index_page.get_parent().get_url(self.request))

    def item_link(self, page):
        return page_url(page, self.request)

    def item_guid(self, page):
        return page_url(page, self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at or page.first_published_at
