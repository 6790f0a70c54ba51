from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from xiaobao.engines.deadlines import (
    CalendarGapError,
    RuleSet,
    WorkCalendar,
    acceptance_due,
    decision_deadline,
    period_end,
    reconsideration_decision_deadline,
    reconsideration_request_deadline,
    regulator_deadline,
    working_days_end,
)

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()
RECEIVED = datetime(2025, 9, 26, 10, 0, tzinfo=SH)


def test_naive_datetimes_are_rejected():
    with pytest.raises(ValueError, match="naive"):
        decision_deadline(datetime(2025, 9, 26, 10, 0), calendar=CAL)  # noqa: DTZ001
    with pytest.raises(ValueError, match="naive"):
        acceptance_due(datetime(2025, 9, 26, 10, 0))  # noqa: DTZ001


def test_wrong_types_are_rejected():
    with pytest.raises(TypeError):
        period_end("2025-09-26", 15, CAL)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        period_end(RECEIVED, 1.5, CAL)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        period_end(RECEIVED, 0, CAL)
    with pytest.raises(ValueError):
        period_end(RECEIVED, 15, CAL, excluded_days=-1)


def test_extensions_up_to_the_caps():
    assert decision_deadline(RECEIVED, calendar=CAL, extended_to_days=30).due_date == date(2025, 10, 27)
    assert decision_deadline(RECEIVED, calendar=CAL, extended_to_days=60).due_date == date(2025, 11, 25)
    assert decision_deadline(RECEIVED, calendar=CAL, extended_to_days=20).days == 20


def test_extension_beyond_the_cap_is_a_clear_error():
    with pytest.raises(ValueError, match="exceeds the maximum of 60 days"):
        decision_deadline(RECEIVED, calendar=CAL, extended_to_days=61)
    with pytest.raises(ValueError, match="cannot shorten"):
        decision_deadline(RECEIVED, calendar=CAL, extended_to_days=10)


def test_excluded_days_lengthen_the_period():
    # 15 + 5 = day 20 is Thu 2025-10-16, a working day
    d = decision_deadline(RECEIVED, calendar=CAL, excluded_days=5)
    assert d.nominal_date == date(2025, 10, 16)
    assert d.due_date == date(2025, 10, 16)
    assert d.excluded_days == 5
    assert d.days == 15


def test_acceptance_is_an_internal_service_level_in_hours():
    due = acceptance_due(RECEIVED)
    assert due == RECEIVED + timedelta(hours=24)
    assert due.utcoffset() == timedelta(hours=8)
    custom = RuleSet(version="x", effective_from=date(2020, 1, 1), acceptance_hours=48)
    assert acceptance_due(RECEIVED, rules=custom) == RECEIVED + timedelta(hours=48)


def test_reconsideration_deadlines():
    notified = datetime(2025, 10, 10, 9, 0, tzinfo=SH)
    # day 30 is Sun 2025-11-09 -> Mon 11-10
    req = reconsideration_request_deadline(notified, calendar=CAL)
    assert req.due_date == date(2025, 11, 10)
    assert req.days == 30
    requested = datetime(2025, 12, 15, 16, 0, tzinfo=SH)
    # day 30 is Wed 2026-01-14
    dec = reconsideration_decision_deadline(requested, calendar=CAL)
    assert dec.due_date == date(2026, 1, 14)
    assert dec.rule_version == "CBIRC-2020-3"


def test_calendar_gap_raises_with_the_year():
    received = datetime(2026, 12, 26, 10, 0, tzinfo=SH)
    with pytest.raises(CalendarGapError) as err:
        decision_deadline(received, calendar=CAL)
    assert err.value.year == 2027
    assert "2027" in str(err.value)


def test_calendar_gap_allowed_uses_weekends_and_warns():
    received = datetime(2026, 12, 26, 10, 0, tzinfo=SH)
    d = period_end(received, 15, CAL, allow_gap=True)
    # day 15 is Sun 2027-01-10 -> Mon 2027-01-11 by weekends alone
    assert d.due_date == date(2027, 1, 11)
    assert len(d.warnings) == 1
    assert "2027" in d.warnings[0]


def test_no_gap_when_the_period_ends_inside_a_covered_year():
    d = period_end(date(2026, 12, 10), 15, CAL)
    assert d.due_date == date(2026, 12, 25)
    assert d.warnings == ()


def test_admin_table_fills_a_missing_year():
    # a hypothetical 2027 arrangement: New Year 01-01..01-03 off, Sun 01-10 a make-up working day
    overrides = {date(2027, 1, 1): False, date(2027, 1, 10): True}
    cal = WorkCalendar(overrides, extra_years=[2027])
    d = period_end(date(2026, 12, 26), 15, cal)
    assert d.due_date == date(2027, 1, 10)
    assert d.warnings == ()


def test_single_override_in_an_undeclared_year_answers_only_that_day():
    cal = WorkCalendar({date(2027, 1, 10): True})
    assert period_end(date(2026, 12, 26), 15, cal).due_date == date(2027, 1, 10)
    with pytest.raises(CalendarGapError):
        period_end(date(2026, 12, 27), 15, cal)


def test_override_wins_over_chinese_calendar():
    # make 2025-10-11 (a make-up working day) a rest day: the period moves to Mon 10-13
    cal = WorkCalendar({date(2025, 10, 11): False, date(2025, 10, 12): False})
    assert decision_deadline(RECEIVED, calendar=cal).due_date == date(2025, 10, 13)


def test_due_at_is_24_00_beijing():
    d = decision_deadline(RECEIVED, calendar=CAL)
    assert d.due_at.astimezone(UTC) == datetime(2025, 10, 11, 16, 0, tzinfo=UTC)


def test_rules_as_a_list_pick_the_version_in_force():
    old = RuleSet(version="old", effective_from=date(2020, 3, 1))
    new = RuleSet(version="new", effective_from=date(2025, 10, 1), decision_days=10,
                  extension_max_total_days=20, further_extension_max_total_days=40)
    before = decision_deadline(datetime(2025, 9, 30, 23, 0, tzinfo=SH), calendar=CAL, rules=[old, new])
    after = decision_deadline(datetime(2025, 10, 1, 0, 30, tzinfo=SH), calendar=CAL, rules=[old, new])
    assert (before.rule_version, before.days) == ("old", 15)
    assert (after.rule_version, after.days) == ("new", 10)
    with pytest.raises(ValueError, match="maximum of 40"):
        decision_deadline(
            datetime(2025, 10, 2, tzinfo=SH), calendar=CAL, rules=[old, new], extended_to_days=41
        )


def test_working_days_and_regulator_deadlines():
    # 3 working days after Tue 2025-09-30: 10-09, 10-10, 10-11 (make-up Saturday)
    assert working_days_end(date(2025, 9, 30), 3, CAL).due_date == date(2025, 10, 11)
    transferred = datetime(2025, 9, 30, 15, 0, tzinfo=SH)
    assert regulator_deadline(transferred, calendar=CAL, working_days=3).rule_version == "regulator"
    assert regulator_deadline(transferred, calendar=CAL, days=10).due_date == date(2025, 10, 10)
    named = regulator_deadline(transferred, calendar=CAL, due_date=date(2025, 10, 20))
    assert named.due_date == date(2025, 10, 20)
    assert named.days == 20
    with pytest.raises(ValueError, match="exactly one"):
        regulator_deadline(transferred, calendar=CAL, days=3, working_days=3)
    with pytest.raises(ValueError, match="before the transfer"):
        regulator_deadline(transferred, calendar=CAL, due_date=date(2025, 9, 1))
