"""One log line per request: method, path, status, duration and size.

The line goes to the `hrcn.request` logger, which production settings send to
stderr at INFO; development and tests keep it quiet.
"""

import logging
import time

logger = logging.getLogger("hrcn.request")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        if logger.isEnabledFor(logging.INFO):
            size = "-" if response.streaming else len(response.content)
            logger.info(
                "%s %s %s %.1fms %s",
                request.method,
                request.get_full_path(),
                response.status_code,
                (time.monotonic() - started) * 1000,
                size,
            )
        return response
