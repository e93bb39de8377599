"""Security headers on every response the app makes.

The public site runs under a strict Content-Security-Policy (no inline script
or style, nothing from other hosts but the map tiles and, after a click, the
video players). Wagtail's admin needs inline script and style once an editor
has signed in, so the paths in ADMIN_PATHS get the admin policy
(settings.CONTENT_SECURITY_POLICY_ADMIN), without inline script for the
signed-out pages (sign-in, password reset).
"""

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.http import HttpResponseNotAllowed

ADMIN_PATHS = ("/admin/",)
# No view answers anything else (TRACE, CONNECT, ...); the views themselves
# refuse the methods of these they do not answer.
KNOWN_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PATHS):
            directives = dict(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
            user = getattr(request, "user", None)
            if user is None or not user.is_authenticated:
                # Signing in (and resetting a password) needs no inline script.
                directives["script-src"] = ["'self'"]
            return PolicyParts(directives, parts.update, parts.replace, parts.nonce)
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy and Cross-Origin-Resource-Policy, which Django does
    not set itself (it sets X-Content-Type-Options, X-Frame-Options,
    Referrer-Policy and Cross-Origin-Opener-Policy)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED
        )

    def __call__(self, request):
        if request.method not in KNOWN_METHODS:
            response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        else:
            response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.permissions_policy)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
