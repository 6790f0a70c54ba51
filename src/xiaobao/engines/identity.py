"""Facts read from a Chinese resident ID number (居民身份证号码): the birth date and the age on a day.

Pure Python (no Django): the complaints intake and the special-group services ledger both call it, so an elderly
customer (老年客户) is recognised by the same rule everywhere.

- 18-character IDs (GB 11643-1999): the birth date is characters 7–14 (YYYYMMDD); the check character is
  verified (`xiaobao.engines.pii.validators`).
- 15-digit legacy IDs (issued before 1999): the birth date is digits 7–12 (YYMMDD), of the 1900s.
- Age is counted in completed years: a person is 60 on their 60th birthday. Someone born on 29 February has
  their birthday on 1 March in a common year (they have not completed the year before that day).
"""

from __future__ import annotations

from datetime import date

from xiaobao.engines.pii.validators import _ID_PROVINCES, compact, is_valid_id_card


def _legacy_birth_date(s: str) -> date | None:
    if len(s) != 15 or not s.isdigit() or s[:2] not in _ID_PROVINCES:
        return None
    try:
        return date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    except ValueError:
        return None


def is_valid_id_number(id_number: str) -> bool:
    """True for a valid 18-character resident ID (check character verified) or a 15-digit legacy ID (area and
    birth date valid)."""
    s = compact(id_number or "").upper()
    if len(s) == 15:
        return _legacy_birth_date(s) is not None
    return is_valid_id_card(s)


def birth_date(id_number: str) -> date | None:
    """The birth date of a valid resident ID number (18 or 15 characters); None for anything else."""
    s = compact(id_number or "").upper()
    if len(s) == 15:
        return _legacy_birth_date(s)
    if not is_valid_id_card(s):
        return None
    return date(int(s[6:10]), int(s[10:12]), int(s[12:14]))


def age_at(born: date, day: date) -> int:
    """Completed years of someone born on `born`, on `day` (the birthday itself counts)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def age_on(id_number: str, day: date) -> int | None:
    """The holder's age on `day` in completed years; None when the number is not a valid resident ID or `day`
    lies before the birth date."""
    born = birth_date(id_number)
    if born is None or day < born:
        return None
    return age_at(born, day)


def is_elderly(id_number: str, day: date, *, threshold: int = 60) -> bool:
    """True when the holder is `threshold` or older on `day` (the birthday itself counts)."""
    age = age_on(id_number, day)
    return age is not None and age >= threshold
