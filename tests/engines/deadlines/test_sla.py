from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from xiaobao.engines.deadlines import SlaState, WorkCalendar, decision_deadline, sla_state

SH = ZoneInfo("Asia/Shanghai")
DEADLINE = decision_deadline(datetime(2025, 9, 26, 10, tzinfo=SH), calendar=WorkCalendar())
DUE = DEADLINE.due_at  # 2025-10-12 00:00 Beijing


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2025, 9, 27, 9, tzinfo=SH), SlaState.ON_TIME),
        (datetime(2025, 10, 8, 23, 59, tzinfo=SH), SlaState.ON_TIME),
        (datetime(2025, 10, 9, 0, 0, tzinfo=SH), SlaState.DUE_SOON),  # exactly 3 days left
        (datetime(2025, 10, 11, 23, 59, 59, tzinfo=SH), SlaState.DUE_SOON),
        (datetime(2025, 10, 12, 0, 0, tzinfo=SH), SlaState.OVERDUE),  # 24:00 of the last day passed
        (datetime(2025, 11, 1, tzinfo=SH), SlaState.OVERDUE),
    ],
)
def test_open_states(now, expected):
    assert sla_state(DUE, now=now) is expected
    assert sla_state(DEADLINE, now=now) is expected


def test_closed_states():
    now = datetime(2025, 12, 1, tzinfo=SH)
    before, at_due = datetime(2025, 10, 11, 23, 0, tzinfo=SH), datetime(2025, 10, 12, 0, 0, tzinfo=SH)
    assert sla_state(DUE, now=now, closed_at=before) is SlaState.CLOSED_ON_TIME
    assert sla_state(DUE, now=now, closed_at=at_due) is SlaState.CLOSED_LATE


def test_utc_inputs_compare_correctly():
    utc = ZoneInfo("UTC")
    assert sla_state(DUE, now=datetime(2025, 10, 11, 15, 59, tzinfo=utc)) is SlaState.DUE_SOON
    assert sla_state(DUE, now=datetime(2025, 10, 11, 16, 0, tzinfo=utc)) is SlaState.OVERDUE


def test_custom_due_soon_window_and_values():
    now = DUE - timedelta(days=5)
    assert sla_state(DUE, now=now) is SlaState.ON_TIME
    assert sla_state(DUE, now=now, due_soon_days=5) is SlaState.DUE_SOON
    assert SlaState.DUE_SOON == "due_soon"
    assert [s.value for s in SlaState] == ["on_time", "due_soon", "overdue", "closed_on_time", "closed_late"]


def test_naive_now_is_rejected():
    with pytest.raises(ValueError, match="naive"):
        sla_state(DUE, now=datetime(2025, 10, 1))  # noqa: DTZ001
