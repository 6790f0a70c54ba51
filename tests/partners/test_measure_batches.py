"""The partners measures on constructed 2025 data, by hand, and each read for many institutions at once equal to
the same measure read one institution at a time (the registry's batch contract)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.batches import batch_equals_one_by_one, module_codes
from xiaobao.core.registry import Period
from xiaobao.partners import services

pytestmark = pytest.mark.django_db

CODES = {"partners.admitted_count", "partners.blacklisted_count", "partners.complaint_count",
         "partners.violation_count", "partners.marketing_violations"}


def admit(partner, by, head):
    partner = services.step(partner_id=partner.pk, version=partner.version, action="request_admission", by=by,
                            note="资质齐全")
    return services.step(partner_id=partner.pk, version=partner.version, action="approve_admission", by=head)


@pytest.fixture
def year_2025(cast, register, head, blacklist, make_complaint):
    """P1 used by the outlet (admitted), P2 by sub_a and sub_b (registered only, blacklisted Jan–Jun), P3 by sub_b
    (admitted, blacklisted from August on); violations and complaints as commented."""
    p1 = admit(register(name="甲保险代理有限公司", body="91650100MA7700011", institutions=[cast.outlet_a]),
               cast.officer, head)
    p2 = register(name="乙汽车销售服务有限公司", body="91650100MA7700022", institutions=[cast.sub_a, cast.sub_b])
    p3 = admit(register(name="丙救援服务有限公司", body="91650100MA7700033", institutions=[cast.sub_b]),
               cast.officer, head)
    blacklist(p2, starts_on=date(2025, 1, 1), ends_on=date(2025, 6, 30))
    blacklist(p3, starts_on=date(2025, 8, 1))
    for partner, source, day in ((p1, "monitoring", date(2025, 3, 1)), (p1, "inspection", date(2025, 8, 10)),
                                 (p2, "monitoring", date(2025, 7, 15)), (p3, "audit", date(2024, 12, 31))):
        services.violation_record(partner_id=partner.pk, by=cast.officer, what="误导宣传", source=source,
                                  occurred_on=day)
    # received 2025-09-26 (the intake factory's day): two at sub_a's subtree naming P1, one at sub_b naming P2
    make_complaint(partner=p1.credit_code)
    make_complaint(partner=p1.name, institution=cast.outlet_a.code)
    make_complaint(partner=p2.name, institution=cast.sub_b.code, by=cast.handler_b)
    make_complaint()  # names no partner
    return p1, p2, p3


def test_partner_measures_by_hand_and_batched_equal_one_by_one(cast, year_2025):
    institutions = [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b]
    assert set(module_codes("partners")) == CODES
    year, q2 = Period.year(2025), Period.quarter(2025, 2)
    seen = batch_equals_one_by_one(CODES, institutions, [year, q2, Period.quarter(2025, 3), Period.year(2024)])

    def row(code, period):
        return [seen[(code, i.code, period.label)] for i in institutions]  # branch, sub_a, outlet_a, sub_b

    assert row("partners.admitted_count", year) == [2, 1, 1, 1]  # P1 and P3; P2 was never admitted
    assert row("partners.blacklisted_count", year) == [1, 0, 0, 1]  # on 2025-12-31: P3 only
    assert row("partners.blacklisted_count", q2) == [1, 1, 0, 1]  # on 2025-06-30: P2 only
    assert row("partners.violation_count", year) == [3, 3, 2, 1]  # P1 2, P2 1, P3's is in 2024
    assert row("partners.violation_count", Period.year(2024)) == [1, 0, 0, 1]
    assert row("partners.marketing_violations", year) == [2, 2, 1, 1]
    assert row("partners.complaint_count", year) == [3, 2, 1, 1]
    assert row("partners.complaint_count", q2) == [0, 0, 0, 0]


def test_an_institution_no_partner_serves_counts_zero(cast):
    seen = batch_equals_one_by_one(CODES, [cast.branch, cast.sub_b], [Period.year(2025)])
    assert set(seen.values()) == {0}
