"""Read a year's holiday arrangement (节假日安排) as the State Council's notice words it, or as a list of dates.

The General Office of the State Council publishes each autumn the next year's arrangement, one line per holiday::

    一、元旦：1月1日（周五）至3日（周日）放假，共3天。
    二、春节：2月6日（农历腊月十九、周六）至14日（农历腊月二十七、周日）放假调休，共9天。2月3日（周三）、2月20日（周六）上班。

Every date before "放假" in a sentence is a holiday (a "至" between two dates is a range; a day without a month
takes the month before it); the dates of a sentence ending in "上班" are make-up working days. A plain list works
too, one date per line: ``2027-01-01 放假`` / ``2027-02-20 上班``. Notes in brackets are ignored.

Pure Python: :func:`parse_arrangement` returns the dates or raises :class:`NoticeError` with a ``code`` and the
offending ``day`` (the interface words the message).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["Arrangement", "NoticeError", "parse_arrangement"]

_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_CLAUSES = re.compile(r"[。；;\n]+")
_DATE = re.compile(
    r"(?P<iso>(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2}))"
    r"|(?:(?P<y>\d{4})\s*年)?\s*(?:(?P<m>\d{1,2})\s*月)?\s*(?P<d>\d{1,2})\s*日"
)
_RANGE = re.compile(r"^\s*(?:至|到|—|–|-|~|～)\s*$")
_NAME = re.compile(r"^\s*(?:[一二三四五六七八九十]+、)?\s*(?P<name>[^：:，,\d]{1,8})[：:]")
_MAX_RUN = 31  # a holiday stretch longer than a month is a typing error, not a holiday


class NoticeError(ValueError):
    """The text is no valid arrangement for the year. Codes: ``empty``, ``bad_date``, ``outside_year``,
    ``twice`` (a date listed twice, or both as holiday and as working day), ``range`` (a range that runs
    backwards or longer than a month)."""

    def __init__(self, code: str, *, day: date | None = None, text: str = "") -> None:
        self.code, self.day, self.text = code, day, text
        super().__init__(f"{code}: {day or text}")


@dataclass
class Arrangement:
    """The holidays (放假) and make-up working days (调休上班) of one year, each with the holiday's name."""

    year: int
    holidays: dict[date, str] = field(default_factory=dict)
    workdays: dict[date, str] = field(default_factory=dict)


def _dates(text: str, year: int, month: int | None) -> tuple[list[date], int | None]:
    """Dates in `text` (ranges expanded), and the month the last one named."""
    out: list[date] = []
    previous: date | None = None
    last_end = 0
    for match in _DATE.finditer(text):
        try:
            if match["iso"]:
                day = date(int(match["iy"]), int(match["im"]), int(match["id"]))
            else:
                month = int(match["m"]) if match["m"] else month
                if month is None:
                    raise NoticeError("bad_date", text=match.group(0).strip())
                day = date(int(match["y"]) if match["y"] else year, month, int(match["d"]))
        except ValueError as exc:
            if isinstance(exc, NoticeError):
                raise
            raise NoticeError("bad_date", text=match.group(0).strip()) from exc
        month = day.month
        if previous is not None and _RANGE.match(text[last_end:match.start()]):
            if day <= previous or (day - previous).days > _MAX_RUN:
                raise NoticeError("range", day=day)
            out.extend(previous + timedelta(days=n) for n in range(1, (day - previous).days + 1))
        else:
            out.append(day)
        previous, last_end = day, match.end()
    return out, month


def _add(target: dict[date, str], other: dict[date, str], days: list[date], name: str, year: int) -> None:
    for day in days:
        if day.year != year:
            raise NoticeError("outside_year", day=day)
        if day in target or day in other:
            raise NoticeError("twice", day=day)
        target[day] = name


def parse_arrangement(text: str, year: int) -> Arrangement:
    """The arrangement of `year` from a notice or a date list; NoticeError when a date is wrong or repeated."""
    arrangement = Arrangement(year)
    name = ""
    for line in text.splitlines():
        named = _NAME.match(_BRACKETS.sub("", line))
        if named:
            name = named["name"].strip()
        month: int | None = None
        for clause in _CLAUSES.split(_BRACKETS.sub("", line)):
            if "放假" in clause or ("休" in clause and "上班" not in clause and "班" not in clause):
                cut = clause.index("放假") if "放假" in clause else clause.index("休")
                days, month = _dates(clause[:cut], year, month)
                _add(arrangement.holidays, arrangement.workdays, days, name, year)
                clause = clause[cut:]
            if "上班" in clause or "班" in clause:
                days, month = _dates(clause, year, month)
                _add(arrangement.workdays, arrangement.holidays, days, name, year)
    if not arrangement.holidays and not arrangement.workdays:
        raise NoticeError("empty")
    return arrangement
