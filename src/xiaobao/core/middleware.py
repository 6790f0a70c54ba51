"""Chinese first: the interface is zh-hans unless the user chose another language (the language cookie)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers


class ChineseFirstLocaleMiddleware:
    """Like Django's LocaleMiddleware, but the browser's Accept-Language does not override zh-hans."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.supported = {code for code, _label in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response


class DomainErrorMiddleware:
    """A domain error a page view lets through becomes the matching error page, with its message as the reason.

    NotFound → 404, PermissionDenied → 403 (the Chinese reason reaches the page), any other DomainError → 400.
    The API maps its own errors to JSON before they get here (xiaobao.api.errors).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
        from django.http import Http404

        from xiaobao.core.errors import DomainError, NotFound, PermissionDenied

        if isinstance(exception, NotFound):
            raise Http404(str(exception.message)) from exception
        if isinstance(exception, PermissionDenied):
            raise DjangoPermissionDenied(str(exception.message)) from exception
        if isinstance(exception, DomainError):
            from django.core.exceptions import BadRequest

            raise BadRequest(str(exception.message)) from exception
        return None
