"""The major module's indicator measures, read the way the assessment and the reports read them: by code through
`xiaobao.core.registry`, for an institution's subtree over a period."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

from tests.batches import batch_equals_one_by_one, module_codes
from tests.major.conftest import group_complaint
from xiaobao.core import registry
from xiaobao.core.registry import Period
from xiaobao.major import rectification
from xiaobao.major import services as major_services


def test_counts_rates_and_evidence_links(cast, heads, make_complaint, clock):
    c = group_complaint(make_complaint)
    major_services.grading.confirm(complaint_id=c.pk, by=cast.officer)  # 重大 under the shipped rules
    q4, q3 = Period.quarter(2025, 4), Period.quarter(2025, 3)
    assert registry.compute_measure("major.count", cast.sub_a, q4).value == 1
    assert registry.compute_measure("major.count", cast.sub_a, q3).value == 0
    assert registry.compute_measure("major.count", cast.sub_b, q4).value == 0  # another subtree
    opened = registry.compute_measure("major.open_count", cast.branch, q4)
    assert opened.value == 1 and opened.evidence_url == "/major/"

    on_time = rectification.open_task(subject=c, institution=cast.sub_a, title="增配查勘人员", owner=cast.handler_a,
                                      due_on=date(2025, 10, 20), by=cast.officer, source="major")
    rectification.open_task(subject=c, institution=cast.sub_a, title="建立应急机制", owner=cast.reviewer_a,
                            due_on=date(2025, 10, 14), by=cast.officer, source="major")  # never done
    rectification.submit_evidence(task_id=on_time.pk, by=cast.handler_a, note="已新增2名查勘员",
                                  upload=("排班表.txt", io.BytesIO("排班表\n".encode()), None))
    rectification.verify(task_id=on_time.pk, by=cast.officer, accepted=True)
    rate = registry.compute_measure("major.rectification_on_time_rate", cast.sub_a, q4)
    assert (rate.numerator, rate.denominator, str(rate.value)) == (1, 2, "50.00")
    assert registry.compute_measure("major.rectification_on_time_rate", cast.sub_b, q4).value is None  # none due

    record = major_services.accountability.propose(complaint_id=c.pk, by=cast.officer, finding="首次响应超时",
                                                   measure="education", responsible_user="handler_a")
    assert registry.compute_measure("major.accountability_count", cast.sub_a, q4).value == 0  # not approved yet
    clock.shift(timedelta(hours=1))
    major_services.accountability.decide(record_id=record.pk, by=heads["sub_a"], approve=True)
    assert registry.compute_measure("major.accountability_count", cast.sub_a, q4).value == 1
    assert registry.compute_measure("major.accountability_count", cast.sub_b, q4).value == 0
    codes = {"major.count", "major.open_count", "major.rectification_on_time_rate", "major.accountability_count"}
    assert set(module_codes("major")) == codes

    # each measure read for many institutions at once (one grouped query) equals it read one by one
    seen = batch_equals_one_by_one(codes, [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b],
                                   [q4, q3, Period.year(2025), Period.month(2025, 10)])
    assert seen[("major.count", "650000", q4.label)] == 1 and seen[("major.open_count", "653100", q4.label)] == 0
    assert seen[("major.rectification_on_time_rate", "650000", q4.label)] == Decimal("50.00")
    assert seen[("major.accountability_count", "650000", q4.label)] == 1
