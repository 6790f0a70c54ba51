"""A transcript arriving in the traceability registry is queued for its automatic check (a decoupled extra: the
traceability app does not know this app; bulk intake that bypasses save() is caught by the periodic sweep)."""

from __future__ import annotations

from typing import Any


def transcript_arrived(sender: Any, instance: Any, created: bool = False, raw: bool = False, **kwargs: Any) -> None:
    if not created or raw or getattr(instance, "kind", None) != "transcript":
        return
    from xiaobao.core.queue import enqueue
    from xiaobao.inspection.tasks import check_transcript

    enqueue(check_transcript, instance.pk)
