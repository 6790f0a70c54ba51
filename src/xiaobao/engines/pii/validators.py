"""Check-digit validators for Chinese identifiers (GB 11643 ID numbers, Luhn, ISO 3779 VIN)."""

from __future__ import annotations

from datetime import date
from operator import mul

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_ZERO = 48 * sum(_ID_WEIGHTS)  # what the weighted sum of the ASCII codes of 17 zeros adds
# First two digits of a resident ID: the province-level area code (GB/T 2260).
_ID_PROVINCES = frozenset(
    ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83", "91"]
)
_SEPARATORS = str.maketrans("", "", " -\u00a0\u3000")

# ISO 3779 transliteration and weights for the VIN check digit (position 9).
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def compact(value: str) -> str:
    """Remove the separators people type inside numbers (spaces, dashes)."""
    if value.isascii() and value.isalnum():  # (none to remove; str.translate looks up every character)
        return value
    return value.translate(_SEPARATORS)


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID."""
    if len(first17) != 17:
        raise ValueError("17 digits expected")
    return _ID_CHECK[sum(map(mul, map(int, first17), _ID_WEIGHTS)) % 11]


def birth_date_from_id(value: str) -> date | None:
    """The birth date encoded in an 18-character resident ID, or None when it is not a real date."""
    s = compact(value)
    if len(s) != 18 or not s[:17].isdigit():
        return None
    try:
        return date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return None


def is_valid_id_card(value: str) -> bool:
    """True for an 18-character resident ID (GB 11643) with a valid area, birth date and check character."""
    s = compact(value).upper()
    if len(s) != 18 or s[:2] not in _ID_PROVINCES or not s[:17].isdigit():
        return False
    if not ("1" <= s[6] <= "2"):  # birth years 1xxx / 2xxx only
        return False
    month, day = int(s[10:12]), int(s[12:14])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        date(int(s[6:10]), month, day)
    except ValueError:
        return False
    if s.isascii():  # (the digits' code points less 48 each: no int() per digit)
        return _ID_CHECK[(sum(map(mul, s[:17].encode(), _ID_WEIGHTS)) - _ID_ZERO) % 11] == s[17]
    return _ID_CHECK[sum(map(mul, map(int, s[:17]), _ID_WEIGHTS)) % 11] == s[17]


# Luhn: the value a digit adds in a doubled position
_LUHN_DOUBLE = {str(d): (2 * d - 9 if 2 * d > 9 else 2 * d) for d in range(10)}


def is_valid_luhn(value: str) -> bool:
    """True when the digits (separators ignored) pass the Luhn check; at least 2 digits."""
    s = compact(value)
    if len(s) < 2 or not s.isdigit():
        return False
    if s.isascii():
        total = sum(map(int, s[-1::-2])) + sum(map(_LUHN_DOUBLE.__getitem__, s[-2::-2]))
        return total % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = ord(ch) - 48
        if i & 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_valid_bank_card(value: str) -> bool:
    """16–19 digits passing Luhn."""
    s = compact(value)
    return 16 <= len(s) <= 19 and is_valid_luhn(s)


def is_valid_vin(value: str) -> bool:
    """True for a 17-character VIN (no I, O, Q) whose check digit (position 9) is right."""
    s = value.strip().upper()
    if len(s) != 17:
        return False
    try:
        total = sum(_VIN_VALUES[c] * w for c, w in zip(s, _VIN_WEIGHTS, strict=True))
    except KeyError:
        return False
    check = total % 11
    return s[8] == ("X" if check == 10 else str(check))


def is_valid_mobile(value: str) -> bool:
    """11-digit mainland mobile (1[3-9]xxxxxxxxx), an optional +86 / 86 / 0086 prefix allowed."""
    s = compact(value).replace("(", "").replace(")", "")
    for prefix in ("+86", "0086", "86"):
        if s.startswith(prefix) and len(s) == 11 + len(prefix):
            s = s[len(prefix) :]
            break
    return len(s) == 11 and s.isdigit() and s[0] == "1" and s[1] in "3456789"
