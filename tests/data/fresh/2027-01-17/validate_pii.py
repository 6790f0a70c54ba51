"""Validate the 2027-01-17 blind pii sets (standard library only).

Checks: JSON shape, unique ids with the expected prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types from the datasets README table, check digits / formats of structured types,
PERSON-only for the prose file, and no unlabelled number in the text that would pass an ID or Luhn check.
Usage: python validate_pii.py [files...]   (default: both sets in this folder). Exit status 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
SETS = {"pii_complaints.jsonl": ("pc0117-", TYPES), "pii_names_prose.jsonl": ("np0117-", {"PERSON"})}

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


def id_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return ("X" if r == 10 else str(r)) == value[8]


def format_error(typ: str, value: str) -> str | None:
    if typ == "ID_CARD" and not id_ok(value):
        return "ID check character fails"
    if typ == "BANK_CARD":
        digits = value.replace(" ", "")
        if not (digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits)):
            return "bank card fails length or Luhn"
    if typ == "MOBILE":
        digits = re.sub(r"^(\+86|86-?)\s*", "", value).replace(" ", "").replace("-", "")
        if not re.fullmatch(r"1[3-9]\d{9}", digits):
            return "not an 11-digit mainland mobile"
    if typ == "LANDLINE" and not re.fullmatch(r"(0\d{2,3}-|\(0\d{2,3}\)\s?)\d{7,8}", value):
        return "landline not area code + 7-8 digits"
    if typ == "VIN" and not vin_ok(value):
        return "VIN check digit fails"
    if typ == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value):
        return "not an e-mail address"
    if typ == "LICENSE_PLATE" and not re.fullmatch(
        rf"[{PROVINCES}][A-Z][·.\s]?([A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}})", value
    ):
        return "plate format"
    if typ == "PERSON" and not (2 <= len(value.replace("·", "")) <= 12):
        return "person length"
    return None


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def validate(path: Path) -> list[str]:
    prefix, allowed = SETS[path.name]
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
            or not isinstance(rec["id"], str)
        ):
            errors.append(f"{where}: shape must be {{id: str, text: str, spans: list}}")
            continue
        rid, text = rec["id"], rec["text"]
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            errors.append(f"{where}: id {rid!r} does not match {prefix}NNN")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        prev_end = 0
        covered: list[tuple[int, int]] = []
        for span in rec["spans"]:
            if set(span) != {"start", "end", "type"} or not all(isinstance(span[k], int) for k in ("start", "end")):
                errors.append(f"{where}: span shape {span}")
                continue
            s, e, typ = span["start"], span["end"], span["type"]
            if typ not in allowed:
                errors.append(f"{where}: type {typ} not allowed in this set")
            if not (0 <= s < e <= len(text)):
                errors.append(f"{where}: span {s}-{e} out of bounds")
                continue
            if s < prev_end:
                errors.append(f"{where}: span {s}-{e} overlaps or is out of order")
            prev_end = e
            value = text[s:e]
            opening_ok = typ == "LANDLINE" and value[0] == "("  # (010)12345678 is the README's own form
            if (bad_edge(value[0]) and not opening_ok) or bad_edge(value[-1]):
                errors.append(f"{where}: span {value!r} has whitespace/punctuation at an edge")
            problem = format_error(typ, value)
            if problem:
                errors.append(f"{where}: {typ} {value!r}: {problem}")
            covered.append((s, e))
        for m in re.finditer(r"(?<![\dA-Za-z])\d[\d ]{14,22}[\dXx](?![\dA-Za-z])", text):
            if any(s <= m.start() and m.end() <= e for s, e in covered):
                continue
            digits = m.group().replace(" ", "")
            if len(digits) == 18 and id_ok(digits):
                errors.append(f"{where}: unlabelled number {m.group()!r} passes the ID check")
            if digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits):
                errors.append(f"{where}: unlabelled number {m.group()!r} passes Luhn")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in SETS]
    errors = [err for p in paths for err in validate(p)]
    for err in errors:
        print(err)
    print(f"{len(errors)} error(s) in {len(paths)} file(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
