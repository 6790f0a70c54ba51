"""The pre-aggregated counts (reports.rollup): equal to a count of the cases after every kind of write."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from tests.complaints.conftest import BEIJING, intake
from xiaobao.complaints import services, statistics
from xiaobao.complaints.codes import sub_causes_of
from xiaobao.complaints.models import Complaint
from xiaobao.reports import figures, rollup
from xiaobao.reports.models import MonthCount, WeekCount

START, END = date(2025, 7, 1), date(2025, 9, 30)
QUARTER = [statistics.Slice(START, END, "650000")]


def agree() -> None:
    """The tables equal a recount of the cases, and the report's groupings read from them equal the same
    groupings counted from the cases (every figure but overdue, which is counted live)."""
    assert rollup.differences(start=START, end=END) == []
    figures_ = list(rollup.MONTH.figures)
    from_table = rollup.grouped(user=None, slices=QUARTER, sets=figures.GROUPS, figures=figures_)
    from_cases = statistics.grouped(user=None, slices=QUARTER, sets=figures.GROUPS, figures=figures_)
    assert from_table is not None
    for table_rows, case_rows in zip(from_table, from_cases, strict=True):
        assert sorted(map(_sorted, table_rows)) == sorted(map(_sorted, case_rows))


def _sorted(row: dict) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in row.items() if k != "period"))


def test_the_counts_follow_every_transition(cast, make_complaint):
    officer = cast.officer
    a = make_complaint(received_at=datetime(2025, 9, 30, 23, 30, tzinfo=BEIJING))  # the quarter's last half hour
    b = make_complaint(channel="regulator", regulator_reference="12378-2025-0001", cause="sales",
                       category="accident", product_line="accident")
    c = make_complaint(received_at=datetime(2025, 8, 2, 9, 0, tzinfo=BEIJING))
    d = make_complaint(received_at=datetime(2025, 7, 1, 0, 10, tzinfo=BEIJING))
    assert MonthCount.objects.filter(received__gt=0).exists() and WeekCount.objects.exists()
    agree()

    a = services.accept(complaint_id=a.pk, version=a.version, by=cast.handler_a)
    a = services.extend(complaint_id=a.pk, version=a.version, by=officer, reason="案情复杂", days=15)
    agree()
    assert sum(MonthCount.objects.values_list("extended", flat=True)) == 1

    b = services.withdraw(complaint_id=b.pk, version=b.version, by=officer, reason="投诉人撤回")
    agree()
    b = services.reopen(complaint_id=b.pk, version=b.version, by=officer, reason="投诉人再次来电")
    agree()
    assert sum(MonthCount.objects.values_list("withdrawn", flat=True)) == 0

    c = services.transfer(complaint_id=c.pk, version=c.version, by=officer, to_institution="653100",
                          reason="属地处理")
    agree()
    assert MonthCount.objects.filter(institution=cast.sub_b, received=1).exists()

    a = services.submit(complaint_id=a.pk, version=a.version, by=cast.handler_a, decision="按条款赔付",
                        result="partial", compensation=Decimal("100.00"))
    a = services.approve(complaint_id=a.pk, version=a.version, by=cast.reviewer_a)
    agree()
    a = services.close(complaint_id=a.pk, version=a.version, by=cast.handler_a, satisfaction="basic")
    a = services.reconsider(complaint_id=a.pk, version=a.version, by=officer, reason="不服处理结果")
    agree()  # moved up to the branch, no longer decided, reconsidered

    sub = sub_causes_of("claims")[0][0]
    d = services.perform("classify", complaint_id=d.pk, version=d.version, by=officer, cause="claims",
                         sub_cause=sub)
    agree()
    d = services.decline(complaint_id=d.pk, version=d.version, by=officer, reason="非消费投诉")
    agree()

    e = make_complaint(received_at=datetime(2025, 8, 3, 9, 0, tzinfo=BEIJING))
    e = services.merge(complaint_id=e.pk, version=e.version, by=officer, into=b.number)
    agree()  # a merged duplicate is not counted again

    Complaint.objects.get(pk=d.pk).delete()
    agree()


def test_a_bulk_intake_is_counted(cast):
    services.register_batch([services.BatchItem(intake(summary=f"第{i}件")) for i in range(4)], by=cast.handler_a)
    assert sum(MonthCount.objects.values_list("received", flat=True)) == 4
    assert sum(WeekCount.objects.values_list("received", flat=True)) == 4
    agree()


def test_a_rolled_back_write_leaves_the_counts_alone(cast, make_complaint):
    c = make_complaint()
    with pytest.raises(RuntimeError), __import__("django").db.transaction.atomic():
        services.withdraw(complaint_id=c.pk, version=c.version, by=cast.officer, reason="撤回")
        raise RuntimeError
    assert sum(MonthCount.objects.values_list("withdrawn", flat=True)) == 0
    agree()


def test_a_write_that_bypassed_the_models_is_repaired_by_the_rebuild(cast, make_complaint):
    c = make_complaint()
    Complaint.objects.filter(pk=c.pk).update(status="withdrawn")  # a bulk load's kind of write: no signal
    found = rollup.differences(start=START, end=END)
    assert found and found[0][0] == MonthCount._meta.db_table
    assert rollup.rebuild() > 0
    agree()
    assert sum(MonthCount.objects.values_list("withdrawn", flat=True)) == 1
    Complaint.objects.all().delete()
    rollup.rebuild()  # no case left: no row left
    assert not MonthCount.objects.exists() and not WeekCount.objects.exists()


def test_the_table_does_not_answer_what_it_cannot_count(cast):
    assert rollup.grouped(user=None, slices=[statistics.Slice(date(2025, 7, 2), END)], sets=[()],
                          figures=["received"]) is None  # not whole months
    assert rollup.grouped(user=None, slices=QUARTER, sets=[()], figures=["overdue"]) is None
    assert rollup.grouped(user=None, slices=[statistics.Slice(START, END, product_line="motor")], sets=[()],
                          figures=["received"]) is None
