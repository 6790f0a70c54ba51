"""Validate the 2026-12-21 pii sets (standard library only).

Checks: JSON shape, unique ids with the set's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types from the README table (PERSON only in the prose set), check digits of
ID_CARD / BANK_CARD / VIN, mobile and plate shape; warns about unlabelled digit runs that pass a check.

Usage: python validate_pii.py [file ...]   (default: both sets beside this file); exit 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
SETS = {"pii_complaints.jsonl": ("pc1221-", TYPES), "pii_names_prose.jsonl": ("np1221-", {"PERSON"})}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_VALUES = {str(i): i for i in range(10)}
for _letters, _start in (("ABCDEFGH", 1), ("JKLMN", 1), ("PR", 7), ("STUVWXYZ", 2)):
    for _k, _ch in enumerate(_letters):
        VIN_VALUES[_ch] = _start + _k


def id_ok(value: str) -> bool:
    v = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[-1]


def luhn_ok(value: str) -> bool:
    v = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, ch in enumerate(reversed(v)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if r == 10 else str(r))


def mobile_ok(value: str) -> bool:
    return re.fullmatch(r"(?:\+86|86-)?1[3-9]\d(?:[\s-]?\d{4}){2}", value) is not None


PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def plate_ok(value: str) -> bool:
    return re.fullmatch(rf"[{PROVINCES}][A-Z][·.\s]?[0-9A-Z]{{4,6}}[挂学警]?", value) is not None


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def validate(path: Path) -> tuple[list[str], list[str]]:
    prefix, allowed = SETS.get(path.name, ("", TYPES))
    errors: list[str] = []
    warnings: list[str] = []
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
        if not isinstance(rid, str) or not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            errors.append(f"{where}: id {rid!r} does not match {prefix}NNN")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if not isinstance(spans, list):
            errors.append(f"{where}: spans must be a list")
            continue
        prev_end = -1
        covered = [False] * len(text)
        for sp in spans:
            if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type: {sp}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if t not in allowed:
                errors.append(f"{where}: type {t} not allowed here")
            if s < prev_end:
                errors.append(f"{where}: spans overlap or are out of order at {s}")
            prev_end = e
            value = text[s:e]
            if edge_bad(value[0]) or edge_bad(value[-1]):
                errors.append(f"{where}: whitespace/punctuation at the edge of {t} {value!r}")
            for i in range(s, e):
                covered[i] = True
            checks = {
                "ID_CARD": id_ok,
                "BANK_CARD": luhn_ok,
                "VIN": vin_ok,
                "MOBILE": mobile_ok,
                "LICENSE_PLATE": plate_ok,
            }
            if t in checks and not checks[t](value):
                errors.append(f"{where}: {t} {value!r} fails its check")
            if t == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value):
                errors.append(f"{where}: EMAIL {value!r} malformed")
            if t == "PERSON" and not (2 <= len(value.replace("·", "")) <= 16):
                errors.append(f"{where}: PERSON {value!r} has an odd length")
        for m in re.finditer(r"(?<![0-9A-Za-z])\d[\d ]{14,22}[\dXx](?![0-9A-Za-z])", text):
            if any(covered[m.start() : m.end()]):
                continue
            if id_ok(m.group()) or luhn_ok(m.group()):
                warnings.append(f"{where}: unlabelled number {m.group()!r} passes an ID/Luhn check")
    return errors, warnings


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in SETS]
    failed = False
    for path in paths:
        errors, warnings = validate(path)
        for msg in errors:
            print("ERROR", msg)
        for msg in warnings:
            print("WARN ", msg)
        n = len(path.read_text(encoding="utf-8").splitlines())
        print(f"{path.name}: {n} records, {len(errors)} errors, {len(warnings)} warnings")
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
