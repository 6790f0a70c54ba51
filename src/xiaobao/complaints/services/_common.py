"""Shared steps of the complaint services: locking a case, recording its timeline and audit events."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints import selectors, transitions
from xiaobao.complaints.models import Complaint, ComplaintEvent
from xiaobao.org.models import User


def lock(complaint_id: int, *, by: User, version: int | None, action: str | None = None) -> Complaint:
    """The case, locked for update, if `by` can see it (else 404); 409 if `version` is stale or `action` is
    not allowed now; 403 if `by`'s role may not take it. Checked before any field is looked at."""
    complaint = selectors.complaint_get(user=by, pk=complaint_id, for_update=True)
    if version is not None and complaint.version != version:
        raise transitions.StaleVersion(
            _("The case was changed by someone else (version %(current)s, yours %(yours)s). Reload and retry.")
            % {"current": complaint.version, "yours": version},
            field="version", current_version=complaint.version,
        )
    if action is not None:
        transitions.check(complaint, action, by)
    return complaint


def record(complaint: Complaint, *, action: str, by: User | None, from_status: str = "", to_status: str = "",
           reason: str = "", data: dict[str, Any] | None = None, audit_before: dict[str, Any] | None = None,
           audit_after: dict[str, Any] | None = None) -> ComplaintEvent:
    event = ComplaintEvent.objects.create(
        complaint=complaint, action=action, from_status=from_status, to_status=to_status, actor=by,
        at=timezone.now(), reason=reason, data=data or {},
    )
    after = {"status": to_status} if to_status and to_status != from_status else {}
    after.update(audit_after or {})
    audit.record(action=f"complaint.{action}", obj=complaint, actor=by,
                 before=audit_before or ({"status": from_status} if after.get("status") else None),
                 after=after or None, note=event.reason_masked[:200])  # never the text in clear
    return event


def save(complaint: Complaint, *fields: str) -> None:
    """Save the changed fields and bump the version (every change is a new version)."""
    complaint.version += 1
    complaint.save(update_fields=[*fields, "version", "updated_at"])
