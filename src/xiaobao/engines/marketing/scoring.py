"""Precision / recall / F1 over labelled code sets (per code and micro-averaged)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_sets(pairs: Iterable[tuple[Iterable[str], Iterable[str]]]) -> tuple[dict[str, Score], Score]:
    """Per-code and micro-averaged scores of (gold codes, predicted codes) pairs."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, pred in pairs:
        g, p = set(gold), set(pred)
        tp.update(g & p)
        fp.update(p - g)
        fn.update(g - p)
    codes = sorted(set(tp) | set(fp) | set(fn))
    per_code = {c: Score(tp[c], fp[c], fn[c]) for c in codes}
    micro = Score(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return per_code, micro
