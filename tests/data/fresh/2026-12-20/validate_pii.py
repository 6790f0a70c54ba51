"""Validate the blind 2026-12-20 pii sets (standard library only).

Checks: JSON shape, unique ids with the file's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges (a MOBILE may start with "+", a LANDLINE may start with "(" of its area code),
types in the README table, PERSON-only in the names file, and the format / check digit of every
ID_CARD, MOBILE, LANDLINE, BANK_CARD, EMAIL, LICENSE_PLATE and VIN span.
Usage: python validate_pii.py [file.jsonl ...]  (default: both sets in this folder). Exit 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
FILES = {"pii_complaints.jsonl": ("pc1220", TYPES), "pii_names_prose.jsonl": ("np1220", {"PERSON"})}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_T = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"^[{PROVINCES}][A-Z][·.\s]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}}|[A-HJ-NP-Z0-9]{{4}}挂)$")
MOBILE = re.compile(r"^(?:\+86[\s-]?|86-)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$")
LANDLINE = re.compile(r"^(?:0\d{2,3}-|\(0\d{2,3}\))\d{7,8}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
EDGE_OK = {"MOBILE": "+", "LANDLINE": "("}


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s, ID_W, strict=False)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    r = sum(VIN_T[c] * w for c, w in zip(s, VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def bad_edge(ch: str, allowed: str) -> bool:
    if ch in allowed:
        return False
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "S", "Z"))


FORMAT = {
    "ID_CARD": id_ok,
    "BANK_CARD": luhn_ok,
    "VIN": vin_ok,
    "MOBILE": lambda s: bool(MOBILE.match(s)),
    "LANDLINE": lambda s: bool(LANDLINE.match(s)),
    "EMAIL": lambda s: bool(EMAIL.match(s)),
    "LICENSE_PLATE": lambda s: bool(PLATE.match(s)),
    "PERSON": lambda s: 2 <= len(s.replace("·", "")) <= 8 and "·" not in (s[0], s[-1]),
}


def check_file(path: Path, prefix: str, types: set[str]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys must be id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not (isinstance(rid, str) and re.fullmatch(rf"{prefix}-\d{{3}}", rid)):
            errors.append(f"{where}: bad id {rid!r}")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(text, str) or not text or not isinstance(spans, list):
            errors.append(f"{where}: text must be a non-empty string and spans a list")
            continue
        prev_end = -1
        for sp in spans:
            if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type: {sp}")
                continue
            st, en, ty = sp["start"], sp["end"], sp["type"]
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if ty not in types:
                errors.append(f"{where}: type {ty!r} not allowed in this file")
            if st < prev_end:
                errors.append(f"{where}: span {sp} overlaps or is out of order")
            prev_end = en
            s = text[st:en]
            allowed = EDGE_OK.get(ty, "")
            if bad_edge(s[0], allowed) or bad_edge(s[-1], ""):
                errors.append(f"{where}: whitespace/punctuation at the edge of {ty} {s!r}")
            fmt = FORMAT.get(ty)
            if fmt and not fmt(s):
                errors.append(f"{where}: {ty} {s!r} fails its format/check")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in FILES]
    errors: list[str] = []
    for p in paths:
        prefix, types = FILES.get(p.name, ("[a-z]+\\d+", TYPES))
        errors += check_file(p, prefix, types)
    for e in errors:
        print(e)
    print(f"{len(errors)} error(s) in {len(paths)} file(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
