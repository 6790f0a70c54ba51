from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from xiaobao.audit.context import client_ip


def request_ip(request: HttpRequest) -> str | None:
    """The client address. Behind a proxy, set the proxy to overwrite REMOTE_ADDR (waitress trusted_proxy)."""
    return request.META.get("REMOTE_ADDR") or None


class ClientIPMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = client_ip.set(request_ip(request))
        try:
            return self.get_response(request)
        finally:
            client_ip.reset(token)
