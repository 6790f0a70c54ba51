"""异常波动 — the spike rule, pure arithmetic (the data it runs on and the alerts it writes are in services).

Rule (a one-sided Poisson test against the series' own baseline): for one institution and one cause, let x be
the complaints received in the week being tested and λ the mean weekly count of the `baseline_weeks` weeks
before it (at least `min_baseline`, so a quiet series does not alert on its second case). The week is a spike
when x ≥ `min_cases` and P(X ≥ x | Poisson(λ)) < `p_threshold`. The threshold, window and floors are data
(`SpikeRule`, editable in the admin).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def _pmf(k: int, mean: float) -> float:
    return math.exp(-mean + k * math.log(mean) - math.lgamma(k + 1))


def poisson_tail(x: int, mean: float) -> float:
    """P(X ≥ x) for X ~ Poisson(mean). Below the mean: 1 − P(X < x); above it the upper tail is summed directly,
    so tiny p-values keep their digits."""
    if x <= 0:
        return 1.0
    if mean <= 0:
        return 0.0
    if x <= mean:
        return max(0.0, 1.0 - sum(_pmf(k, mean) for k in range(x)))
    total, k, term = 0.0, x, _pmf(x, mean)
    while term > 0 and (total == 0 or term > total * 1e-17):
        total += term
        k += 1
        term *= mean / k
    return min(1.0, total)


@dataclass(frozen=True)
class Verdict:
    observed: int
    expected: float
    p_value: float
    is_spike: bool


def test_week(baseline: Sequence[int], observed: int, *, p_threshold: float, min_cases: int,
              min_baseline: float) -> Verdict:
    """Judge one week's count against the weeks before it (see the module docstring)."""
    expected = max(min_baseline, sum(baseline) / len(baseline)) if baseline else min_baseline
    p_value = poisson_tail(observed, expected)
    return Verdict(observed, expected, p_value, observed >= min_cases and p_value < p_threshold)
