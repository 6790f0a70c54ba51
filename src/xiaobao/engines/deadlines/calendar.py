"""Working-day calendar for mainland China: chinese_calendar data plus an admin-maintained table.

The State Council publishes each year's holiday arrangement (法定节假日 and 调休上班 make-up working
days) in the autumn before; ``chinese_calendar`` ships the years it knew about when it was released.
Administrators fill later years through ``overrides`` (date -> is_working_day) and declare the years
they fully cover through ``extra_years``. A date in a year known to neither source is a gap: callers
get :class:`CalendarGapError` rather than a silent guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import chinese_calendar

__all__ = ["CalendarGapError", "WorkCalendar", "library_years"]


class CalendarGapError(LookupError):
    """No holiday data for a year: neither chinese_calendar nor the admin table covers it."""

    def __init__(self, year: int, message: str | None = None) -> None:
        self.year = year
        super().__init__(
            message
            or (
                f"no holiday calendar for {year}: chinese_calendar does not cover it and the admin "
                f"calendar table does not declare it complete (add {year}'s holidays and make-up "
                "working days, or compute with allow_gap=True to use weekends only)"
            )
        )


def _library_years() -> frozenset[int]:
    """Years chinese_calendar answers for (it raises NotImplementedError outside its range)."""
    known = {d.year for d in chinese_calendar.holidays} | {d.year for d in chinese_calendar.workdays}
    years = set()
    for year in range(min(known), max(known) + 1):
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
        except NotImplementedError:
            continue
        years.add(year)
    return frozenset(years)


_LIBRARY_YEARS = _library_years()


def library_years() -> frozenset[int]:
    """The years the installed chinese_calendar release covers."""
    return _LIBRARY_YEARS


class WorkCalendar:
    """Working days and rest days (weekends, statutory holidays) in mainland China.

    Precedence for a date: an explicit ``overrides`` entry, then chinese_calendar (if it covers the
    year), then the plain weekday rule for years listed in ``extra_years`` (the admin table then holds
    every holiday and make-up day of that year as overrides). Anything else is a gap.
    """

    def __init__(
        self,
        overrides: Mapping[date, bool] | None = None,
        extra_years: Iterable[int] = (),
    ) -> None:
        self._overrides: dict[date, bool] = {}
        for day, working in (overrides or {}).items():
            if not isinstance(day, date):
                raise TypeError(f"calendar override keys must be dates, got {day!r}")
            if not isinstance(working, bool):
                raise TypeError(f"calendar override for {day.isoformat()} must be a bool, got {working!r}")
            self._overrides[day] = working
        self._extra_years = frozenset(int(y) for y in extra_years)
        self._cache: dict[date, bool | None] = {}

    def __repr__(self) -> str:
        return (
            f"WorkCalendar(overrides={len(self._overrides)} dates, "
            f"extra_years={sorted(self._extra_years)})"
        )

    def covered_years(self) -> frozenset[int]:
        """Years for which every date has a known status."""
        return _LIBRARY_YEARS | self._extra_years

    def missing_years(self, start: date, end: date) -> list[int]:
        """Years between ``start`` and ``end`` (inclusive) that no source fully covers."""
        if end < start:
            start, end = end, start
        covered = self.covered_years()
        return [y for y in range(start.year, end.year + 1) if y not in covered]

    def status(self, day: date) -> bool | None:
        """True for a working day, False for a rest day, None when the year is a gap."""
        try:
            return self._cache[day]
        except KeyError:
            pass
        result: bool | None
        if day in self._overrides:
            result = self._overrides[day]
        elif day.year in _LIBRARY_YEARS:
            result = chinese_calendar.is_workday(day)
        elif day.year in self._extra_years:
            result = day.weekday() < 5
        else:
            result = None
        self._cache[day] = result
        return result

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day; raises :class:`CalendarGapError` for an unknown year."""
        result = self.status(day)
        if result is None:
            raise CalendarGapError(day.year)
        return result
