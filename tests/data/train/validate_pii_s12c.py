"""Check the shape and labels of pii_s12c.jsonl (standard library only).

Usage: python tests/data/train/validate_pii_s12c.py [path]
Checks: JSON shape, unique ids (pt12c-NNNN), span bounds and order, no overlaps, no whitespace or
punctuation at span edges, known types, check digits (ID_CARD, BANK_CARD, VIN), mobile and plate shape,
no duplicate texts. Prints counts per type and the share of records without spans; exits 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
# Characters allowed at a span's first position although they are punctuation.
LEADING_OK = {"MOBILE": "+", "LANDLINE": "(（+"}
PLATE = re.compile(
    r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·・ ]?"
    r"([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{5}[DF]|[A-HJ-NP-Z0-9]{4}[学警挂])$"
)


def id_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    s = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    digits = [int(c) for c in reversed(s)]
    return (sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])) % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    total = sum((int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(s, VIN_WEIGHTS, strict=True)) % 11
    return ("X" if total == 10 else str(total)) == s[8]


def mobile_ok(s: str) -> bool:
    digits = re.sub(r"^(\+86|86-|86 |0086)\s*", "", s)
    digits = re.sub(r"[ -]", "", digits)
    return re.fullmatch(r"1[3-9]\d{9}", digits) is not None


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "S", "Z"))


SHAPES: dict[str, tuple[str, Callable[[str], bool]]] = {
    "ID_CARD": ("ID check fails", id_ok),
    "BANK_CARD": ("Luhn fails", luhn_ok),
    "VIN": ("VIN check fails", vin_ok),
    "MOBILE": ("not a mobile", mobile_ok),
    "LICENSE_PLATE": ("not a plate", lambda v: PLATE.match(v) is not None),
    "EMAIL": ("not an e-mail", lambda v: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v, re.ASCII) is not None),
    "LANDLINE": (
        "not a landline",
        lambda v: re.fullmatch(r"[(（]?0\d{2,3}[)）]?[ -]?\d{7,8}(-\d{1,5})?", v) is not None,
    ),
    "PERSON": ("odd PERSON", lambda v: re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", v) is not None),
}


def span_problems(text: str, span: dict[str, Any], prev_end: int) -> list[str]:
    """What is wrong with one span (empty when nothing is)."""
    if set(span) != {"start", "end", "type"}:
        return [f"span shape {span}"]
    start, end, typ = span["start"], span["end"], span["type"]
    if typ not in TYPES:
        return [f"unknown type {typ}"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"bounds {span}"]
    surface = text[start:end]
    found = []
    if start < prev_end:
        found.append(f"spans out of order or overlapping at {start}")
    if bad_edge(surface[-1]) or (bad_edge(surface[0]) and surface[0] not in LEADING_OK.get(typ, "")):
        found.append(f"edge character in {typ} {surface!r}")
    if "\n" in surface:
        found.append(f"newline inside {typ} {surface!r}")
    message, ok = SHAPES.get(typ, ("", lambda v: True))
    if not ok(surface):
        found.append(f"{message} {surface!r}")
    return found


def records(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Each line's number and its record, or a message when the line is not a record."""
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, f"not JSON ({exc})"
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            yield lineno, "wrong shape"
        elif not isinstance(rec["text"], str) or not isinstance(rec["spans"], list):
            yield lineno, "text must be a string and spans a list"
        else:
            yield lineno, rec


def check(path: Path) -> int:
    errors: list[str] = []
    ids: set[str] = set()
    texts: dict[str, str] = {}
    per_type: Counter[str] = Counter()
    empty = n = 0
    for lineno, rec in records(path):
        n += 1
        if isinstance(rec, str):
            errors.append(f"line {lineno}: {rec}")
            continue
        rid, text = rec["id"], rec["text"]
        where = f"{rid} (line {lineno})"
        if not re.fullmatch(r"pt12c-\d{4}", str(rid)):
            errors.append(f"{where}: id pattern")
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        if text in texts:
            errors.append(f"{where}: same text as {texts[text]}")
        texts[text] = rid
        empty += not rec["spans"]
        prev_end = 0
        for span in rec["spans"]:
            per_type[str(span.get("type"))] += 1
            errors.extend(f"{where}: {p}" for p in span_problems(text, span, prev_end))
            prev_end = span.get("end", prev_end) if isinstance(span.get("end"), int) else prev_end
    for err in errors:
        print(err)
    print(f"{n} records, {empty} without spans ({empty / max(n, 1):.0%}); spans per type:")
    for typ in sorted(per_type):
        print(f"  {typ:14} {per_type[typ]}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    default = Path(__file__).with_name("pii_s12c.jsonl")
    sys.exit(check(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
