from datetime import date

import pytest

from xiaobao.engines.deadlines import CalendarGapError, WorkCalendar


def test_library_years_and_make_up_days():
    cal = WorkCalendar()
    assert {2020, 2025, 2026} <= cal.covered_years()
    assert cal.is_working_day(date(2025, 10, 11))  # Saturday, 调休上班
    assert not cal.is_working_day(date(2025, 10, 8))  # National Day holiday, a Wednesday
    assert not cal.is_working_day(date(2025, 10, 12))  # ordinary Sunday


def test_missing_years():
    cal = WorkCalendar(extra_years=[2028])
    assert cal.missing_years(date(2026, 6, 1), date(2029, 1, 1)) == [2027, 2029]
    assert cal.missing_years(date(2029, 1, 1), date(2026, 6, 1)) == [2027, 2029]
    assert 2028 in cal.covered_years()


def test_gap_raises():
    with pytest.raises(CalendarGapError) as err:
        WorkCalendar().is_working_day(date(2030, 5, 1))
    assert err.value.year == 2030
    assert WorkCalendar().status(date(2030, 5, 1)) is None


def test_extra_year_uses_weekday_rule_plus_overrides():
    cal = WorkCalendar({date(2030, 5, 1): False, date(2030, 5, 4): True}, extra_years=[2030])
    assert not cal.is_working_day(date(2030, 5, 1))  # Wednesday, declared holiday
    assert cal.is_working_day(date(2030, 5, 4))  # Saturday, declared make-up day
    assert cal.is_working_day(date(2030, 5, 6))  # ordinary Monday
    assert not cal.is_working_day(date(2030, 5, 5))  # ordinary Sunday


def test_bad_override_types():
    with pytest.raises(TypeError):
        WorkCalendar({"2030-05-01": False})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        WorkCalendar({date(2030, 5, 1): "no"})  # type: ignore[dict-item]
