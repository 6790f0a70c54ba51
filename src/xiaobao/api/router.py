"""The REST API at /api/v1 (django-ninja: typed schemas, OpenAPI at /api/v1/openapi.json)."""

from __future__ import annotations

from ninja import NinjaAPI

from xiaobao import __version__
from xiaobao.api import errors
from xiaobao.api.auth import auth

api = NinjaAPI(
    title="xiaobao API",
    version=__version__,
    description="消保 consumer-rights protection platform. Authenticate with `Authorization: Bearer <token>` "
    "(`xiaobao token create USERNAME`). Errors are JSON `{code, message, field}`.",
    auth=auth,
    urls_namespace="api",
)
errors.install(api)

api.add_router("/", "xiaobao.org.api.router")
# Major before complaints: its fixed paths (/complaints/duplicate-check) must win over /complaints/{complaint_id}.
api.add_router("/", "xiaobao.major.api.router")
api.add_router("/", "xiaobao.complaints.api.router")
api.add_router("/", "xiaobao.privacy.api.router")
