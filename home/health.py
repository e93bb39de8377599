"""Liveness and readiness probes for load balancers and orchestrators.

`/healthz` says the process is up and touches nothing else. `/readyz` checks
the parts a request needs (database, cache, media storage) and names the ones
that fail, with a 503, so a load balancer takes the server out of rotation.
The probes answer before host validation, HTTPS redirects and sessions, so a
probe on an app server's own address works, and they write nothing.
"""

import contextlib
import logging

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponseNotAllowed, JsonResponse

logger = logging.getLogger(__name__)


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        connection.close()  # of no use after a failure; the next request reconnects
        raise


def check_cache():
    # The shared cache fails soft for pages (home.outages); ask it directly.
    ping = getattr(cache, "ping", None)
    if ping is not None:
        ping()
    else:
        cache.get("readyz-probe")


def check_storage():
    # A local media folder that is not made yet is fine: the first upload makes it.
    with contextlib.suppress(FileNotFoundError):
        default_storage.listdir("")


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}


def readiness():
    """{part: "ok" | "unavailable"}, and whether every part is ok."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            # The log gets the details; the response only names the part.
            logger.exception("Readiness check failed: %s", name)
            results[name] = "unavailable"
        else:
            results[name] = "ok"
    return results, all(result == "ok" for result in results.values())


def probe_response(data, status=200):
    response = JsonResponse(data, status=status)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path not in {"/healthz", "/readyz"}:
            return self.get_response(request)
        if request.method not in {"GET", "HEAD"}:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        if request.path == "/healthz":
            return probe_response({"status": "ok"})
        results, ready = readiness()
        if ready:
            return probe_response({"status": "ok", "checks": results})
        response = probe_response({"status": "unavailable", "checks": results}, status=503)
        response["Retry-After"] = "10"
        return response
