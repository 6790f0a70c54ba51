"""The traceability measures on constructed 2025 sales, by hand, and each read for many institutions at once equal
to the same measure read one institution at a time (the registry's batch contract)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.batches import batch_equals_one_by_one, module_codes
from tests.traceability.conftest import BEIJING
from xiaobao.core.registry import Period
from xiaobao.traceability.codes import Kind

pytestmark = pytest.mark.django_db

CODES = {"traceability.sales_count", "traceability.recording_coverage"}


@pytest.fixture
def sales_2025(cast, make_sale, add_item):
    """Q1: at sub_a a recorded telephone sale, an internet sale, a telephone sale whose recording was purged; at
    the outlet a telephone sale at 23:30 on 31 March (Beijing) without one. Q2: at sub_b a recorded telephone
    sale at 00:10 on 1 April."""
    def sale(n, institution, channel, at, recorded=False):
        made = make_sale(policy_number=f"PDEA20256501000000{n}", institution=institution.code, channel=channel,
                         sold_at=at)
        return add_item(made) if recorded else None

    sale(1, cast.sub_a, "telephone", datetime(2025, 3, 1, 10, 0, tzinfo=BEIJING), recorded=True)
    sale(2, cast.outlet_a, "telephone", datetime(2025, 3, 31, 23, 30, tzinfo=BEIJING))
    sale(3, cast.sub_a, "internet", datetime(2025, 2, 10, 9, 0, tzinfo=BEIJING))
    sale(4, cast.sub_b, "telephone", datetime(2025, 4, 1, 0, 10, tzinfo=BEIJING), recorded=True)
    purged = sale(5, cast.sub_a, "telephone", datetime(2025, 1, 15, 15, 0, tzinfo=BEIJING), recorded=True)
    type(purged).objects.filter(pk=purged.pk).update(purged_at=timezone.now())
    assert purged.kind == Kind.RECORDING


def test_traceability_measures_by_hand_and_batched_equal_one_by_one(cast, sales_2025):
    institutions = [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b]
    assert set(module_codes("traceability")) == CODES
    q1, q2, year = Period.quarter(2025, 1), Period.quarter(2025, 2), Period.year(2025)
    seen = batch_equals_one_by_one(CODES, institutions, [q1, q2, year, Period.month(2025, 3)])

    def row(code, period):
        return [seen[(code, i.code, period.label)] for i in institutions]  # branch, sub_a, outlet_a, sub_b

    assert row("traceability.sales_count", q1) == [4, 4, 1, 0]
    assert row("traceability.sales_count", q2) == [1, 0, 0, 1]
    assert row("traceability.sales_count", year) == [5, 4, 1, 1]
    # telephone sales with a (not purged) recording ÷ telephone sales; none: no value
    assert row("traceability.recording_coverage", q1) == [Decimal("33.3"), Decimal("33.3"), Decimal("0.0"), None]
    assert row("traceability.recording_coverage", q2) == [Decimal("100.0"), None, None, Decimal("100.0")]
    assert row("traceability.recording_coverage", year) == [Decimal("50.0"), Decimal("33.3"), Decimal("0.0"),
                                                            Decimal("100.0")]
