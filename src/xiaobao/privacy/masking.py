"""Display masking of personal fields (JR/T 0171 practice), through the pii engine's rules."""

from __future__ import annotations

from xiaobao.engines.pii import mask_value

# Field kinds used by the apps → pii engine types.
NAME, PHONE, ID_NUMBER, ADDRESS, BANK_CARD = "PERSON", "MOBILE", "ID_CARD", "ADDRESS", "BANK_CARD"


def mask(value: str | None, kind: str) -> str:
    """The masked form of a stored personal value ("" stays "")."""
    if not value:
        return ""
    if kind == PHONE and not value.lstrip("+").replace(" ", "").replace("-", "").startswith(("1", "861")):
        return mask_value(value, "LANDLINE")
    return mask_value(value, kind)
