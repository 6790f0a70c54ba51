"""Validate the 2026-12-16 pii sets (standard library only).

Checks: JSON shape, unique ids with the set's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types in the README table (PERSON only in the names-prose set), check digits
(ID_CARD: ISO 7064 MOD 11-2; BANK_CARD: Luhn, 16-19 digits; VIN: position-9 check digit, no I/O/Q), the shape
of MOBILE, LANDLINE, LICENSE_PLATE, EMAIL and PERSON spans.

Usage: python validate_pii.py [file ...]   (defaults to the two sets beside this script); exit status 1 on errors.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
SETS = {"pii_complaints.jsonl": ("pc1216-", TYPES), "pii_names_prose.jsonl": ("np1216-", {"PERSON"})}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def id_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[17]


def luhn_ok(value: str) -> bool:
    v = value.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, c in enumerate(reversed(v)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def vin_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    r = sum(VIN_VALUE[c] * w for c, w in zip(v, VIN_WEIGHTS, strict=True)) % 11
    return ("X" if r == 10 else str(r)) == v[8]


SHAPES = {
    "MOBILE": re.compile(r"(?:\+86 ?|86-)?1[3-9]\d(?:\d{8}|-\d{4}-\d{4}| \d{4} \d{4})"),
    "LANDLINE": re.compile(r"(?:0\d{2,3}-|\(0\d{2,3}\) ?)\d{7,8}"),
    "LICENSE_PLATE": re.compile(rf"[{PROVINCES}][A-Z][·. ]?(?:[DF][A-HJ-NP-Z0-9]{{5}}|[A-HJ-NP-Z0-9]{{5}})"),
    "EMAIL": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    # 2-4 characters; minority names written without the dot may run to 5; with the dot, any length
    "PERSON": re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}"),
}


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def validate(path: Path) -> list[str]:
    prefix, allowed = SETS.get(path.name, ("", TYPES))
    errors: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if (
            set(rec) != {"id", "text", "spans"}
            or not isinstance(rec["text"], str)
            or not isinstance(rec["spans"], list)
        ):
            errors.append(f"{where}: wrong shape")
            continue
        rid, text = rec["id"], rec["text"]
        if not isinstance(rid, str) or not rid.startswith(prefix):
            errors.append(f"{where}: id {rid!r} lacks prefix {prefix!r}")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        prev_end = -1
        prev_start = -1
        for s in rec["spans"]:
            if set(s) != {"start", "end", "type"}:
                errors.append(f"{rid}: span keys {sorted(s)}")
                continue
            a, b, t = s["start"], s["end"], s["type"]
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                errors.append(f"{rid}: span out of bounds {s}")
                continue
            if t not in allowed:
                errors.append(f"{rid}: type {t} not allowed here")
            if a < prev_start:
                errors.append(f"{rid}: spans not in order at {a}")
            if a < prev_end:
                errors.append(f"{rid}: overlapping spans at {a}")
            prev_start, prev_end = a, b
            value = text[a:b]
            first_ok = t == "LANDLINE" and value[0] == "("  # (010)12345678 is the README's own example
            if (edge_bad(value[0]) and not first_ok) or edge_bad(value[-1]):
                errors.append(f"{rid}: whitespace/punctuation at edge of {value!r}")
            if t == "ID_CARD" and not id_ok(value):
                errors.append(f"{rid}: ID_CARD fails check: {value}")
            elif t == "BANK_CARD" and not luhn_ok(value):
                errors.append(f"{rid}: BANK_CARD fails Luhn: {value}")
            elif t == "VIN" and not vin_ok(value):
                errors.append(f"{rid}: VIN fails check: {value}")
            elif t in SHAPES and not SHAPES[t].fullmatch(value):
                errors.append(f"{rid}: {t} has unexpected shape: {value!r}")
        # unlabelled long digit runs that would pass a check are a labelling slip
        covered = {i for s in rec["spans"] for i in range(s["start"], s["end"])}
        for m in re.finditer(r"(?<![\dA-Za-z])\d{16,19}(?![\dA-Za-z])", text):
            if m.start() in covered:
                continue
            if (len(m.group()) == 18 and id_ok(m.group())) or luhn_ok(m.group()):
                errors.append(f"{rid}: unlabelled number passes a check: {m.group()}")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [HERE / name for name in SETS]
    errors: list[str] = []
    for p in paths:
        errors += validate(p)
    for e in errors:
        print(e)
    print(f"{len(errors)} error(s) in {', '.join(p.name for p in paths)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
