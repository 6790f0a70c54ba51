"""Hashing of audit events: the one definition of what an event's hash covers."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def event_hash(
    *,
    seq: int,
    occurred_at: datetime,
    actor_id: int | None,
    actor_username: str,
    action: str,
    object_type: str,
    object_id: str,
    object_repr: str,
    summary: dict[str, Any],
    ip: str | None,
    prev_hash: str,
) -> str:
    content = [
        seq,
        occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        actor_id,
        actor_username,
        action,
        object_type,
        object_id,
        object_repr,
        summary,
        ip,
        prev_hash,
    ]
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
