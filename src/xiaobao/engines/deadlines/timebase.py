"""Beijing time: statutory dates are computed on the Asia/Shanghai calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo

__all__ = ["BEIJING", "beijing_date", "end_of_day", "require_aware"]


def _beijing() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except Exception:  # no tz database on this host: China has had no DST since 1991
        return timezone(timedelta(hours=8), "Asia/Shanghai")


BEIJING: tzinfo = _beijing()


def require_aware(value: datetime, name: str) -> datetime:
    """Reject naive datetimes: a time without a zone cannot be placed on Beijing's calendar."""
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{name} is a naive datetime ({value.isoformat()}); pass an aware datetime "
            "(e.g. tzinfo=ZoneInfo('Asia/Shanghai') or UTC)"
        )
    return value


def beijing_date(value: datetime | date, name: str = "trigger") -> date:
    """The Beijing calendar date of an aware datetime; a plain date is taken as a Beijing date."""
    if isinstance(value, datetime):
        return require_aware(value, name).astimezone(BEIJING).date()
    if isinstance(value, date):
        return value
    raise TypeError(f"{name} must be a datetime or a date, got {type(value).__name__}")


def end_of_day(day: date) -> datetime:
    """24:00 Beijing time on ``day``, i.e. 00:00 of the next day in Asia/Shanghai (aware)."""
    return datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=BEIJING)
