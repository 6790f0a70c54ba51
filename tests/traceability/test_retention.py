"""Keep-until arithmetic: 5 / 10 years after the contract, 2 years after every dispute, leap days."""

from __future__ import annotations

from datetime import date

import pytest

from xiaobao.traceability import retention
from xiaobao.traceability.retention import add_years, combine, contract_keep_until


def test_add_years_moves_29_february_to_28_february():
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2023, 3, 1), 1) == date(2024, 3, 1)


@pytest.mark.parametrize(("start", "end", "expected"), [
    (date(2025, 1, 1), date(2025, 12, 31), date(2030, 12, 31)),  # one-year policy: 5 years
    (date(2025, 1, 1), date(2026, 1, 1), date(2031, 1, 1)),  # exactly one year (start + 1 year) is still short
    (date(2025, 1, 1), date(2026, 1, 2), date(2036, 1, 2)),  # a day longer: 10 years
    (date(2023, 3, 1), date(2024, 2, 29), date(2029, 2, 28)),  # ends on a leap day, short term
    (date(2020, 2, 29), date(2024, 2, 29), date(2034, 2, 28)),  # long term ending on a leap day
    (date(2024, 2, 29), date(2025, 2, 28), date(2030, 2, 28)),  # starts on a leap day: one year is 28 Feb
])
def test_contract_keep_until(start, end, expected):
    assert contract_keep_until(start, end) == expected


def test_a_dispute_extends_to_two_years_after_its_end():
    base = date(2030, 12, 31)
    assert combine(base, []).until == base
    early = combine(base, [date(2027, 6, 30), date(2028, 12, 31)])
    assert early.until == base and not early.extended  # both end 2 years before base or earlier
    late = combine(base, [date(2027, 6, 30), date(2029, 1, 1)])
    assert late.until == date(2031, 1, 1) and late.extended and late.disputes == 2
    assert combine(base, [date(2029, 12, 31), date(2029, 1, 1)]).until == date(2031, 12, 31)  # the latest end
    assert combine(date(2025, 1, 1), [date(2024, 2, 29)]).until == date(2026, 2, 28)  # leap day + 2 years


def test_an_open_dispute_holds_without_an_end():
    held = combine(date(2030, 12, 31), [date(2029, 1, 1), None])
    assert held.until is None and held.open_disputes == 1 and not held.expired(date(2099, 1, 1))


def test_expired_only_after_the_keep_until_day():
    keep = combine(date(2030, 12, 31), [])
    assert not keep.expired(date(2030, 12, 31))
    assert keep.expired(date(2031, 1, 1))


def test_complaints_about_the_policy_extend_on_read(cast, make_sale, make_complaint, handler_closes):
    sale = make_sale(contract_start=date(2025, 3, 2), contract_end=date(2026, 3, 1))
    assert retention.keep_until(sale).until == date(2031, 3, 1)
    complaint = make_complaint(policy_number=sale.policy_number)
    assert retention.keep_until(sale).until is None  # an open complaint holds everything
    handler_closes(complaint, on=date(2030, 5, 6))
    keep = retention.keep_until(sale)
    assert keep.until == date(2032, 5, 6) and keep.extended and keep.disputes == 1
