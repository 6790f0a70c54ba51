"""The request context (client IP) that services stamp onto audit events without threading it through."""

from __future__ import annotations

from contextvars import ContextVar

client_ip: ContextVar[str | None] = ContextVar("xiaobao_client_ip", default=None)
