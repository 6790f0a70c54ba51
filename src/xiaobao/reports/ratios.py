"""亿元保费投诉量 and 万张保单投诉量: complaints ÷ premium in units of 100 million yuan, complaints ÷ policies in
units of 10,000, with the definition (口径) of the denominator carried beside every ratio.

An institution's premium or policy count is its own entry for the quarter when there is one (it covers the
institution and everything below it); otherwise the sum of its children's, when every child has one; otherwise
unknown (None) — a ratio is never computed on a partial denominator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

PREMIUM_UNIT = Decimal(100_000_000)  # 亿元
POLICY_UNIT = Decimal(10_000)  # 万张
PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class Denominator:
    value: Decimal | None
    bases: frozenset[str] = field(default_factory=frozenset)  # the definition labels used (more than one: mixed)

    @property
    def basis_label(self) -> str:
        return "、".join(sorted(self.bases))


def ratio(complaints: int, denominator: Decimal | int | None, unit: Decimal) -> Decimal | None:
    """complaints ÷ (denominator ÷ unit), to four places; None without a (positive) denominator."""
    if denominator is None or Decimal(denominator) <= 0:
        return None
    return (Decimal(complaints) * unit / Decimal(denominator)).quantize(PLACES, rounding=ROUND_HALF_UP)


def per_100m_premium(complaints: int, premium_yuan: Decimal | None) -> Decimal | None:
    return ratio(complaints, premium_yuan, PREMIUM_UNIT)


def per_10k_policies(complaints: int, policies: int | None) -> Decimal | None:
    return ratio(complaints, policies, POLICY_UNIT)


def rolled_up(institution_id: int, own: dict[int, tuple[Decimal | int, str]],
              children: dict[int, list[int]]) -> Denominator:
    """The denominator of an institution: its own entry, else the sum over its children (all of them known)."""
    if institution_id in own:
        value, basis = own[institution_id]
        return Denominator(Decimal(value), frozenset({basis}))
    kids = children.get(institution_id, [])
    if not kids:
        return Denominator(None)
    parts = [rolled_up(kid, own, children) for kid in kids]
    if any(part.value is None for part in parts):
        return Denominator(None)
    return Denominator(sum((part.value for part in parts if part.value is not None), Decimal(0)),
                       frozenset().union(*(part.bases for part in parts)))
