"""统一社会信用代码 — the unified social credit code of GB 32100-2015, checked by its check character.

Pure Python (no Django): 18 characters from the code's 31-character alphabet (digits and capitals without
I, O, S, V, Z): registration authority (1), organisation category (1), administrative division (6 digits),
the organisation's identifier (9) and a check character computed over the first 17 with weights 3^i mod 31.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18


def normalise(code: str) -> str:
    """The code as stored: spaces removed, capital letters."""
    return "".join(code.split()).upper()


def check_character(first17: str) -> str:
    """The 18th character for the first 17 (ValueError on a character outside the alphabet)."""
    if len(first17) != LENGTH - 1:
        raise ValueError("the check character is computed over 17 characters")
    total = sum(ALPHABET.index(ch) * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """Why `code` is not a valid unified social credit code, or None when it is valid.

    The reasons are stable codes: "length", "alphabet", "division", "check"."""
    text = normalise(code)
    if len(text) != LENGTH:
        return "length"
    if any(ch not in ALPHABET for ch in text):
        return "alphabet"
    if not text[2:8].isdigit():
        return "division"
    if check_character(text[:17]) != text[17]:
        return "check"
    return None


def is_valid(code: str) -> bool:
    return problem(code) is None
