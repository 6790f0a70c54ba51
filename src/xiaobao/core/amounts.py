"""Money amounts as the services accept them (赔付金额, 调解金额, 问责金额).

Every amount column is `DecimalField(max_digits=14, decimal_places=2)`: up to 999,999,999,999.99 yuan. A service
checks an amount before it writes, whoever calls it (API, page, import), so nothing the column cannot hold is ever
stored (SQLite would store it and then fail on every read; PostgreSQL would fail the write with a 500).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput

MAX_DIGITS = 14
DECIMAL_PLACES = 2
MAX_AMOUNT = Decimal(10) ** (MAX_DIGITS - DECIMAL_PLACES) - Decimal("0.01")


def checked_amount(value: Decimal | int | float | str | None, *, field: str, label: str) -> Decimal | None:
    """`value` as a Decimal of at most two decimal places, from 0 to MAX_AMOUNT; None stays None. Anything else
    is an InvalidInput naming `field`."""
    if value is None:
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise InvalidInput(_("%(field)s is not a number.") % {"field": label}, field=field)
    if amount < 0:
        raise InvalidInput(_("%(field)s cannot be negative.") % {"field": label}, field=field)
    if amount > MAX_AMOUNT:
        raise InvalidInput(_("%(field)s cannot exceed %(max)s.") % {"field": label, "max": f"{MAX_AMOUNT:,}"},
                           field=field)
    if amount != amount.quantize(Decimal(1).scaleb(-DECIMAL_PLACES)):
        raise InvalidInput(_("%(field)s has at most two decimal places.") % {"field": label}, field=field)
    return amount
