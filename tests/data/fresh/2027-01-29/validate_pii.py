"""Validate the blind pii evaluation round of 2027-01-29 (standard library only).

Checks shape, unique ids, span bounds / order / overlap, clean span edges, types, check digits of the
structured types, PERSON-only in the prose file, and that no unlabelled text outside the spans still holds
a valid resident id, a Luhn-valid card number, a bare mobile or landline number, an e-mail address or a valid
VIN (a forgotten label).
Prints counts per file and per type; exits 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {  # name: (id prefix, PERSON only, shortest text)
    "pii_complaints.jsonl": ("pc0129-", False, 30),
    "pii_names_prose.jsonl": ("np0129-", True, 10),
}
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

HAN = r"\u4e00-\u9fff"
PERSON_RE = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{2,6}}·[{HAN}]{{2,6}}")
MOBILE_RE = re.compile(r"(?:\+86[ -]?|86-)?1[3-9]\d(?:[ -]?\d{4}){2}")
LANDLINE_RE = re.compile(r"(?:0\d{2,3}[- ]?|[(（]0\d{2,3}[)）] ?)\d{3,4}[- ]?\d{4}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PLATE_RE = re.compile(rf"[{HAN}][A-Z][·・. ]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}}|[A-HJ-NP-Z0-9]{{5}}[DF])")
ALLOWED_EDGE = {("LANDLINE", "start"): "(（", ("MOBILE", "start"): "+"}


def id_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def card_ok(value: str) -> bool:
    v = re.sub(r"[ -]", "", value)
    return bool(re.fullmatch(r"\d{16,19}", v)) and luhn_ok(v)


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if r == 10 else str(r))


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZ"


SHAPE = {
    "PERSON": lambda v: bool(PERSON_RE.fullmatch(v)),
    "ID_CARD": id_ok,
    "MOBILE": lambda v: bool(MOBILE_RE.fullmatch(v)),
    "LANDLINE": lambda v: bool(LANDLINE_RE.fullmatch(v)),
    "BANK_CARD": card_ok,
    "EMAIL": lambda v: bool(EMAIL_RE.fullmatch(v)),
    "ADDRESS": lambda v: len(v) >= 5,
    "LICENSE_PLATE": lambda v: bool(PLATE_RE.fullmatch(v)),
    "VIN": vin_ok,
}


def leftovers(text: str, spans: list[dict]) -> list[str]:
    """Valid-looking identifiers in the unlabelled parts of a text."""
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "□"
    rest = "".join(masked)
    found = [
        f"valid resident id {m.group()}"
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])", rest)
        if id_ok(m.group())
    ]
    found += [
        f"Luhn-valid number {m.group()}" for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", rest) if luhn_ok(m.group())
    ]
    found += [f"mobile-like number {m.group()}" for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", rest)]
    found += [f"landline-like number {m.group()}" for m in re.finditer(r"(?<![\d-])0\d{2,3}[- ]\d{7,8}(?!\d)", rest)]
    found += [f"e-mail {m.group()}" for m in EMAIL_RE.finditer(rest)]
    found += [
        f"valid VIN {m.group()}"
        for m in re.finditer(r"(?<![0-9A-Z])[A-HJ-NPR-Z0-9]{17}(?![0-9A-Z])", rest)
        if vin_ok(m.group()) and not m.group().isdigit()
    ]
    return found


def validate(name: str, prefix: str, person_only: bool, shortest: int, errors: list[str]) -> tuple[int, int, Counter]:
    path = HERE / name
    seen: set[str] = set()
    per_type: Counter = Counter()
    empty = 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        where = f"{name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad json ({exc})")
            continue
        if list(rec) != ["id", "text", "spans"]:
            errors.append(f"{where}: keys {list(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid != f"{prefix}{n:03d}":
            errors.append(f"{where}: id {rid} out of sequence")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not shortest <= len(text) <= 250:
            errors.append(f"{where}: text length {len(text)} outside {shortest}-250")
        if text != text.strip():
            errors.append(f"{where}: text has outer whitespace")
        if not spans:
            empty += 1
        last_end = 0
        for s in spans:
            if list(s) != ["start", "end", "type"]:
                errors.append(f"{where}: span keys {list(s)}")
                continue
            start, end, kind = s["start"], s["end"], s["type"]
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                errors.append(f"{where}: bad bounds {s}")
                continue
            if start < last_end:
                errors.append(f"{where}: spans out of order or overlapping at {start}")
            last_end = end
            if kind not in TYPES:
                errors.append(f"{where}: unknown type {kind}")
                continue
            if person_only and kind != "PERSON":
                errors.append(f"{where}: {kind} in a PERSON-only file")
            value = text[start:end]
            if bad_edge(value[0]) and value[0] not in ALLOWED_EDGE.get((kind, "start"), ""):
                errors.append(f"{where}: span {value!r} starts with {value[0]!r}")
            if bad_edge(value[-1]):
                errors.append(f"{where}: span {value!r} ends with {value[-1]!r}")
            if not SHAPE[kind](value):
                errors.append(f"{where}: {kind} {value!r} fails its shape/check")
            per_type[kind] += 1
        errors.extend(f"{where}: unlabelled {item}" for item in leftovers(text, spans))
    return len(lines), empty, per_type


def main() -> int:
    errors: list[str] = []
    totals: Counter = Counter()
    for name, (prefix, person_only, shortest) in FILES.items():
        if not (HERE / name).exists():
            errors.append(f"{name}: missing")
            continue
        n, empty, per_type = validate(name, prefix, person_only, shortest, errors)
        totals.update(per_type)
        detail = ", ".join(f"{k} {v}" for k, v in sorted(per_type.items()))
        print(f"{name}: {n} records, {empty} without spans ({empty / max(n, 1):.0%}); {detail}")
    missing = TYPES - set(totals)
    if missing:
        errors.append(f"types never used: {sorted(missing)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
