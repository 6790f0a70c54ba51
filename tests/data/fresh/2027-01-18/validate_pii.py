"""Validate the 2027-01-18 pii sets (standard library only).

Usage: python validate_pii.py [file.jsonl ...]   (default: every pii_*.jsonl beside this script)

Checks: JSON shape, unique ids with the expected prefix, span bounds and order, no overlaps, no
whitespace or punctuation at span edges, types from the datasets README table, check digits of
ID_CARD / BANK_CARD / VIN spans, the shape of MOBILE / LANDLINE / EMAIL / LICENSE_PLATE / PERSON
spans (PERSON: 2-6 characters, since single-part Mongolian and Uyghur names run to 5-6; a landline may open
with the area code's bracket), and that no unlabelled digit run is a valid resident ID or a Luhn-valid 16-19 digit number
outside labelled spans (so hard negatives really fail their checks).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PREFIX = {"pii_complaints.jsonl": "pc0118-", "pii_names_prose.jsonl": "np0118-"}
PERSON_ONLY = {"pii_names_prose.jsonl"}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", [1, 2, 3, 4, 5, 7, 9], strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z][·.\s]?(?:[DF][A-HJ-NP-Z0-9]{{5}}|[A-HJ-NP-Z0-9]{{5}})$")
MOBILE = re.compile(r"^(?:\+86\s?|86-)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$")
LANDLINE = re.compile(r"^(?:0\d{2,3}-|\(0\d{2,3}\)\s?)\d{7,8}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
PERSON = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+)$")


def id_ok(value: str) -> bool:
    v = re.sub(r"\s", "", value)
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    total = sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == v[17]


def luhn_ok(value: str) -> bool:
    v = re.sub(r"\s", "", value)
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, ch in enumerate(reversed(v)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value):
        return False
    rest = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if rest == 10 else str(rest))


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def outside(a: int, b: int, covered: list[tuple[int, int]]) -> bool:
    return all(b <= x or a >= y for x, y in covered)


def check_span(text: str, typ: str) -> str | None:
    if typ == "ID_CARD" and not id_ok(text):
        return "ID check character fails"
    if typ == "BANK_CARD" and not (luhn_ok(text) and re.fullmatch(r"\d{4}(?: ?\d{4})*(?: ?\d{1,3})?", text)):
        return "bank card fails Luhn or grouping"
    if typ == "VIN" and not vin_ok(text):
        return "VIN check digit fails"
    if typ == "MOBILE" and not MOBILE.fullmatch(text):
        return "not a mobile number"
    if typ == "LANDLINE" and not LANDLINE.fullmatch(text):
        return "not a landline"
    if typ == "EMAIL" and not EMAIL.fullmatch(text):
        return "not an e-mail address"
    if typ == "LICENSE_PLATE" and not PLATE.fullmatch(text):
        return "not a plate"
    if typ == "PERSON" and not PERSON.fullmatch(text):
        return "not a 2-6 character or dotted name"
    if typ == "ADDRESS" and len(text) < 6:
        return "address too short"
    return None


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    prefix = PREFIX.get(path.name, "")
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys must be id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not isinstance(text, str) or not isinstance(spans, list):
            errors.append(f"{where}: wrong field types")
            continue
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            errors.append(f"{where}: id {rid} does not match {prefix}NNN")
        if not text.strip():
            errors.append(f"{where}: empty text")
        last_end = 0
        covered: list[tuple[int, int]] = []
        for s in spans:
            if not isinstance(s, dict) or set(s) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type")
                continue
            a, b, typ = s["start"], s["end"], s["type"]
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                errors.append(f"{where}: span out of bounds {s}")
                continue
            if a < last_end:
                errors.append(f"{where}: span out of order or overlapping {s}")
            last_end = max(last_end, b)
            covered.append((a, b))
            if typ not in TYPES:
                errors.append(f"{where}: unknown type {typ}")
                continue
            if path.name in PERSON_ONLY and typ != "PERSON":
                errors.append(f"{where}: {typ} in a PERSON-only file")
            piece = text[a:b]
            head = piece[1:] if typ == "LANDLINE" and piece.startswith("(") else piece
            if edge_bad(head[0]) or edge_bad(piece[-1]):
                errors.append(f"{where}: whitespace/punctuation at span edge {piece!r}")
            problem = check_span(piece, typ)
            if problem:
                errors.append(f"{where}: {typ} {piece!r}: {problem}")
        if path.name not in PERSON_ONLY:
            errors.extend(
                f"{where}: unlabelled valid resident ID {m.group()}"
                for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])", text)
                if outside(m.start(), m.end(), covered) and id_ok(m.group())
            )
            errors.extend(
                f"{where}: unlabelled Luhn-valid number {m.group()}"
                for m in re.finditer(r"(?<![\dA-Za-z])\d{16,19}(?![\dA-Za-z])", text)
                if outside(m.start(), m.end(), covered) and luhn_ok(m.group())
            )
    return errors


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(p) for p in argv] or sorted(here.glob("pii_*.jsonl"))
    errors: list[str] = []
    for path in paths:
        errors += validate(path)
    for e in errors:
        print(e)
    print(f"{len(paths)} file(s), {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
