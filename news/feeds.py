"""The news feed (Atom), served by NewsIndexPage's `feed/` route."""

from home.feeds import IndexPageAtomFeed


class NewsFeed(IndexPageAtomFeed):
    limit = 20

    def subtitle(self, index_page):
        return index_page.meta_description

    def items(self, index_page):
        return index_page.news_items()[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary
