"""Locks of logins (django-axes' attempts) as an officer sees and releases them; every release is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.core.errors import NotFound, PermissionDenied
from xiaobao.org.models import User
from xiaobao.org.roles import Role
from xiaobao.security.throttling import API_TOKEN

LOCK_ROLES = (Role.OFFICER, Role.ADMIN)


@dataclass(frozen=True)
class Lock:
    kind: str  # "username" or "ip"
    value: str
    failures: int
    last_failure: datetime
    until: datetime


def _may_manage(user: User) -> None:
    if not user.is_authenticated or not user.has_role(*LOCK_ROLES):
        raise PermissionDenied(_("Only the consumer-protection officer or an administrator manages login locks."))


def locks(*, user: User) -> list[Lock]:
    """Accounts and client addresses locked now, the latest first."""
    _may_manage(user)
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    recent = AccessAttempt.objects.filter(attempt_time__gte=since)
    found: list[Lock] = []
    for kind, column in (("username", "username"), ("ip", "ip_address")):
        rows = recent.exclude(**{column: None}).values(column).annotate(
            failures=Sum("failures_since_start"), last=Max("attempt_time"))
        limit = settings.AXES_FAILURE_LIMIT if kind == "username" else settings.ADDRESS_FAILURE_LIMIT
        for row in rows.filter(failures__gte=limit):
            if kind == "username" and row[column] == API_TOKEN:
                continue  # wrong tokens lock addresses, not the shared pseudo-account
            found.append(Lock(kind, row[column], row["failures"], row["last"],
                              row["last"] + settings.AXES_COOLOFF_TIME))
    return sorted(found, key=lambda lock: lock.last_failure, reverse=True)


@transaction.atomic
def clear_lock(*, kind: str, value: str, by: User) -> int:
    """Release one account's or one address's lock (its failed attempts are forgotten); audited."""
    _may_manage(by)
    if kind not in ("username", "ip") or not value:
        raise NotFound(_("No such lock."))
    cleared = int(reset(username=value) if kind == "username" else reset(ip=value))
    if not cleared:
        raise NotFound(_("No such lock."))
    audit.record(action="auth.lock_cleared", actor=by, object_type="auth.lock", object_id=f"{kind}:{value}"[:64],
                 after={"kind": kind, "value": value, "attempts": cleared})
    return cleared
