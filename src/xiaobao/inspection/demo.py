"""Demo inspections in every state (`xiaobao demo`), made through the services from traceability's demo
transcripts with the real engines."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def seed() -> None:
    """Idempotent: does nothing once an inspection exists."""
    logger.info("inspection demo: not yet")
