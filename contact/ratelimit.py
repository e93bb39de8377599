"""A per-IP limit on form submissions, counted in the Django cache.

In production the cache is the Redis all app servers share, so the limit
holds across servers. Only POSTs are counted; showing a form writes nothing.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_key(request):
    # REMOTE_ADDR, not X-Forwarded-For, which any client can set; the proxy
    # in front of the app must pass the real address in REMOTE_ADDR.
    address = request.META.get("REMOTE_ADDR", "")
    return "hrcn:forms:rate:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def allow_submission(request):
    """Count one submission from this client; False once over the limit."""
    key = client_key(request)
    window = settings.HRCN_FORM_RATE_WINDOW
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= settings.HRCN_FORM_RATE_LIMIT
