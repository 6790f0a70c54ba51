"""Validate the pii sets of this folder (standard library only).

Checks: JSON shape, unique ids with the expected prefix, span bounds and order, no overlaps, no whitespace
or punctuation at span edges, types from the README table, check digits (ID_CARD MOD 11-2, BANK_CARD Luhn,
VIN position 9), basic shapes of MOBILE / LANDLINE / EMAIL / LICENSE_PLATE, PERSON-only for the prose file.

    python3 validate_pii.py            # both files, exit 1 on any problem
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
FILES = {
    "pii_complaints.jsonl": ("pc0105-", TYPES),
    "pii_names_prose.jsonl": ("np0105-", {"PERSON"}),
}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "Z", "S"))


def id_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return s[17] == "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(s: str) -> bool:
    s = re.sub(r"[\s-]", "", s)
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    total = 0
    for i, c in enumerate(reversed(s)):
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


def shape_problem(typ: str, value: str) -> str | None:
    if typ == "ID_CARD" and not id_ok(value):
        return "ID_CARD check character"
    if typ == "BANK_CARD" and not luhn_ok(value):
        return "BANK_CARD Luhn"
    if typ == "VIN" and not vin_ok(value):
        return "VIN check digit"
    if typ == "MOBILE" and not re.fullmatch(r"1[3-9]\d{9}", re.sub(r"^(\+86|86-?)|[\s-]", "", value)):
        return "MOBILE shape"
    if typ == "LANDLINE" and not re.fullmatch(r"\(?0\d{2,3}\)?-?\d{7,8}", value.replace(" ", "")):
        return "LANDLINE shape"
    if typ == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value):
        return "EMAIL shape"
    if typ == "LICENSE_PLATE":
        plate = re.sub(r"[·.\s]", "", value)
        if not (plate[0] in PROVINCES and re.fullmatch(r"[A-Z][A-HJ-NP-Z0-9]{5,6}", plate[1:])):
            return "LICENSE_PLATE shape"
    if typ == "PERSON" and not (2 <= len(value) <= 4 or "·" in value):
        return "PERSON length"
    return None


def check_file(name: str, prefix: str, types: set[str]) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    path = HERE / name
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: bad JSON ({exc})")
            continue
        if (
            set(rec) != {"id", "text", "spans"}
            or not isinstance(rec["text"], str)
            or not isinstance(rec["spans"], list)
        ):
            problems.append(f"{where}: keys must be id, text, spans")
            continue
        rid = rec["id"]
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            problems.append(f"{where}: id {rid!r} does not match {prefix}NNN")
        if rid in seen:
            problems.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        text = rec["text"]
        prev_end = -1
        prev_start = -1
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                problems.append(f"{where} {rid}: span keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in types:
                problems.append(f"{where} {rid}: type {t} not allowed here")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where} {rid}: bad bounds {s}-{e}")
                continue
            if s < prev_start:
                problems.append(f"{where} {rid}: spans out of order at {s}")
            if s < prev_end:
                problems.append(f"{where} {rid}: overlapping spans at {s}")
            prev_start, prev_end = s, e
            value = text[s:e]
            allowed_first = value[0] in "+(" and t in {"MOBILE", "LANDLINE"}
            if (bad_edge(value[0]) and not allowed_first) or bad_edge(value[-1]):
                problems.append(f"{where} {rid}: whitespace/punctuation at edge of {value!r}")
            msg = shape_problem(t, value)
            if msg:
                problems.append(f"{where} {rid}: {msg}: {value!r}")
    return problems


def main() -> int:
    problems: list[str] = []
    for name, (prefix, types) in FILES.items():
        if (HERE / name).exists():
            problems += check_file(name, prefix, types)
        else:
            problems.append(f"{name}: missing")
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
