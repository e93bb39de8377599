"""What the site does when a part it depends on fails.

- The shared cache (Redis) down or slow: every cache call becomes a miss after
  a short socket timeout, and for a few seconds afterwards Redis is not even
  asked, so pages render from the database at their usual speed. Counters
  (`incr`) still raise, so a caller that must count (the form rate limit) can
  fall back to a store of its own. One log line when the outage starts and
  one when it ends, per process.
- The database down, paused or too slow: a new connection gives up after
  DATABASE_CONNECT_TIMEOUT seconds, a query after DATABASE_QUERY_TIMEOUT
  seconds (the server cancels it; a server that does not answer at all is
  given up on by the request), and the visitor gets a styled 503 with
  Retry-After instead of a 500. The site recovers by itself when the database
  is back.
"""

import logging
import signal
import sys
import threading
import time

from redis.exceptions import RedisError

from django.conf import settings
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.shortcuts import render
from django.views.defaults import server_error

logger = logging.getLogger(__name__)


class CacheOutage:
    """Process-wide state of the shared cache: when it last failed, and until
    when it is left alone."""

    retry_after = 5.0  # seconds without asking Redis after a failure

    def __init__(self):
        self.skip_until = 0.0
        self.down = False
        self.lock = threading.Lock()

    def skipping(self):
        return time.monotonic() < self.skip_until

    def failed(self, error):
        with self.lock:
            self.skip_until = time.monotonic() + self.retry_after
            if not self.down:
                self.down = True
                logger.warning("Shared cache unavailable, serving without it: %s", error)

    def succeeded(self):
        if self.down:
            with self.lock:
                if self.down:
                    self.down = False
                    logger.warning("Shared cache available again.")


cache_outage = CacheOutage()


def fail_soft(default):
    """Wrap a cache method: on a Redis error (or while Redis is being left
    alone after one), return `default` instead of raising."""

    def decorate(method):
        def wrapper(self, *args, **kwargs):
            if cache_outage.skipping():
                return default() if callable(default) else default
            try:
                result = method(self, *args, **kwargs)
            except RedisError as error:
                cache_outage.failed(error)
                return default() if callable(default) else default
            cache_outage.succeeded()
            return result

        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper

    return decorate


class FailSoftRedisCache(RedisCache):
    """Django's Redis cache, for which an outage is a cache miss."""

    def ping(self):
        """Ask Redis itself, failing loudly (for the readiness probe)."""
        self._cache.get_client(write=False).ping()

    @fail_soft(None)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    def get_many(self, keys, version=None):
        return self._get_many(keys, version)

    @fail_soft(dict)
    def _get_many(self, keys, version):
        return super().get_many(keys, version)

    @fail_soft(False)
    def add(self, *args, **kwargs):
        return super().add(*args, **kwargs)

    @fail_soft(None)
    def set(self, *args, **kwargs):
        return super().set(*args, **kwargs)

    @fail_soft(False)
    def touch(self, *args, **kwargs):
        return super().touch(*args, **kwargs)

    @fail_soft(False)
    def delete(self, *args, **kwargs):
        return super().delete(*args, **kwargs)

    @fail_soft(list)
    def set_many(self, *args, **kwargs):
        return super().set_many(*args, **kwargs)

    @fail_soft(None)
    def delete_many(self, *args, **kwargs):
        return super().delete_many(*args, **kwargs)

    @fail_soft(False)
    def has_key(self, *args, **kwargs):
        return super().has_key(*args, **kwargs)

    def incr(self, key, delta=1, version=None):
        # A counter must know the count is lost: raise, as a missing key does.
        if cache_outage.skipping():
            raise RedisError("The shared cache is unavailable.")
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            cache_outage.failed(error)
            raise


# The database ---------------------------------------------------------------


class DatabaseTimeout(OperationalError):
    """The database did not answer within DATABASE_QUERY_TIMEOUT."""


def _give_up(signum, frame):
    raise DatabaseTimeout("The database did not answer in time.")


def query_deadline(execute, sql, params, many, context):
    """A database execute wrapper: a query that gets no answer at all (a
    paused or unreachable server, which cannot cancel it itself) is given up
    on one second after the server's own statement timeout would have
    cancelled it. Needs the main thread (gunicorn's sync workers, tests);
    elsewhere (the development server's threads) queries run unguarded."""
    if threading.current_thread() is not threading.main_thread():
        return execute(sql, params, many, context)
    previous = signal.signal(signal.SIGALRM, _give_up)
    signal.setitimer(signal.ITIMER_REAL, settings.DATABASE_QUERY_TIMEOUT + 1)
    try:
        return execute(sql, params, many, context)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class DatabaseDeadlineMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with connections["default"].execute_wrapper(query_deadline):
            return self.get_response(request)


def is_database_outage(error):
    return isinstance(error, OperationalError | InterfaceError) or (
        isinstance(error, DatabaseError) and "timeout" in str(error).lower()
    )


def server_error_or_unavailable(request, template_name="500.html"):
    """handler500: a database outage is a 503 (come back soon), anything
    else the usual 500. Called while the exception is being handled."""
    error = sys.exc_info()[1]
    if error is None or not is_database_outage(error):
        return server_error(request, template_name)
    # A connection that failed mid-query is of no further use; closing it now
    # also spares Django's end-of-request check a query to a silent server.
    for connection in connections.all(initialized_only=True):
        connection.close()
    response = render(request, "503.html", status=503)
    response["Retry-After"] = str(settings.HRCN_OUTAGE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response
