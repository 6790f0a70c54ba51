"""Every API error is JSON `{"code", "message", "field"}` with a proper status code."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from xiaobao.core.errors import DomainError
from xiaobao.core.schema import INVALID_TAG, TAG_MARK


def _body(code: str, message: str, field: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"code": code, "message": message, "field": field, **extra}


SOURCES = ("body", "query", "path", "form", "header", "file", "cookie")


def _field_path(loc: tuple[Any, ...] | list[Any]) -> list[Any]:
    """The field an error's location names, without ninja's prefix: the source (`form`, `file`…) and, for a JSON
    body, the view's argument (`payload`). Only the prefix: an upload named `file` is `("file", "file")`, and was
    reported as no field at all."""
    path = list(loc)
    if path and path[0] in SOURCES:
        source = path.pop(0)
        if source == "body" and path[:1] == ["payload"]:
            path.pop(0)
    return path


def install(api: NinjaAPI) -> None:
    @api.exception_handler(DomainError)
    def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
        return api.create_response(request, exc.as_dict(), status=exc.http_status)

    @api.exception_handler(ValidationError)
    def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = []
        for err in exc.errors:
            loc = [str(p) for p in _field_path(err.get("loc", ()))
                   if not str(p).startswith(TAG_MARK)]  # a member of a tagged union (core.schema.one_of)
            kind = str(err.get("type", ""))
            if kind.startswith(INVALID_TAG):  # its tag missing or unknown: the tag's field is wrong
                loc.append(kind.removeprefix(INVALID_TAG))
            errors.append({"field": ".".join(loc) or None, "message": err.get("msg", "invalid")})
        first = errors[0] if errors else {"field": None, "message": "invalid input"}
        return api.create_response(
            request, _body("invalid", first["message"], first["field"], errors=errors), status=422
        )

    @api.exception_handler(RequestDataTooBig)
    def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return api.create_response(request, _body("too_large", "the request body is too large"), status=413)

    @api.exception_handler(MultiPartParserError)
    def unreadable_upload(request: HttpRequest, exc: MultiPartParserError) -> HttpResponse:
        # Django refuses a part whose headers exceed 1 KB: in practice, a file name far over the 200 allowed.
        message = _("The upload could not be read. File names may be at most 200 characters.")
        return api.create_response(request, _body("invalid", message, "file"), status=422)

    @api.exception_handler(AuthenticationError)
    def auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return api.create_response(request, _body("unauthenticated", "authentication required"), status=401)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return api.create_response(request, _body("not_found", "not found"), status=404)

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return api.create_response(request, _body("http_error", str(exc)), status=exc.status_code)
