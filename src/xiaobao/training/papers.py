"""Drawing a paper and grading objective answers: pure functions (no Django), so the same seed gives the same
paper and the grading is checkable by hand.

A rule draws `count` questions of one kind, optionally only those carrying one of `tags`; each candidate's
paper is drawn with `random.Random(seed)`: questions within each kind in a random order, and the options of
every single/multiple-choice question shuffled (true/false keeps 正确 before 错误).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

SINGLE, MULTIPLE, TRUE_FALSE, SHORT = "single", "multiple", "true_false", "short"
KIND_ORDER = (SINGLE, MULTIPLE, TRUE_FALSE, SHORT)
SHUFFLED_KINDS = frozenset({SINGLE, MULTIPLE})


@dataclass(frozen=True)
class Rule:
    kind: str
    count: int
    points: Decimal
    tags: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Rule:
        tags = data.get("tags") or ()
        return cls(kind=str(data["kind"]), count=int(str(data["count"])), points=Decimal(str(data["points"])),
                   tags=tuple(str(t) for t in tags) if isinstance(tags, list | tuple) else ())

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "count": self.count, "points": str(self.points), "tags": list(self.tags)}


@dataclass(frozen=True)
class Candidate:
    """A question as the drawing sees it."""

    id: int
    kind: str
    tags: tuple[str, ...]
    option_count: int


@dataclass(frozen=True)
class Slot:
    question_id: int
    kind: str
    option_order: tuple[int, ...]  # original option indices in the order shown
    points: Decimal


class NotEnoughQuestions(ValueError):
    def __init__(self, rule: Rule, available: int) -> None:
        super().__init__(f"rule {rule.kind} {rule.tags}: {rule.count} wanted, {available} available")
        self.rule = rule
        self.available = available


def eligible(rule: Rule, bank: Iterable[Candidate], taken: set[int]) -> list[Candidate]:
    return sorted((q for q in bank if q.kind == rule.kind and q.id not in taken
                   and (not rule.tags or set(rule.tags) & set(q.tags))), key=lambda q: q.id)


def check_rules(rules: Sequence[Rule], bank: Sequence[Candidate]) -> None:
    """Raise NotEnoughQuestions when the bank cannot fill the rules (rules draw without overlap, in order)."""
    taken: set[int] = set()
    for rule in rules:
        pool = eligible(rule, bank, taken)
        if len(pool) < rule.count:
            raise NotEnoughQuestions(rule, len(pool))
        taken.update(q.id for q in pool[:rule.count])


def draw(rules: Sequence[Rule], bank: Sequence[Candidate], seed: int) -> list[Slot]:
    """The paper for `seed`: the same rules, bank and seed always give the same paper."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible draw from the stored seed, not a secret
    taken: set[int] = set()
    by_kind: dict[str, list[Slot]] = {kind: [] for kind in KIND_ORDER}
    for rule in rules:
        pool = eligible(rule, bank, taken)
        if len(pool) < rule.count:
            raise NotEnoughQuestions(rule, len(pool))
        for q in rng.sample(pool, rule.count):
            taken.add(q.id)
            order = list(range(q.option_count))
            if q.kind in SHUFFLED_KINDS:
                rng.shuffle(order)
            by_kind.setdefault(q.kind, []).append(Slot(q.id, q.kind, tuple(order), rule.points))
    paper: list[Slot] = []
    for kind in by_kind:
        slots = by_kind[kind]
        rng.shuffle(slots)
        paper.extend(slots)
    return paper


def _quantize(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def grade_objective(kind: str, correct: Sequence[int], response: Sequence[int] | None, points: Decimal, *,
                    partial: bool = False) -> Decimal:
    """Points for a single / multiple / true-false answer. `correct` and `response` are original option indices.

    Multiple choice, all or nothing: full points only for exactly the correct set. Partial: any wrong option
    chosen gives 0; otherwise points × (correct options chosen ÷ correct options), rounded to 0.1."""
    chosen = set(response or ())
    right = set(correct)
    if not chosen:
        return Decimal("0")
    if kind != MULTIPLE or not partial:
        return points if chosen == right else Decimal("0")
    if chosen - right:
        return Decimal("0")
    return _quantize(points * len(chosen & right) / len(right))


def percent(score: Decimal, max_score: Decimal) -> Decimal:
    if not max_score:
        return Decimal("0")
    return _quantize(score * 100 / max_score)
