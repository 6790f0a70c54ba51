"""How long sales evidence is kept (可回溯资料保存期) — the one place of the rule.

- From the end of the contract: 5 years when the insurance term is one year or less, 10 years otherwise
  (保监发〔2017〕54号 第十六条).
- At least 2 years after the end of every dispute about the policy: a complaint (投诉) or a mediation, lawsuit or
  arbitration of it (外部途径). While one is still open the evidence is held without an end date.
- Years are added the way `dateutil.relativedelta(years=n)` does: 29 February becomes 28 February in a year
  without one.

The dispute part is recomputed ON READ: `keep_until()` asks the complaints and major apps (their public
selectors) for the end dates of the disputes about the policy every time it is called, so a complaint that
closes (or is registered) today changes the answer immediately, without a stored copy to fall out of step. The
contract part depends only on the sale and is stored on it (`SaleRecord.contract_keep_until`).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

SHORT_TERM_YEARS = 5  # term ≤ 1 year
LONG_TERM_YEARS = 10  # term > 1 year
AFTER_DISPUTE_YEARS = 2


def add_years(day: date, years: int) -> date:
    """`day` plus whole years; 29 February → 28 February when the target year has none."""
    year = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def is_short_term(contract_start: date, contract_end: date) -> bool:
    """A term of one year or less (短期险): the contract ends no later than one year after it starts."""
    return contract_end <= add_years(contract_start, 1)


def contract_keep_until(contract_start: date, contract_end: date) -> date:
    """Keep-until from the contract alone: its end plus 5 years (term ≤ 1 year) or 10 years."""
    years = SHORT_TERM_YEARS if is_short_term(contract_start, contract_end) else LONG_TERM_YEARS
    return add_years(contract_end, years)


@dataclass(frozen=True)
class Retention:
    """The effective keep-until of a sale's evidence. `until` None: held while a dispute is open."""

    until: date | None
    contract_until: date
    disputes: int = 0  # complaints and external routes about the policy
    open_disputes: int = 0
    extended: bool = False  # a dispute moved the date beyond the contract's

    def expired(self, today: date) -> bool:
        """Whether the evidence may be deleted on `today` (the keep-until day itself is still kept)."""
        return self.until is not None and self.until < today


def combine(contract_until: date, dispute_ends: Iterable[date | None]) -> Retention:
    """Keep-until from the contract's date and the end dates of the disputes (None: still open)."""
    ends = list(dispute_ends)
    open_count = sum(1 for end in ends if end is None)
    if open_count:
        return Retention(None, contract_until, len(ends), open_count, extended=True)
    until = max([contract_until, *(add_years(end, AFTER_DISPUTE_YEARS) for end in ends if end is not None)])
    return Retention(until, contract_until, len(ends), 0, extended=until > contract_until)


def dispute_ends(policy_numbers: Iterable[str]) -> dict[str, list[date | None]]:
    """Policy number → end dates of every complaint and external route about it (None while open)."""
    from xiaobao.complaints import selectors as complaints
    from xiaobao.major import selectors as major

    numbers = sorted({n for n in policy_numbers if n})
    merged: dict[str, list[date | None]] = {}
    for source in (complaints.dispute_ends(numbers), major.external_route_ends(numbers)):
        for number, ends in source.items():
            merged.setdefault(number, []).extend(ends)
    return merged


def keep_until(sale: object) -> Retention:
    """The effective retention of one sale's evidence, read now (see the module docstring)."""
    number = sale.policy_number  # type: ignore[attr-defined]
    return combine(sale.contract_keep_until, dispute_ends([number]).get(number, []))  # type: ignore[attr-defined]


def keep_until_many(sales: Iterable[object]) -> dict[int, Retention]:
    """Sale id → its retention, for many sales with one read of the disputes per 500 policies."""
    sales = list(sales)
    ends = dispute_ends(s.policy_number for s in sales)  # type: ignore[attr-defined]
    return {s.pk: combine(s.contract_keep_until, ends.get(s.policy_number, []))  # type: ignore[attr-defined]
            for s in sales}
