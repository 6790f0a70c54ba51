"""Types shared by the apps' API schemas (django-ninja / pydantic)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

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


_NUMBER = re.compile(r"\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*")


def _not_a_number(value: Any) -> Any:
    """pydantic reads a number as seconds since 1970 (`?until=0.5` was 1970-01-01): the document says a date is
    written as one, so a number is refused."""
    if (isinstance(value, (int, float)) and not isinstance(value, bool)) or (
            isinstance(value, str) and _NUMBER.fullmatch(value)):
        raise ValueError("write a date as YYYY-MM-DD and a date-time as ISO 8601, not as a number")
    return value


Instant = Annotated[datetime, BeforeValidator(_not_a_number), AfterValidator(_to_utc)]
"""Use for every date-time a client sends (bodies and query parameters)."""

Day = Annotated[date, BeforeValidator(_not_a_number)]
"""Use for every date a client sends (bodies and query parameters)."""
