"""节假日调休 — maintain one year of the holiday table from the State Council's notice (or a list of dates).

The year is replaced whole: its previous rows go, the parsed holidays and make-up working days are written and
the year is declared complete (no more "calendar missing" warning for deadlines reaching into it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints import deadlines
from xiaobao.complaints.models import CalendarDay, CalendarYear
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.engines.deadlines.notice import NoticeError, parse_arrangement
from xiaobao.org.models import User
from xiaobao.org.roles import Role

FIRST_YEAR, LAST_YEAR = 2000, 2100


def may_maintain(user: User) -> bool:
    """Who keeps the holiday table: the administrator role, or a superuser."""
    return bool(user.is_authenticated and user.is_active and (user.is_superuser or user.has_role(Role.ADMIN)))


@dataclass(frozen=True)
class YearSummary:
    year: int
    holidays: int
    workdays: int


def _message(error: NoticeError) -> str:
    day = error.day.isoformat() if error.day else ""
    return {
        "empty": _("No holiday or make-up working day found: paste the notice's lines, or one date per line "
                   "followed by 放假 or 上班."),
        "bad_date": _("“%(text)s” is not a date.") % {"text": error.text},
        "outside_year": _("%(day)s is not in the year being maintained.") % {"day": day},
        "twice": _("%(day)s is listed twice (or both as a holiday and as a working day).") % {"day": day},
        "range": _("The range ending on %(day)s runs backwards or is longer than a month.") % {"day": day},
    }[error.code]


@transaction.atomic
def year_replace(*, year: int, text: str, by: User) -> YearSummary:
    """Replace `year`'s holidays and make-up working days with those of `text` (notice or date list)."""
    if not may_maintain(by):
        raise PermissionDenied(_("Only an administrator may maintain the holiday calendar."))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(_("Enter a year between %(first)s and %(last)s.") % {"first": FIRST_YEAR,
                                                                                  "last": LAST_YEAR}, field="year")
    try:
        arrangement = parse_arrangement(text, year)
    except NoticeError as exc:
        raise InvalidInput(_message(exc), field="text") from exc
    existing = CalendarDay.objects.filter(day__gte=date(year, 1, 1), day__lte=date(year, 12, 31))
    before = {"holidays": existing.filter(is_working_day=False).count(),
              "workdays": existing.filter(is_working_day=True).count()}
    existing.delete()
    CalendarDay.objects.bulk_create(
        [CalendarDay(day=day, is_working_day=False, note=name) for day, name in sorted(arrangement.holidays.items())]
        + [CalendarDay(day=day, is_working_day=True, note=name) for day, name in sorted(arrangement.workdays.items())])
    record, _created = CalendarYear.objects.get_or_create(year=year)
    summary = YearSummary(year, len(arrangement.holidays), len(arrangement.workdays))
    audit.record(action="complaints.calendar_year_replaced", obj=record, actor=by, before=before,
                 after={"holidays": sorted(d.isoformat() for d in arrangement.holidays),
                        "workdays": sorted(d.isoformat() for d in arrangement.workdays)})
    deadlines.forget_calendar()  # now (this thread reads its own writes) and after commit (every other reader)
    transaction.on_commit(deadlines.forget_calendar)
    return summary

