"""Every special-services measure read for many institutions at once equals the same measure read one institution
at a time (the registry's batch contract), on the constructed Q3 2025 of tests/assistance/conftest.py."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.batches import batch_equals_one_by_one, module_codes
from xiaobao.core.registry import Period

pytestmark = pytest.mark.django_db

CODES = {"assistance.service_count", "assistance.elderly_service_count", "assistance.disability_service_count",
         "assistance.minority_language_service_count", "assistance.outlets_checked_rate"}


def test_every_assistance_measure_batched_equals_one_by_one(cast, q3_services):
    institutions = [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b]
    assert set(module_codes("assistance")) == CODES
    q3 = Period.quarter(2025, 3)
    seen = batch_equals_one_by_one(CODES, institutions, [q3, Period.quarter(2025, 2), Period.year(2025),
                                                         Period.month(2025, 8)])
    assert seen[("assistance.service_count", "650000", q3.label)] == 5
    assert seen[("assistance.service_count", "650102", q3.label)] == 1
    assert seen[("assistance.service_count", "653100", q3.label)] == 1
    assert seen[("assistance.elderly_service_count", "650000", "2025年度")] == 3
    assert seen[("assistance.outlets_checked_rate", "650100", q3.label)] == Decimal(100)
    assert seen[("assistance.outlets_checked_rate", "650100", "2025年第2季度")] == 0
    assert seen[("assistance.outlets_checked_rate", "653100", q3.label)] is None
