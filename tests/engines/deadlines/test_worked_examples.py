"""Worked examples, each checked against chinese_calendar directly as well as through the engine."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar
import pytest

from xiaobao.engines.deadlines import WorkCalendar, decision_deadline, period_end

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


def at(y, m, d, hh=10, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=SH)


# (received, days, nominal last day, due date, why)
EXAMPLES = [
    # domain.md: day 15 is Sat 2025-10-11, a make-up working day after the National Day holiday
    (date(2025, 9, 26), 15, date(2025, 10, 11), date(2025, 10, 11), "make-up working day (调休上班)"),
    # day 15 is 2025-10-01 inside the National Day holiday 10-01..10-08 -> first working day 10-09
    (date(2025, 9, 16), 15, date(2025, 10, 1), date(2025, 10, 9), "ends inside National Day"),
    # day 15 is 2025-01-29, Spring Festival 01-28..02-04 -> 02-05
    (date(2025, 1, 14), 15, date(2025, 1, 29), date(2025, 2, 5), "ends inside Spring Festival 2025"),
    # day 15 is Sun 2026-02-15, Spring Festival 2026 02-15..02-23 -> Tue 02-24
    (date(2026, 1, 31), 15, date(2026, 2, 15), date(2026, 2, 24), "ends inside Spring Festival 2026"),
    # crossing a year: day 15 is Sun 2026-01-04, a make-up working day after New Year 2026
    (date(2025, 12, 20), 15, date(2026, 1, 4), date(2026, 1, 4), "year boundary, make-up Sunday"),
    # crossing a year: day 15 is Sat 2025-01-04, an ordinary weekend -> Mon 01-06
    (date(2024, 12, 20), 15, date(2025, 1, 4), date(2025, 1, 6), "year boundary, plain weekend"),
    # extended to 30: day 30 is Sun 2025-10-26 -> Mon 10-27
    (date(2025, 9, 26), 30, date(2025, 10, 26), date(2025, 10, 27), "30 days, ends on a Sunday"),
    # extended to 60: day 60 is Tue 2025-11-25, a working day
    (date(2025, 9, 26), 60, date(2025, 11, 25), date(2025, 11, 25), "60 days, working day"),
    # day 15 is Mon 2026-10-05 inside National Day 2026 -> 10-08
    (date(2026, 9, 20), 15, date(2026, 10, 5), date(2026, 10, 8), "ends inside National Day 2026"),
]


@pytest.mark.parametrize(
    ("received", "days", "nominal", "due", "why"), EXAMPLES, ids=[e[4] for e in EXAMPLES]
)
def test_worked_example(received, days, nominal, due, why):
    # independent check with chinese_calendar itself
    assert received + timedelta(days=days) == nominal
    day = nominal
    while not chinese_calendar.is_workday(day):
        day += timedelta(days=1)
    assert day == due, why
    # the engine
    result = period_end(at(received.year, received.month, received.day), days, CAL)
    assert result.due_date == due
    assert result.nominal_date == nominal
    assert result.start_date == received + timedelta(days=1)
    assert result.due_at == datetime(due.year, due.month, due.day, tzinfo=SH) + timedelta(days=1)
    assert result.warnings == ()


def test_domain_md_example_decision_deadline():
    d = decision_deadline(at(2025, 9, 26), calendar=CAL)
    assert d.due_date == date(2025, 10, 11)
    assert d.due_at == datetime(2025, 10, 12, 0, 0, tzinfo=SH)
    assert d.days == 15
    assert d.rule_version == "CBIRC-2020-3"
    assert chinese_calendar.is_workday(date(2025, 10, 11))
    assert date(2025, 10, 11).weekday() == 5


def test_receipt_time_of_day_does_not_matter():
    early = decision_deadline(at(2025, 9, 26, 0, 1), calendar=CAL)
    late = decision_deadline(at(2025, 9, 26, 23, 59), calendar=CAL)
    assert early == late


def test_utc_time_is_placed_on_the_beijing_calendar():
    # 2025-09-26 17:30 UTC is 2025-09-27 01:30 in Beijing: the trigger day is the 27th
    received = datetime(2025, 9, 26, 17, 30, tzinfo=ZoneInfo("UTC"))
    d = decision_deadline(received, calendar=CAL)
    assert d.start_date == date(2025, 9, 28)
    assert d.nominal_date == date(2025, 10, 12)  # Sunday
    assert d.due_date == date(2025, 10, 13)


def test_a_plain_date_is_a_beijing_date():
    assert period_end(date(2025, 9, 26), 15, CAL).due_date == date(2025, 10, 11)
