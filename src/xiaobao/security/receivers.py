"""A lock is an audit event (the failures that led to it already are: xiaobao.audit.receivers)."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.dispatch import receiver

from xiaobao.audit import services as audit


@receiver(user_locked_out, dispatch_uid="security_locked_out")
def on_locked_out(sender: Any, request: Any = None, username: str | None = None, ip_address: str | None = None,
                  **kwargs: Any) -> None:
    audit.record(action="auth.locked_out", actor_username=(username or "")[:150], ip=ip_address,
                 object_type="auth.lock", object_id=(username or ip_address or "")[:64],
                 after={"username": username, "ip": ip_address})
