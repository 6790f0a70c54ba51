"""The REST API at /api/v1 (django-ninja: typed schemas, OpenAPI at /api/v1/openapi.json)."""

from __future__ import annotations

import re
from typing import Any

from django.urls import URLPattern, URLResolver
from ninja import NinjaAPI

from xiaobao import __version__
from xiaobao.api import errors, openapi
from xiaobao.api.auth import auth
from xiaobao.api.parser import CleanParser

_PARAMETER = re.compile(r"^<[^>]+>$")


def _literal_first(pattern: URLPattern | URLResolver) -> tuple[int, ...]:
    """Sort key: at each path segment a literal (`complaints/batch`) sorts before a parameter
    (`complaints/<complaint_id>`), so a fixed path is never swallowed by a parameter path of another router."""
    return tuple(1 if _PARAMETER.match(part) else 0 for part in str(pattern.pattern).split("/"))


class XiaobaoAPI(NinjaAPI):
    """NinjaAPI whose routes match literal segments first and whose document states every error response."""

    def _get_urls(self) -> list[URLPattern | URLResolver]:
        urls = super()._get_urls()
        root = urls[-1]  # the API root (""), always last
        return [*sorted(urls[:-1], key=_literal_first), root]

    def get_openapi_schema(self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
                           ) -> Any:
        return openapi.document_errors(super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params))


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
