"""The registry's batch contract, checked per module: a measure's `compute_many` (its figures read once for many
institutions) equals its `compute` one institution at a time (xiaobao.core.registry.Measure)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from xiaobao.core import registry
from xiaobao.core.registry import Period


def batch_equals_one_by_one(codes: Iterable[str], institutions: Sequence[Any], periods: Iterable[Period]
                            ) -> dict[tuple[str, str, str], Any]:
    """Assert, for every measure code and period, that one batched read of all `institutions` equals `compute` of
    each (value, evidence, detail, numerator and denominator); {(code, institution code, period label): value}
    of what was compared, so the test can show the data was not empty."""
    seen = {}
    for period in periods:
        for code in codes:
            measure = registry.get_measure(code)
            assert measure is not None and measure.compute_many is not None, f"{code} has no batch form"
            many = registry.compute_measure_many(code, institutions, period)
            assert set(many) == {i.pk for i in institutions}, code
            for institution in institutions:
                one = measure.compute(institution, period)
                assert many[institution.pk] == one, (code, institution.code, period.label)
                seen[(code, institution.code, period.label)] = one.value
    return seen


def module_codes(module: str) -> list[str]:
    return [m.code for m in registry.measures() if m.module == module]
