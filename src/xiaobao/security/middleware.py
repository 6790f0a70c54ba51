"""Response headers Django's SecurityMiddleware does not send: Cache-Control for personal data, Permissions-Policy.

Every response that reaches this middleware is dynamic (WhiteNoise answers static files before it): pages, API
answers, exports and downloads, and nearly all of them can carry personal data of complainants, so none may be
kept by the browser's or a proxy's cache (`no-store`), unless the view set its own Cache-Control.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.permissions_policy: str = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, no_store=True, private=True)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response
