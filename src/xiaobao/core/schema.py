"""Types shared by the apps' API schemas (django-ninja / pydantic)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from pydantic import AfterValidator

MAX_OFFSET = timedelta(hours=14)  # the widest UTC offset in use (UTC+14, Kiribati)


def _to_utc(value: datetime) -> datetime:
    """An instant with a real time zone, as UTC: PostgreSQL refuses offsets such as -22:23 that pydantic accepts."""
    offset = value.utcoffset()
    if offset is None:
        return value  # naive: read in Beijing time by Django, as before
    if abs(offset) > MAX_OFFSET:
        raise ValueError("time zone offset out of range (at most ±14:00)")
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("date out of range") from exc


Instant = Annotated[datetime, AfterValidator(_to_utc)]
"""Use for every date-time a client sends (bodies and query parameters)."""
