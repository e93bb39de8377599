vcl 4.1;

# Varnish in front of the HRCN load balancer: the shared cache that a CDN
# would be, and the site's public face.
#
#   visitor -> Varnish (this file) -> nginx (deploy/nginx.conf) -> app servers
#
# The worked example (`make cluster`, scripts/cluster.py) starts it as
#   varnishd -F -n .cluster/varnish -a 127.0.0.1:8080 \
#            -f deploy/varnish.vcl -s malloc,128m
# A real deployment changes the addresses marked "here:". Varnish speaks plain
# HTTP: TLS ends in front of it (hitch, a cloud load balancer or the CDN).
#
# What the app promises (home/caching.py): a response that may be shared says
# `Cache-Control: public, max-age=60, s-maxage=3600` and carries an ETag;
# everything else says `private`, or sets a cookie. On every change to content
# the app sends one PURGE for its home page here (WAGTAILFRONTENDCACHE, built
# from VARNISH_URL), and this file drops every object of that host name. So
# pages may be kept for the hour the app allows: nobody sees stale content
# after a change.

import std;

# here: nginx, the load balancer (deploy/nginx.conf).
backend nginx {
    .host = "127.0.0.1";
    .port = "8081";
    .connect_timeout = 5s;
    # A little more than nginx's 35 seconds for an app server to answer.
    .first_byte_timeout = 40s;
    .between_bytes_timeout = 30s;
    # Connections to nginx are kept alive and reused; Varnish closes an idle
    # one after backend_idle_timeout (60 s), before nginx would (75 s).
    #
    # /healthz answers while an app server process runs. When nginx has no app
    # server left (or is down itself), 3 failed polls out of 5 mark it sick,
    # and Varnish serves what it has (see "grace" below).
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        # Healthy from the start, so a restarted Varnish answers at once.
        .initial = 3;
    }
}

# Who may PURGE or BAN: the app servers, which send a PURGE on every change.
acl purgers {
    "localhost";
    "127.0.0.1";
    # here: the app servers' network, for example "10.0.1.0"/24;
}

sub vcl_recv {
    # Varnish itself appends the visitor's address (client.ip) to
    # X-Forwarded-For before this runs, and nginx appends Varnish's: the app
    # counts two trusted proxies (HRCN_TRUSTED_PROXY_COUNT=2). With TLS
    # ended in front of Varnish, send client.ip over the PROXY protocol
    # (`-a 127.0.0.1:8443,PROXY`, hitch's `write-proxy-v2`), or the
    # terminator's address would count as the visitor's, and pass every
    # purger's check below.

    # Purges. The app invalidates the whole site at once (one content
    # generation for every page), so a PURGE of any URL, or a BAN, drops every
    # object of that host name, in every language. The ban tests a header
    # stored with each object (X-Cache-Host, see vcl_backend_response) rather
    # than req.http.host, so the ban lurker can drop the objects in the
    # background and the ban list stays short.
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (!req.http.host) {
            return (synth(400, "No Host header"));
        }
        ban("obj.http.X-Cache-Host == " + req.http.host);
        return (synth(200, "Banned " + req.http.host));
    }

    # Ours (vcl_backend_fetch), never a client's.
    unset req.http.X-CSRF-Cookie;

    # here: nothing in front, so the scheme is http whatever a client claims.
    # Behind a TLS terminator, delete this line: the terminator must set
    # X-Forwarded-Proto itself (replacing any value the client sent).
    set req.http.X-Forwarded-Proto = "http";

    # The language is in the URL (/, /de/, /fr/ ...): nothing depends on
    # the browser's languages, so they never split the cache.
    unset req.http.Accept-Language;

    # One spelling of "gzip, please", or none (varnishd's http_gzip_support
    # does much the same; this also honours "gzip;q=0").
    if (req.http.Accept-Encoding) {
        if (req.http.Accept-Encoding ~ "(?i)\bgzip\b" &&
            req.http.Accept-Encoding !~ "(?i)\bgzip\s*;\s*q=0(\.0*)?\s*(,|$)") {
            set req.http.Accept-Encoding = "gzip";
        } else {
            unset req.http.Accept-Encoding;
        }
    }

    # While nginx is healthy, an expired object is served for at most 10 more
    # seconds while a fresh copy is fetched; while it is sick, for the whole
    # grace period (vcl_backend_response).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    # Never cached (passed to nginx as they are, Cookie header included):
    # anything but a read, so a form's POST keeps its csrftoken cookie;
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # the admin, documents (privacy rules per collection), the app's own
    # utilities and the health probes (the app never caches these either:
    # NEVER_CACHED_PATHS in home/caching.py);
    if (req.url ~ "^/(admin|documents|_util)/" || req.url ~ "^/(healthz|readyz)") {
        return (pass);
    }
    # a signed-in editor or anyone else with a session (a page unlocked with
    # its password), and a visitor with a message waiting to be shown.
    if (req.http.Cookie ~ "(^|;)\s*(sessionid|messages)=") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }

    # Everything else is the same for every anonymous visitor, so cookies
    # neither reach the cache lookup nor split it. One is handed on when
    # Varnish has to ask nginx: the CSRF cookie, so that a form page (never
    # kept: it sets that cookie, and says private) renders with the token the
    # visitor already has and another open tab's form still works.
    if (req.http.Cookie ~ "(^|;)\s*csrftoken=") {
        set req.http.X-CSRF-Cookie = regsub(
            req.http.Cookie, "^(?:.*;)?\s*(csrftoken=[^;]*).*$", "\1");
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # The URL and the host name (the built-in rule), and the scheme: an http
    # request may be answered with a redirect to https, never for https.
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_fetch {
    if (bereq.http.X-CSRF-Cookie) {
        set bereq.http.Cookie = bereq.http.X-CSRF-Cookie;
    }
    unset bereq.http.X-CSRF-Cookie;
}

sub vcl_backend_response {
    # The host name each object was fetched for, which purges test.
    set beresp.http.X-Cache-Host = bereq.http.host;

    # nginx or both app servers failing while an expired object is being
    # refreshed in the background: keep serving the old one.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }

    # How long: Cache-Control s-maxage (3600 s for the app's pages) wins over
    # max-age (60 s, meant for browsers), as Varnish does by default. Grace:
    # for 5 minutes past that, an app outage (nginx sick) still gets the old
    # page, and a healthy nginx gets it for 10 s while a fresh copy is fetched.
    # Keep: for an hour more the object stays to revalidate with its ETag
    # (If-None-Match), which the app answers with a 304 when nothing changed.
    # A purge drops objects in grace and keep too.
    set beresp.grace = 5m;
    set beresp.keep = 1h;

    # The built-in rules (run after this) never keep a response that sets a
    # cookie, says private, no-cache or no-store, or has no lifetime: the
    # admin, form pages, searches, pages for a session. They remember such a
    # URL for 2 minutes as one to fetch per request (hit-for-miss).
    #
    # Compression: with http_gzip_support (on by default) Varnish asks nginx
    # for gzip, the app or nginx compress text, and the object is kept
    # compressed; a client that does not accept gzip gets it unzipped here.
}

sub vcl_deliver {
    # HIT: answered from the cache (fresh, or in grace); MISS: fetched from
    # nginx, including everything passed. Age (seconds in the cache) stays.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Cache-Host;
    # No host name or version of ours in the Via header.
    set resp.http.Via = "1.1 varnish";
}

sub vcl_backend_error {
    # nginx unreachable and nothing in the cache to serve instead.
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    set beresp.body = "The site is unavailable for a moment. Please try again shortly.";
    return (deliver);
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.http.Cache-Control = "no-store";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
