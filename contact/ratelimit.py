"""A per-client limit on valid form submissions.

The count lives in the Django cache: in production the Redis all app servers
share, so the limit holds across servers. Only valid submissions count:
showing a form, or sending one with mistakes, costs nothing. When the cache
fails (Redis down or unreachable), the count comes from the submissions
already stored, each of which keeps its client's key
(`contact.models.SubmissionOrigin`).

A client is its IP address, taken from X-Forwarded-For only as far as our own
proxies vouch for it (`home.client_address`, HRCN_TRUSTED_PROXY_COUNT), and
is kept only as a keyed hash of that address, never the address itself.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from home.client_address import client_address

logger = logging.getLogger(__name__)

KEY_SALT = "hrcn.contact.ratelimit"
CACHE_PREFIX = "hrcn:forms:rate:"


def client_key(request):
    """A keyed hash of the client's address: the same for one SECRET_KEY, and
    without that key no way back to the address."""
    return salted_hmac(KEY_SALT, client_address(request), algorithm="sha256").hexdigest()


def allow_submission(key, count_stored):
    """Count one valid submission from the client `key`; False once it is over
    HRCN_FORM_RATE_LIMIT in the last HRCN_FORM_RATE_WINDOW seconds.

    `count_stored(key, since)` counts that client's stored submissions since a
    time; it answers when the cache cannot.
    """
    window = settings.HRCN_FORM_RATE_WINDOW
    cache_key = CACHE_PREFIX + key
    try:
        cache.add(cache_key, 0, timeout=window)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add() and incr()
            cache.set(cache_key, 1, timeout=window)
            count = 1
    except Exception as error:  # whatever the cache backend raises when it is down
        logger.warning("Form rate limit counted in the database, the cache failed: %r", error)
        count = count_stored(key, timezone.now() - timedelta(seconds=window)) + 1
    return count <= settings.HRCN_FORM_RATE_LIMIT
