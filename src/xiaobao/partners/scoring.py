"""定期评价 — the yearly score of a partner from its indicators (pure: no Django)."""

from __future__ import annotations

from dataclasses import dataclass

# Points taken off 100 per item; a violation not rectified by the evaluation costs the extra penalty.
PER_COMPLAINT = 2
PER_MARKETING_VIOLATION = 5
PER_INSPECTION_FAILURE = 5
PER_UNRECTIFIED = 5
# The lowest score of each outcome, best first; below the last: end the cooperation.
BANDS = (("excellent", 90), ("qualified", 75), ("rectify", 60))


@dataclass(frozen=True)
class Indicators:
    complaints: int
    marketing_violations: int | None  # None: no installed module counts them (not available, costs nothing)
    inspection_failures: int | None
    violations: int
    rectified: int


def score(i: Indicators) -> int:
    lost = (PER_COMPLAINT * i.complaints + PER_MARKETING_VIOLATION * (i.marketing_violations or 0)
            + PER_INSPECTION_FAILURE * (i.inspection_failures or 0)
            + PER_UNRECTIFIED * max(0, i.violations - i.rectified))
    return max(0, 100 - lost)


def suggested_outcome(points: int) -> str:
    return next((outcome for outcome, floor in BANDS if points >= floor), "terminate")
