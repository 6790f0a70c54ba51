"""How deadlines read: a statutory period ends at 24:00 of its last day, so users see that day, inclusive.

A deadline is stored as an instant (the engine's `due_at`: 00:00 Beijing time of the day after the last day).
Read naively it looks one day late ("2026-12-22 00:00"). Users, lists, exports and the API show the last day
instead ("2026-12-21（含）"); a clock counted in hours (e.g. a 2-hour report of a major complaint) ends at a time
of day, which is shown as such.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _


def _is_end_of_day(local: datetime) -> bool:
    return local.time() == time(0, 0)


def due_date(due_at: datetime | None) -> date | None:
    """The last day (Beijing calendar) on which something due at `due_at` is still on time."""
    if due_at is None:
        return None
    local = timezone.localtime(due_at)
    return local.date() - timedelta(days=1) if _is_end_of_day(local) else local.date()


def due_label(due_at: datetime | None) -> str:
    """"2026-12-21（含）" for a period in days; "2026-12-21 14:30" for a clock in hours; "" for none."""
    if due_at is None:
        return ""
    local = timezone.localtime(due_at)
    if _is_end_of_day(local):
        return _("%(date)s (inclusive)") % {"date": (local.date() - timedelta(days=1)).isoformat()}
    return local.strftime("%Y-%m-%d %H:%M")
