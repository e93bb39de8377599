"""Gunicorn settings of one app server (`gunicorn -c deploy/gunicorn.conf.py`).

The address comes from the command line (`--bind HOST:PORT`), the rest
from here and the environment, so every app server runs the same file.
"""

import os

wsgi_app = "hrcn_site.wsgi:application"

# Worker processes: WEB_CONCURRENCY, the variable gunicorn itself and most
# platforms use. Sync workers: one request at a time each.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))

# Several gunicorns on one machine would share ~/.gunicorn/gunicorn.ctl.
control_socket_disable = True

# The app logs one line per request itself (to stderr), so no access log here.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# A request gets 30 seconds; nginx waits a little longer (deploy/nginx.conf).
timeout = 30
graceful_timeout = 20

# X-Forwarded-Proto is trusted from the addresses in FORWARDED_ALLOW_IPS
# (gunicorn's own variable; by default the machine itself).
