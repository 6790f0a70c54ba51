"""API authentication: `Authorization: Bearer <token>`, or the browser session (with CSRF)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from xiaobao.org import services as org_services
from xiaobao.security import throttling


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        throttling.check_token_client(request)  # 429 from an address locked for wrong tokens or passwords
        user = org_services.token_authenticate(token)
        if user is None:
            throttling.token_failed(request)
        else:
            request.user = user
        return user


class ActiveSession(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = super().authenticate(request, key)
        return user if user is not None and user.is_active else None


auth = [BearerToken(), ActiveSession()]
