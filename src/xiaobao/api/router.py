"""The REST API at /api/v1 (django-ninja: typed schemas, OpenAPI at /api/v1/openapi.json)."""

from __future__ import annotations

import json
import re
from typing import Any

from django.http import HttpRequest
from django.urls import URLPattern, URLResolver
from ninja import NinjaAPI
from ninja.params.models import BodyModel

from xiaobao import __version__
from xiaobao.api import errors, openapi
from xiaobao.api.auth import auth
from xiaobao.api.parser import CleanParser, without_controls_after_validation

_PARAMETER = re.compile(r"^<[^>]+>$")


def _literal_first(pattern: URLPattern | URLResolver) -> tuple[int, ...]:
    """Sort key: at each path segment a literal (`complaints/batch`) sorts before a parameter
    (`complaints/<complaint_id>`), so a fixed path is never swallowed by a parameter path of another router."""
    return tuple(1 if _PARAMETER.match(part) else 0 for part in str(pattern.pattern).split("/"))


def _resolve_json_strictly(cls: type[BodyModel], request: HttpRequest, api: NinjaAPI, path_params: dict[str, Any]
                           ) -> BodyModel:
    """A JSON body is validated as JSON, strictly: a value of the type the document states or a 422, as a JSON
    Schema validator would judge it (pydantic's lax mode took `0` for false, `false` for 0, `"5"` for 5 and a
    number for a date). Query strings and forms stay lax (every value there is text); their dates and yes/no
    fields use `xiaobao.core.schema`'s types."""
    data = cls.get_request_data(request, api, path_params)
    if data is None:
        return cls()  # type: ignore[call-arg]
    data = cls._map_data_paths(data)
    if hasattr(cls, "__ninja_body_params__"):  # the JSON parts of a multipart form: as ninja does
        return without_controls_after_validation(cls.model_validate(data, context={"request": request}))
    return without_controls_after_validation(
        cls.model_validate_json(json.dumps(_whole_numbers(data)), strict=True, context={"request": request}))


def _whole_numbers(value: Any) -> Any:
    """`56019.0` as 56019: JSON Schema's `integer` is any number with a zero fractional part (as JSON itself makes
    no difference between the two spellings), while pydantic's strict mode refused a float for an int."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _whole_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(item) for item in value]
    return value


BodyModel.resolve = classmethod(_resolve_json_strictly)  # type: ignore[assignment,method-assign]


class XiaobaoAPI(NinjaAPI):
    """NinjaAPI whose routes match literal segments first and whose document states every error response."""

    def _get_urls(self) -> list[URLPattern | URLResolver]:
        urls = super()._get_urls()
        root = urls[-1]  # the API root (""), always last
        return [*sorted(urls[:-1], key=_literal_first), root]

    def get_openapi_schema(self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
                           ) -> Any:
        document = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        return openapi.describe_forms(openapi.document_errors(document))


api = XiaobaoAPI(
    title="xiaobao API",
    version=__version__,
    description="消保 consumer-rights protection platform. Authenticate with `Authorization: Bearer <token>` "
    "(`xiaobao token create USERNAME`). Errors are JSON `{code, message, field}` (`ErrorOut`); every "
    "operation documents the error statuses it can answer. Text fields: control characters other than tab, "
    "line feed and carriage return (NUL included) are removed on input.",
    auth=auth,
    parser=CleanParser(),
    urls_namespace="api",
)
errors.install(api)

api.add_router("/", "xiaobao.org.api.router")
# Major before complaints: its fixed paths (/complaints/duplicate-check) must win over /complaints/{complaint_id}.
api.add_router("/", "xiaobao.major.api.router")
api.add_router("/", "xiaobao.complaints.api.router")
api.add_router("/", "xiaobao.privacy.api.router")
api.add_router("/", "xiaobao.reports.api.router")
api.add_router("/", "xiaobao.reviews.api.router")
api.add_router("/", "xiaobao.traceability.api.router")
api.add_router("/", "xiaobao.inspection.api.router")
api.add_router("/", "xiaobao.outreach.api.router")
api.add_router("/", "xiaobao.assessment.api.router")
api.add_router("/", "xiaobao.partners.api.router")
api.add_router("/", "xiaobao.training.api.router")
api.add_router("/", "xiaobao.assistance.api.router")
