"""Display masking of personal fields (JR/T 0171 practice), through the pii engine's rules."""

from __future__ import annotations

from collections.abc import Sequence

from xiaobao.engines.pii import mask_text, mask_value

# Field kinds used by the apps → pii engine types.
NAME, PHONE, ID_NUMBER, ADDRESS, BANK_CARD = "PERSON", "MOBILE", "ID_CARD", "ADDRESS", "BANK_CARD"


def mask(value: str | None, kind: str) -> str:
    """The masked form of a stored personal value ("" stays "")."""
    if not value:
        return ""
    if kind == PHONE and not value.lstrip("+").replace(" ", "").replace("-", "").startswith(("1", "861")):
        return mask_value(value, "LANDLINE")
    return mask_value(value, kind)


def mask_free_text(text: str | None, *, hints: Sequence[str] = ()) -> str:
    """Free text with every piece of personal data the pii engine finds masked (138****5678, 张**).

    `hints`: names known to be personal data here (the complainant's), masked wherever they occur.
    """
    if not text:
        return ""
    return mask_text(text, hints=[h for h in hints if h and h.strip()])
