"""Who sent a request: the client's IP address, as far as our proxies vouch
for it. Used by the form rate limit and the login throttle."""

import ipaddress

from django.conf import settings


def normalised_address(value):
    """`value` as a canonical IP address string, or None if it is not one."""
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # An IPv4 client seen through an IPv6 socket is the same client.
    mapped = getattr(address, "ipv4_mapped", None)
    return str(mapped or address)


def client_address(request):
    """The address of the client that sent `request`.

    Each of the HRCN_TRUSTED_PROXY_COUNT proxies in front of the app appends
    the address it received the request from to X-Forwarded-For, so the
    client is the N-th entry from the right; whatever stands further left was
    sent by the client itself and proves nothing. A header too short to hold
    our proxies' entries, or an entry that is not an address, falls back to
    REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.HRCN_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= proxies:
            address = normalised_address(forwarded[-proxies])
            if address:
                return address
    return normalised_address(remote) or remote
