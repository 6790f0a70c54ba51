"""The OpenAPI document states every error an operation can answer, not only its success.

Every error body is `ErrorOut` (`{code, message, field}`, see `errors.py`). Which statuses an operation can
answer follows from its shape, so a module added later is documented without writing anything:

- 401 and 429 on every operation (all of them need a token or a session; wrong ones lock the client out);
- 403 on every operation (roles are checked in the services);
- 404 when the path names an object (outside the user's scope is indistinguishable from missing), or when the
  parameters or the body may refer to one (an institution code, a username: `field` names the reference);
- 422 when the operation takes parameters or a body (schema and domain validation);
- 409 when it changes something (any method but GET: a stale version, an action the object's state does not allow,
  a name already taken), even without a body (`POST /training/attempts/{attempt_id}/submit` on a handed-in
  attempt);
- 400 and 413 when it takes a body (unparsable body; body over the size limit).
An operation may declare any of them itself with a more precise schema; that declaration wins.

Form bodies (multipart/form-data) are stated as the server reads them (`describe_forms`).
"""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import Field

ERROR_DESCRIPTIONS = {
    400: "The body is not valid JSON (or not a readable form)",
    401: "Not authenticated (no token or session, or a bad one)",
    403: "Authenticated, but the role may not do this",
    404: "Not found, or outside the user's data scope: the object the path names, or one the parameters or the "
         "body refer to (then `field` names the reference)",
    409: "Conflict: a stale `version`, an action not allowed in the current state, a reused Idempotency-Key, or a "
         "name already taken (`field`)",
    413: "The request body is too large",
    429: "Too many failed sign-ins or wrong tokens from this client or for this account: locked for a while",
    422: "Invalid input: `field` names the first offending field, `errors` lists all of them",
}


class FieldErrorOut(Schema):
    field: str | None
    message: str


class ErrorOut(Schema):
    code: str = Field(description="machine-readable: invalid, not_found, permission_denied, conflict, …")
    message: str = Field(description="human-readable, in the user's language")
    field: str | None = Field(description="the offending field, when there is one")
    errors: list[FieldErrorOut] | None = None
    data: dict[str, Any] | None = None


ERROR_SCHEMA = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")


def error_statuses(method: str, operation: dict[str, Any]) -> list[int]:
    params = operation.get("parameters", [])
    has_body = "requestBody" in operation
    statuses = [401, 403, 429]
    if params or has_body:
        statuses.append(404)
    if has_body:
        statuses += [400, 413]
    if has_body or method.lower() != "get":
        statuses.append(409)
    if params or has_body:
        statuses.append(422)
    return sorted(statuses)


def document_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the error responses to every operation of an OpenAPI document (in place; returned)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.update(ERROR_SCHEMA.pop("$defs", {}))
    components["ErrorOut"] = ERROR_SCHEMA
    ref = {"$ref": "#/components/schemas/ErrorOut"}
    for path_item in schema.get("paths", {}).values():
        for method, operation in path_item.items():
            responses = operation.setdefault("responses", {})
            for status in error_statuses(method, operation):
                responses.setdefault(str(status), {
                    "description": ERROR_DESCRIPTIONS[status],
                    "content": {"application/json": {"schema": ref}},
                })
    return schema


FORM_MEDIA_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def _without_null(field: dict[str, Any]) -> dict[str, Any]:
    """A form field's schema with JSON's null taken out of it (an `anyOf` of one type and null becomes the type)."""
    members = field.get("anyOf")
    if not isinstance(members, list) or {"type": "null"} not in members:
        return field
    rest = [member for member in members if member != {"type": "null"}]
    described = {key: value for key, value in field.items() if key not in ("anyOf", "default")}
    if len(rest) == 1:
        return {**rest[0], **described}
    return {**described, "anyOf": rest}


def _not_empty(field: dict[str, Any]) -> dict[str, Any]:
    """A file part's schema saying it holds at least one byte (the server refuses an empty file)."""
    if field.get("format") == "binary":
        return {**field, "minLength": 1}
    if isinstance(field.get("items"), dict) and field["items"].get("format") == "binary":
        return {**field, "items": {**field["items"], "minLength": 1}}
    return field


def describe_forms(schema: dict[str, Any]) -> dict[str, Any]:
    """State every form body as the server reads it (in place; returned).

    A form field is text or a file: it cannot carry JSON's null. The server reads an absent field as its default
    (none, for an optional value) and a part that says `null` as the text it is, which a number, a date or a
    file refuses. ninja documents an optional value as `anyOf: [type, null]` (as for JSON), so a schema-valid
    `supersedes=null` was refused: here an optional form field is documented as its type alone, not required.
    A file part holds at least one byte (`minLength: 1`): the server refuses an empty file (`core.uploads`), and
    Django's parser drops an empty part written without a line for its body, which is then missing."""
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            content = operation.get("requestBody", {}).get("content", {})
            for media_type in FORM_MEDIA_TYPES:
                body = content.get(media_type, {}).get("schema", {})
                properties = body.get("properties", {})
                for name, field in properties.items():
                    properties[name] = _not_empty(_without_null(field))
    return schema
