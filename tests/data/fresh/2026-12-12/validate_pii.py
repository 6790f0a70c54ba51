"""Check the 2026-12-12 blind pii sets (standard library only).

Checks: JSON shape, unique ids with the expected prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types from the README table, check digits (ID_CARD, BANK_CARD, VIN), mobile and
plate shapes, PERSON-only for the prose set, and warns about unlabelled digit runs that pass an ID or Luhn check.
Usage: python validate_pii.py [file ...]   (defaults to both sets in this folder); exit status 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
SETS = {"pii_complaints.jsonl": ("pc1212-", TYPES), "pii_names_prose.jsonl": ("np1212-", {"PERSON"})}
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
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇陇"


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", s):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(s, VIN_WEIGHTS, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def check_value(typ: str, val: str) -> str | None:
    if typ == "ID_CARD" and not id_ok(val):
        return "ID_CARD fails the check character"
    if typ == "BANK_CARD":
        d = val.replace(" ", "")
        if not (d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d)):
            return "BANK_CARD fails Luhn or length"
    if typ == "VIN" and not vin_ok(val):
        return "VIN fails the check digit"
    if typ == "MOBILE":
        d = re.sub(r"^(\+86|86-)", "", val).replace(" ", "").replace("-", "")
        if not re.fullmatch(r"1[3-9]\d{9}", d):
            return "MOBILE shape"
    if typ == "LICENSE_PLATE":
        p = re.sub(r"[·.\s]", "", val)
        if not (p[0] in PROVINCES and re.fullmatch(r"[A-Z][A-HJ-NP-Z0-9]{5,6}", p[1:])):
            return "LICENSE_PLATE shape"
    if typ == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", val):
        return "EMAIL shape"
    if typ == "PERSON" and ("\n" in val or len(val) > 20):
        return "PERSON too long or multi-line"
    return None


def validate(path: Path) -> tuple[int, int]:
    prefix, allowed = SETS.get(path.name, ("(?:pc1212|np1212)-", TYPES))
    errors = warnings = 0
    seen: set[str] = set()

    def err(rid: str, msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"ERROR {path.name} {rid}: {msg}")

    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            err(f"line {n}", f"bad JSON: {exc}")
            continue
        rid = rec.get("id", f"line {n}")
        if (
            set(rec) != {"id", "text", "spans"}
            or not isinstance(rec["text"], str)
            or not isinstance(rec["spans"], list)
        ):
            err(rid, "shape: need exactly id, text, spans")
            continue
        if not isinstance(rid, str) or not re.fullmatch(prefix + r"\d{3}", rid):
            err(rid, f"id must look like {prefix}NNN")
        if rid in seen:
            err(rid, "duplicate id")
        seen.add(rid)
        text = rec["text"]
        prev_end = -1
        prev_start = -1
        covered: list[tuple[int, int]] = []
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"} or not all(isinstance(sp[k], int) for k in ("start", "end")):
                err(rid, f"span shape {sp}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in allowed:
                err(rid, f"type {t} not allowed here")
            if not 0 <= s < e <= len(text):
                err(rid, f"span out of bounds {sp}")
                continue
            if s < prev_start:
                err(rid, "spans not sorted by start")
            if s < prev_end:
                err(rid, f"overlapping spans at {s}")
            prev_start, prev_end = s, e
            val = text[s:e]
            # (010)12345678 is the README's own LANDLINE form, so an opening parenthesis may start a landline
            first_ok = t == "LANDLINE" and val[0] == "("
            if (edge_bad(val[0]) and not first_ok) or edge_bad(val[-1]):
                err(rid, f"whitespace/punctuation at span edge: {val!r}")
            msg = check_value(t, val)
            if msg:
                err(rid, f"{msg}: {val!r}")
            covered.append((s, e))
        for m in re.finditer(r"(?<![\dA-Za-z])\d[\d ]{14,22}[\dX](?![\dA-Za-z])", text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            d = m.group().replace(" ", "")
            if (len(d) == 18 and id_ok(d)) or (d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d)):
                warnings += 1
                print(f"WARN  {path.name} {rid}: unlabelled number passes a check: {m.group()!r}")
    return errors, warnings


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [HERE / name for name in SETS]
    total = 0
    for f in files:
        e, w = validate(f)
        print(f"{f.name}: {e} errors, {w} warnings")
        total += e
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
