"""Reproducible sampling (抽样): which calls a plan picks, decided by a hash of (seed, item id), never random().

The same seed and the same calls give the same sample on any machine, in any order of arrival. A plan with a
rate below 100 % picks, in each (agent, month) group, the ceil(rate × n) calls with the lowest rank, so an agent
with a handful of calls still gets at least one inspected.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from decimal import Decimal

RANK_SPACE = 2**64


def rank(seed: str, item_id: int) -> int:
    """The call's place in the plan's draw: the first 8 bytes of SHA-256("seed:id"), as an integer."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{item_id}".encode()).digest()[:8], "big")


def quota(n: int, rate_percent: Decimal) -> int:
    """How many of n calls a rate picks: ceil(n × rate / 100), at least 1 of a non-empty group."""
    if n <= 0 or rate_percent <= 0:
        return 0
    return min(n, max(1, math.ceil(Decimal(n) * rate_percent / 100)))


def draw(item_ids: Iterable[int], *, seed: str, rate_percent: Decimal) -> list[int]:
    """The ids a plan picks from one group, lowest rank first (all of them at 100 %)."""
    ids = sorted(set(item_ids), key=lambda i: (rank(seed, i), i))
    return ids[:quota(len(ids), rate_percent)]
