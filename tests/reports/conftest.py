"""A constructed quarter (2025 Q3) whose every figure is computed by hand in the tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from xiaobao.complaints.models import Complaint
from xiaobao.reports import rollup

BEIJING = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2025, 10, 20, 12, 0, tzinfo=BEIJING)


def bj(*args: int) -> datetime:
    return datetime(*args, tzinfo=BEIJING)


@dataclass
class Quarter:
    cases: dict[str, Complaint]


@pytest.fixture
def quarter(cast, make_complaint) -> Quarter:
    """2025 Q3 at the branch (see the expected figures in test_quarterly.py)."""

    def make(name: str, received: datetime, *, by=None, institution: str = "650100", channel: str = "hotline",
             cause: str = "claims", category: str = "motor_vehicle", line: str = "motor", **state) -> Complaint:
        extra = {"regulator_reference": "12378-2025-0001"} if channel == "regulator" else {}
        c = make_complaint(by=by, received_at=received, institution=institution, channel=channel, cause=cause,
                           category=category, product_line=line, **extra)
        if state:
            Complaint.objects.filter(pk=c.pk).update(**state)
            c.refresh_from_db()
        return c

    cases = {
        "c1": make("c1", bj(2025, 7, 5, 10, 0), status="closed", decided_at=bj(2025, 7, 15, 9, 0),
                   closed_at=bj(2025, 7, 16, 9, 0), due_at=bj(2025, 7, 21, 23, 59)),
        "c2": make("c2", bj(2025, 8, 10, 11, 0), channel="regulator", cause="sales", category="accident",
                   line="accident", status="in_progress", due_at=bj(2025, 8, 25, 23, 59)),
        # received at 23:30 Beijing time on the last day of the quarter (15:30 UTC): still in Q3
        "c3": make("c3", bj(2025, 9, 30, 23, 30), status="registered", due_at=bj(2025, 10, 31, 23, 59)),
        # 00:30 Beijing time on 1 October is 16:30 UTC on 30 September: Q4, not counted
        "c4": make("c4", bj(2025, 10, 1, 0, 30)),
        "c5": make("c5", bj(2025, 7, 20, 9, 0), status="withdrawn", closed_at=bj(2025, 7, 22, 9, 0)),
        "c6": make("c6", bj(2025, 8, 1, 9, 0), status="declined", closed_at=bj(2025, 8, 2, 9, 0)),
        "c7": make("c7", bj(2025, 8, 15, 9, 0), status="closed", period_days=30, due_at=bj(2025, 9, 22, 23, 59),
                   decided_at=bj(2025, 9, 25, 9, 0), closed_at=bj(2025, 9, 26, 9, 0),
                   reconsideration_of_decision_at=bj(2025, 9, 1, 9, 0)),
        "c8": make("c8", bj(2025, 8, 20, 9, 0), status="merged", closed_at=bj(2025, 8, 20, 10, 0)),
        "c9": make("c9", bj(2025, 9, 1, 9, 0), by=cast.handler_b, institution="653100", channel="regulator",
                   status="closed", decided_at=bj(2025, 9, 10, 9, 0), closed_at=bj(2025, 9, 11, 9, 0),
                   due_at=bj(2025, 9, 16, 23, 59)),
        "c10": make("c10", bj(2025, 7, 10, 9, 0), institution="650102", status="in_progress",
                    due_at=bj(2025, 11, 1, 23, 59)),
        # the previous quarter: two direct complaints; a year before: one regulator transfer
        "p1": make("p1", bj(2025, 4, 3, 9, 0)),
        "p2": make("p2", bj(2025, 6, 30, 23, 0)),
        "y1": make("y1", bj(2024, 9, 3, 9, 0), channel="regulator"),
    }
    rollup.rebuild()  # the states above were written by QuerySet.update (history, not workflow): recounted
    return Quarter(cases)
