"""Percentiles and a one-line summary of latencies (seconds in, milliseconds out)."""

from __future__ import annotations

import math


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[index]


def summary(latencies: list[float]) -> dict[str, float]:
    return {f"p{p}": round(percentile(latencies, p) * 1000, 1) for p in (50, 95, 99)}
