"""Check the 2027-01-13 blind pii sets (standard library only).

    python validate_pii.py [file.jsonl ...]     # defaults to both sets in this folder

Checks: JSON shape, unique ids with the file's prefix, span bounds and order, no overlaps, no
whitespace or punctuation at span edges (a LANDLINE may open with a bracket), types in the README
table (PERSON only in the prose set), and the check digits or shapes of ID_CARD, BANK_CARD, VIN,
MOBILE, LANDLINE, LICENSE_PLATE and EMAIL spans. Exits 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PREFIXES = {"pii_complaints.jsonl": "pc0113-", "pii_names_prose.jsonl": "np0113-"}
PERSON_ONLY = {"pii_names_prose.jsonl"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(
    rf"^[{PROVINCES}][A-Z][·.\s]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}}"
    r"|[A-HJ-NP-Z0-9]{4}[港澳学警挂])$"
)
MOBILE = re.compile(r"^(?:\+86\s?|86-)?1[3-9]\d(?:[\s-]?\d{4}){2}$")
LANDLINE = re.compile(r"^(?:\(0\d{2,3}\)|0\d{2,3}[-\s])\d{7,8}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def id_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[17]


def luhn_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, c in enumerate(reversed(v)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value):
        return False
    total = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if total == 10 else str(total))


def person_ok(value: str) -> bool:
    if "·" in value:
        return all(part for part in value.split("·"))
    return 2 <= len(value) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in value)


CHECKS = {
    "ID_CARD": id_ok,
    "BANK_CARD": luhn_ok,
    "VIN": vin_ok,
    "MOBILE": lambda v: bool(MOBILE.match(v)),
    "LANDLINE": lambda v: bool(LANDLINE.match(v)),
    "EMAIL": lambda v: bool(EMAIL.match(v)),
    "LICENSE_PLATE": lambda v: bool(PLATE.match(v)),
    "PERSON": person_ok,
}


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def validate(path: Path) -> tuple[list[str], Counter[str], int, int]:
    errors: list[str] = []
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    records = empty = 0
    prefix = PREFIXES.get(path.name, "")
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if set(rec) != {"id", "text", "spans"} or not isinstance(rec["text"], str):
            errors.append(f"{where}: keys must be id, text, spans")
            continue
        records += 1
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not rid.startswith(prefix) or rid in seen:
            errors.append(f"{where}: id {rid!r} duplicate or without prefix {prefix!r}")
        seen.add(rid)
        empty += not spans
        last_end = -1
        for span in spans:
            if set(span) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys {sorted(span)}")
                continue
            start, end, kind = span["start"], span["end"], span["type"]
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                errors.append(f"{where}: span out of bounds {span}")
                continue
            if start < last_end:
                errors.append(f"{where}: spans out of order or overlapping at {start}")
            last_end = end
            value = text[start:end]
            if kind not in TYPES or (path.name in PERSON_ONLY and kind != "PERSON"):
                errors.append(f"{where}: type {kind!r} not allowed")
            elif not CHECKS.get(kind, lambda v: True)(value):
                errors.append(f"{where}: {kind} {value!r} fails its check")
            head = value[1:] if kind == "LANDLINE" and value.startswith("(") else value
            if bad_edge(head[0]) or bad_edge(value[-1]):
                errors.append(f"{where}: whitespace/punctuation at the edge of {value!r}")
            counts[kind] += 1
    return errors, counts, records, empty


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in PREFIXES]
    failed = False
    for path in paths:
        errors, counts, records, empty = validate(path)
        print(
            f"{path.name}: {records} records, {empty} without spans, "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
        for err in errors:
            print("  " + err)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
