"""Writing and verifying the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from xiaobao.audit.chain import GENESIS_HASH, event_hash
from xiaobao.audit.context import client_ip, system_actor
from xiaobao.audit.masking import mask_value
from xiaobao.audit.models import AuditChainHead, AuditEvent


def _lock_head() -> AuditChainHead:
    try:
        return AuditChainHead.objects.select_for_update().get(pk=1)
    except AuditChainHead.DoesNotExist:
        AuditChainHead.objects.get_or_create(pk=1, defaults={"last_seq": 0, "last_hash": GENESIS_HASH})
        return AuditChainHead.objects.select_for_update().get(pk=1)


@dataclass(frozen=True)
class Entry:
    """One event to append, before it has its place in the chain."""

    action: str
    obj: models.Model | None = None
    actor: Any = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    note: str = ""
    actor_username: str | None = None
    ip: str | None = None
    object_type: str | None = None
    object_id: str | None = None

    def fields(self, occurred_at: datetime) -> dict[str, Any]:
        summary: dict[str, Any] = {}  # masked: personal data never enters the chain in clear
        if self.before:
            summary["before"] = mask_value(self.before)
        if self.after:
            summary["after"] = mask_value(self.after)
        if self.note:
            summary["note"] = mask_value(self.note)
        actor, obj = self.actor, self.obj
        actor_id = actor.pk if actor is not None and getattr(actor, "pk", None) else None
        username = self.actor_username if self.actor_username is not None else (
            actor.get_username() if actor_id else (system_actor.get() or ""))
        return {
            "occurred_at": occurred_at,
            "actor_id": actor_id,
            "actor_username": username,
            "action": self.action,
            "object_type": self.object_type if self.object_type is not None else (
                obj._meta.label_lower if obj else ""),
            "object_id": self.object_id if self.object_id is not None else (str(obj.pk) if obj is not None else ""),
            "object_repr": mask_value(str(obj)[:200]) if obj is not None else "",
            "summary": summary,
            "ip": self.ip if self.ip is not None else client_ip.get(),
        }


def record(
    *,
    action: str,
    obj: models.Model | None = None,
    actor: Any = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
    actor_username: str | None = None,
    ip: str | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
) -> AuditEvent:
    """Append one event (留痕) inside the caller's transaction: it commits or rolls back with the change."""
    return record_many([Entry(action=action, obj=obj, actor=actor, before=before, after=after, note=note,
                              actor_username=actor_username, ip=ip, object_type=object_type,
                              object_id=object_id)])[0]


def record_many(entries: list[Entry]) -> list[AuditEvent]:
    """Append several events in order under one lock of the chain tip (a batch intake writes one per case)."""
    if not entries:
        return []
    now = timezone.now()
    with transaction.atomic(savepoint=False):  # part of the caller's transaction, or its own
        head = _lock_head()
        seq, prev = head.last_seq, head.last_hash
        events = []
        for entry in entries:
            fields = entry.fields(now)
            seq += 1
            digest = event_hash(seq=seq, prev_hash=prev, **fields)
            events.append(AuditEvent(seq=seq, prev_hash=prev, hash=digest, **fields))
            prev = digest
        if len(events) == 1:
            events[0].save(force_insert=True)
        else:
            AuditEvent.objects.bulk_create(events)
        AuditChainHead.objects.filter(pk=1).update(last_seq=seq, last_hash=prev)
    return events


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify(batch_size: int = 5000) -> VerifyResult:
    """Recompute the chain from the first event; report the first event whose hash or link is wrong."""
    prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=batch_size):
        if event.seq != expected_seq:
            return VerifyResult(checked, expected_seq, f"event #{expected_seq} is missing (found #{event.seq})")
        if event.prev_hash != prev:
            return VerifyResult(checked, event.seq, f"event #{event.seq} does not link to the previous event")
        digest = event_hash(
            seq=event.seq,
            occurred_at=event.occurred_at,
            actor_id=event.actor_id,
            actor_username=event.actor_username,
            action=event.action,
            object_type=event.object_type,
            object_id=event.object_id,
            object_repr=event.object_repr,
            summary=event.summary,
            ip=event.ip,
            prev_hash=event.prev_hash,
        )
        if digest != event.hash:
            return VerifyResult(checked, event.seq, f"event #{event.seq} ({event.action}) content does not match its hash")
        prev = event.hash
        expected_seq += 1
        checked += 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and head.last_seq != checked:
        return VerifyResult(checked, checked + 1, f"the chain tip says #{head.last_seq} but only {checked} events exist")
    return VerifyResult(checked)
