"""Check the shape of the 2026-12-23 pii sets (standard library only).

Usage: python validate_pii.py [file.jsonl ...]   (default: every pii*.jsonl beside this script)
Exit status 1 when any problem is found; each problem is printed as ``file:line id: message``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂宁新藏港澳"


def is_edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P") or unicodedata.category(ch).startswith("S")


def id_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[17]


def luhn_ok(value: str) -> bool:
    v = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, c in enumerate(reversed(v)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if r == 10 else str(r))


def mobile_ok(value: str) -> bool:
    v = re.sub(r"^(\+86|86-|86)\s*", "", value)
    return re.fullmatch(r"1[3-9]\d{9}", re.sub(r"[ -]", "", v)) is not None


def landline_ok(value: str) -> bool:
    digits = re.sub(r"[()()\s-]", "", value)
    return re.fullmatch(r"0\d{2,3}\d{7,8}", digits) is not None


def plate_ok(value: str) -> bool:
    v = re.sub(r"[·.\s]", "", value)
    return v[:1] in PROVINCES and re.fullmatch(r"[A-Z][A-HJ-NP-Z0-9]{5,6}", v[1:]) is not None


def person_ok(value: str) -> bool:
    return 2 <= len(value.replace("·", "")) <= 12 and "\n" not in value


FORMAT_CHECKS = {
    "ID_CARD": id_ok,
    "BANK_CARD": luhn_ok,
    "VIN": vin_ok,
    "MOBILE": mobile_ok,
    "LANDLINE": landline_ok,
    "LICENSE_PLATE": plate_ok,
    "PERSON": person_ok,
    "EMAIL": lambda v: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v, re.A) is not None,
}


def check_file(path: Path, seen: set[str]) -> list[str]:
    problems: list[str] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        if set(rec) != {"id", "text", "spans"}:
            problems.append(f"{where}: keys {sorted(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        where = f"{where} {rid}"
        if not isinstance(rid, str) or not re.fullmatch(r"(pc|np)1223-\d{3}", rid):
            problems.append(f"{where}: bad id")
        if rid in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(rid)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty text")
            continue
        if not isinstance(spans, list):
            problems.append(f"{where}: spans is not a list")
            continue
        prev_end = -1
        prev_start = -1
        for span in spans:
            if set(span) != {"start", "end", "type"}:
                problems.append(f"{where}: span keys {sorted(span)}")
                continue
            start, end, typ = span["start"], span["end"], span["type"]
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                problems.append(f"{where}: span out of bounds {span}")
                continue
            if typ not in TYPES:
                problems.append(f"{where}: unknown type {typ}")
            if rid.startswith("np") and typ != "PERSON":
                problems.append(f"{where}: prose set holds PERSON only, found {typ}")
            if start < prev_start:
                problems.append(f"{where}: spans not in order at {start}")
            if start < prev_end:
                problems.append(f"{where}: overlapping spans at {start}")
            prev_start, prev_end = start, max(prev_end, end)
            value = text[start:end]
            # Allowed on purpose: a landline written "(010)12345678" starts with its bracket (the README's own
            # example), and a mobile written "+86 138..." starts with its plus sign.
            first_ok = (typ == "LANDLINE" and value[0] in "((" and re.search(r"[))]", value) is not None) or (
                typ == "MOBILE" and value.startswith("+86")
            )
            if (is_edge_bad(value[0]) and not first_ok) or is_edge_bad(value[-1]):
                problems.append(f"{where}: whitespace/punctuation at span edge {value!r}")
            check = FORMAT_CHECKS.get(typ)
            if check is not None and not check(value):
                problems.append(f"{where}: {typ} fails its format/check digit: {value!r}")
    return problems


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv] or sorted(here.glob("pii*.jsonl"))
    seen: set[str] = set()
    problems: list[str] = []
    for path in files:
        problems += check_file(path, seen)
    for p in problems:
        print(p)
    print(f"{len(files)} file(s), {len(seen)} record(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
