"""One domain error hierarchy, mapped once per interface (API JSON, page messages, CLI exit codes)."""

from __future__ import annotations

from typing import Any

from django.utils.functional import Promise


class DomainError(Exception):
    """A refused domain operation: a machine `code`, a translatable `message`, an HTTP status."""

    code: str = "domain_error"
    http_status: int = 400

    def __init__(self, message: str | Promise, *, field: str | None = None, **data: Any) -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.data = data

    def as_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": str(self.message), "field": self.field}
        if self.data:
            body["data"] = self.data
        return body


class NotFound(DomainError):
    """The object does not exist, or is outside the user's data scope (the two are indistinguishable)."""

    code = "not_found"
    http_status = 404


class PermissionDenied(DomainError):
    code = "permission_denied"
    http_status = 403


class InvalidInput(DomainError):
    code = "invalid"
    http_status = 422


class Conflict(DomainError):
    """A stale version or an action not allowed in the current state."""

    code = "conflict"
    http_status = 409


class UnknownReference(InvalidInput):
    """The input (body, form or query) refers to an object that does not exist or lies outside the user's scope —
    an institution code, a username, a case number. The API answers 404 with `field` naming the reference (the
    request is well formed; what it names is not found), a page shows it on the field like any invalid input."""

    code = "not_found"
    http_status = 404


class ConflictingInput(InvalidInput):
    """Well-formed input that clashes with what exists now: a name already taken, a case already with the named
    institution, a target case no longer open. 409 on the API with `field`, a field error on a page."""

    code = "conflict"
    http_status = 409
