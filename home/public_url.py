"""Absolute URLs, all on the site's one public address.

Every URL the site gives to the outside world (feeds, calendars, sitemap,
structured data, the API, e-mails, security.txt) is built here from
`settings.SITE_URL`, never from the Host header of the request that happens to
ask: behind a load balancer or a cache that header is not the public address.
"""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site


def absolute_url(url):
    """`url` (a path, or already absolute) on the site's public address."""
    if not url or "://" in url or url.startswith("//"):
        return url
    return settings.SITE_URL + ("" if url.startswith("/") else "/") + url


def page_url(page, request=None):
    """A page's absolute URL on the public address, in the page's own language."""
    return absolute_url(page.get_url(request))


def site_record_address():
    """The (hostname, port) the Wagtail Site record needs for SITE_URL. Wagtail
    derives the scheme from the port: 443 is https, anything else http."""
    parts = urlsplit(settings.SITE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def sync_site_record():
    """Point the default Wagtail Site at SITE_URL, so the URLs Wagtail builds
    itself (sitemap, API, admin links) agree with ours. Returns the site, or
    None when there is none yet."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_record_address()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site
