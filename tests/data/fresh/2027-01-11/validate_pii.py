"""Validate the 2027-01-11 pii sets (standard library only).

Checks: JSON shape, unique ids with the set's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types from the README table (PERSON only in the prose file), check characters of
ID_CARD / BANK_CARD / VIN, 11 digits for MOBILE, plate shape. Prints counts per type.

Run: ``python validate_pii.py`` (exit code 1 on any problem).
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
FILES = {
    "pii_complaints.jsonl": ("pc0111-", TYPES),
    "pii_names_prose.jsonl": ("np0111-", {"PERSON"}),
}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ZH_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"幺": "1"}
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PLATE = re.compile(r"^[\u4e00-\u9fff][A-Za-z][·•. ]?(?:[A-Za-z0-9]{5}|[DFdf][A-Za-z0-9]{5}|[A-Za-z0-9]{6})$")


def id_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v, ID_WEIGHTS, strict=False)) % 11] == v[17]


def luhn_ok(value: str) -> bool:
    v = value.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, c in enumerate(reversed(v)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    v = value.upper()
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(v, VIN_WEIGHTS, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


def mobile_ok(value: str) -> bool:
    v = re.sub(r"^(\+86|86)[- ]?", "", value)
    digits = "".join(ZH_DIGITS.get(c, c) for c in v if c not in " -")
    return bool(re.fullmatch(r"1[3-9]\d{9}", digits))


def is_edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def check_file(name: str, prefix: str, allowed: set[str]) -> tuple[list[str], Counter[str], int, int]:
    problems: list[str] = []
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    records = empty = 0
    for lineno, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            problems.append(f"{where}: keys must be id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            problems.append(f"{where}: bad id {rid!r}")
        if rid in seen:
            problems.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(text, str) or not text.strip() or not isinstance(spans, list):
            problems.append(f"{where}: text must be a non-empty string, spans a list")
            continue
        records += 1
        empty += not spans
        prev_end = -1
        for span in spans:
            if not isinstance(span, dict) or set(span) != {"start", "end", "type"}:
                problems.append(f"{where}: span keys must be start, end, type")
                continue
            s, e, t = span["start"], span["end"], span["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: span out of bounds {span}")
                continue
            if s < prev_end:
                problems.append(f"{where}: spans out of order or overlapping at {s}")
            prev_end = e
            if t not in allowed:
                problems.append(f"{where}: type {t!r} not allowed here")
            value = text[s:e]
            # a landline written (010)12345678 keeps its opening bracket, as in the README's example
            first_ok = t == "LANDLINE" and value[0] in "(（"
            if (is_edge_bad(value[0]) and not first_ok) or is_edge_bad(value[-1]):
                problems.append(f"{where}: whitespace/punctuation at edge of {value!r}")
            bad = (
                (t == "ID_CARD" and not id_ok(value))
                or (t == "BANK_CARD" and not luhn_ok(value))
                or (t == "VIN" and not vin_ok(value))
                or (t == "MOBILE" and not mobile_ok(value))
                or (t == "LICENSE_PLATE" and not PLATE.match(value))
                or (t == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value, re.ASCII))
                or (t == "PERSON" and not 2 <= len(value) <= 12)
            )
            if bad:
                problems.append(f"{where}: {t} value fails its check: {value!r}")
            counts[t] += 1
    return problems, counts, records, empty


def main() -> int:
    failed = False
    for name, (prefix, allowed) in FILES.items():
        problems, counts, records, empty = check_file(name, prefix, allowed)
        for p in problems:
            print(p)
        failed = failed or bool(problems)
        per_type = ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
        print(f"{name}: {records} records, {empty} without spans; {per_type}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
