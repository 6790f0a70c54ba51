"""Validate the blind 2026-12-13 pii sets (standard library only).

Usage: python validate_pii.py [FILE ...]   (defaults to pii_complaints.jsonl and pii_names_prose.jsonl)

Checks: JSON shape, unique ids with the file's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types from the README table (PERSON only in the prose file), check digits of
ID_CARD / BANK_CARD / VIN, the shape of MOBILE / LANDLINE / EMAIL / LICENSE_PLATE, and no unlabelled number
outside spans that passes the ID-card check or looks like a bare mobile (a likely missed label).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
FILES = {
    "pii_complaints.jsonl": ("pc1213-", TYPES),
    "pii_names_prose.jsonl": ("np1213-", {"PERSON"}),
}
EDGE = set(" \t\r\n\u3000，。、；：？！“”‘’（）《》【】,.;:?!\"'()[]<>-—·…/")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_T = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
ID_ID = re.compile(r"\d{17}[\dXx]")
PLATE = re.compile(r"[\u4e00-\u9fff][A-Z][·.\s]?[A-Z0-9]{5,6}")
MOBILE = re.compile(r"(\+86\s?|86-)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}")
LANDLINE = re.compile(r"(\(0\d{2,3}\)|0\d{2,3}-)\d{7,8}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
NAME = re.compile(r"[\u4e00-\u9fff·]{2,9}")


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not ID_ID.fullmatch(s):
        return False
    return ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W, strict=True)) % 11] == s[17].upper()


def luhn_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not s.isdigit() or not 16 <= len(s) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if len(s) != 17 or any(c not in VIN_T for c in s):
        return False
    r = sum(VIN_T[c] * w for c, w in zip(s, VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def check_value(typ: str, val: str) -> str | None:
    ok = {
        "ID_CARD": lambda v: id_ok(v),
        "BANK_CARD": lambda v: luhn_ok(v),
        "VIN": lambda v: vin_ok(v),
        "MOBILE": lambda v: MOBILE.fullmatch(v) is not None,
        "LANDLINE": lambda v: LANDLINE.fullmatch(v) is not None,
        "EMAIL": lambda v: EMAIL.fullmatch(v) is not None,
        "LICENSE_PLATE": lambda v: PLATE.fullmatch(v) is not None,
        "PERSON": lambda v: NAME.fullmatch(v) is not None,
    }.get(typ)
    if ok is not None and not ok(val):
        return f"{typ} value fails its check: {val!r}"
    return None


def validate(path: Path) -> list[str]:
    prefix, types = FILES.get(path.name, ("", TYPES))
    errors: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys must be exactly id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            errors.append(f"{where}: id {rid!r} does not match {prefix}NNN")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(text, str) or not text or text != text.strip():
            errors.append(f"{where}: text empty or padded")
            continue
        if not isinstance(spans, list):
            errors.append(f"{where}: spans must be a list")
            continue
        prev_end = -1
        covered = [False] * len(text)
        for sp in spans:
            if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if t not in types:
                errors.append(f"{where}: type {t!r} not allowed in this file")
            if s < prev_end:
                errors.append(f"{where}: spans out of order or overlapping at {s}")
            prev_end = max(prev_end, e)
            val = text[s:e]
            lead_ok = t == "LANDLINE" and val[0] == "("  # (010)12345678 is the README's own form
            if (val[0] in EDGE and not lead_ok) or val[-1] in EDGE:
                errors.append(f"{where}: whitespace/punctuation at the edge of {val!r}")
            msg = check_value(t, val)
            if msg:
                errors.append(f"{where}: {msg}")
            for i in range(s, e):
                covered[i] = True
        outside = "".join(c if not covered[i] else "\0" for i, c in enumerate(text))
        if len(types) > 1:
            ids = re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", outside)
            errors.extend(f"{where}: unlabelled valid ID number {m.group()}" for m in ids if id_ok(m.group()))
            mobiles = re.finditer(r"(?<![\d-])1[3-9]\d{9}(?!\d)", outside)
            errors.extend(f"{where}: unlabelled mobile-like number {m.group()}" for m in mobiles)
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in FILES]
    errors: list[str] = []
    for p in paths:
        errors += validate(p)
    for e in errors:
        print(e)
    print(f"{len(errors)} problem(s) in {len(paths)} file(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
