from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from xiaobao.web.navigation import module_links


def navigation(request: HttpRequest) -> dict[str, Any]:
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    match = getattr(request, "resolver_match", None)
    active = match.namespace if match else None
    return {"nav_modules": module_links(request.user, active)}
