"""Login, logout and failed logins are audit events (auth signals: a decoupled extra, not domain logic)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from xiaobao.audit import services
from xiaobao.audit.middleware import request_ip


def _ip(request: Any) -> str | None:
    return request_ip(request) if request is not None else None


@receiver(user_logged_in, dispatch_uid="audit_login")
def on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    services.record(action="auth.login", obj=user, actor=user, ip=_ip(request))


@receiver(user_logged_out, dispatch_uid="audit_logout")
def on_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        services.record(action="auth.logout", obj=user, actor=user, ip=_ip(request))


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def on_login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    username = str(credentials.get("username", ""))[:150]
    services.record(
        action="auth.login_failed", actor_username=username, ip=_ip(request), object_type="auth.user",
        object_id="", after={"username": username},
    )
