"""Check the 2027-01-12 pii sets (standard library only).

Usage: python validate_pii.py [FILE.jsonl ...]   (default: every pii_*.jsonl beside this script)

Errors (exit status 1): bad shape, duplicate or malformed ids, spans out of bounds, unsorted or
overlapping spans, whitespace/punctuation at a span edge, a type outside the README table, a type other
than PERSON in a names file, a labelled number that fails its check (ID_CARD MOD 11-2 and birth date,
BANK_CARD Luhn, VIN check digit, MOBILE / LANDLINE / LICENSE_PLATE / EMAIL shape).
Warnings: an unlabelled digit run that looks like personal data (passes the ID check, 16-19 digits
passing Luhn, an 11-digit mobile), a PERSON longer than 4 characters without the middle dot.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_RE = {"pii_complaints": re.compile(r"^pc0112-\d{3}$"), "pii_names_prose": re.compile(r"^np0112-\d{3}$")}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_RE = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z][·.\s]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9][0-9]{{4}})$")
MOBILE_RE = re.compile(r"^(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}$")
LANDLINE_RE = re.compile(r"^(?:0\d{2,3}-\d{7,8}|\(0\d{2,3}\)\d{7,8}|（0\d{2,3}）\d{7,8}|0\d{2,3} \d{7,8})$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
HAN_RE = re.compile(r"^[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)*$")


def id_card_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def bank_card_ok(value: str) -> bool:
    s = re.sub(r"[\s-]", "", value)
    return bool(re.fullmatch(r"\d{16,19}", s)) and luhn_ok(s)


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if r == 10 else str(r))


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def check_span(typ: str, value: str) -> str | None:
    checks = {
        "ID_CARD": id_card_ok,
        "BANK_CARD": bank_card_ok,
        "VIN": vin_ok,
        "MOBILE": lambda v: bool(MOBILE_RE.fullmatch(v)),
        "LANDLINE": lambda v: bool(LANDLINE_RE.fullmatch(v)),
        "LICENSE_PLATE": lambda v: bool(PLATE_RE.fullmatch(v)),
        "EMAIL": lambda v: bool(EMAIL_RE.fullmatch(v)),
        "PERSON": lambda v: bool(HAN_RE.fullmatch(v)) and len(v) >= 2,
    }
    fn = checks.get(typ)
    if fn is not None and not fn(value):
        return f"{typ} {value!r} fails its check"
    return None


def suspicious_unlabelled(text: str, covered: list[bool]) -> list[str]:
    out = []
    for m in re.finditer(r"(?<![\dA-Za-z])\d[\d ]{10,22}[\dX](?![\dA-Za-z])|(?<![\dA-Za-z])\d{11}(?!\d)", text):
        if any(covered[m.start():m.end()]):
            continue
        s = m.group().replace(" ", "")
        if len(s) == 18 and id_card_ok(s):
            out.append(f"unlabelled number passes the ID check: {s}")
        elif s.isdigit() and 16 <= len(s) <= 19 and luhn_ok(s):
            out.append(f"unlabelled number passes Luhn: {s}")
        elif re.fullmatch(r"1[3-9]\d{9}", s):
            out.append(f"unlabelled mobile-like number: {s}")
    return out


def validate(path: Path) -> tuple[int, int]:
    errors = warnings = 0
    stem = path.stem
    id_re = ID_RE.get(stem)
    person_only = "names" in stem
    seen: set[str] = set()
    counts: dict[str, int] = {}
    empty = records = 0

    def err(where: str, msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"ERROR {path.name} {where}: {msg}")

    def warn(where: str, msg: str) -> None:
        nonlocal warnings
        warnings += 1
        print(f"warn  {path.name} {where}: {msg}")

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            err(where, f"not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            err(where, "record must have exactly id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not isinstance(text, str) or not isinstance(spans, list) or not text:
            err(where, "bad field types")
            continue
        where = f"{rid}"
        records += 1
        if rid in seen:
            err(where, "duplicate id")
        seen.add(rid)
        if id_re and not id_re.match(rid):
            err(where, f"id does not match {id_re.pattern}")
        if not spans:
            empty += 1
        covered = [False] * len(text)
        prev_end = -1
        prev_start = -1
        for sp in spans:
            if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
                err(where, f"bad span {sp!r}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(where, f"span out of bounds {sp!r}")
                continue
            if t not in TYPES:
                err(where, f"type {t!r} not in the README table")
            if person_only and t != "PERSON":
                err(where, f"{t} in a PERSON-only file")
            if s < prev_start:
                err(where, f"spans not sorted at {s}")
            if s < prev_end:
                err(where, f"overlapping spans at {s}")
            prev_start, prev_end = s, max(prev_end, e)
            value = text[s:e]
            # the README's own landline example "(010)12345678" opens with a bracket: allowed for LANDLINE only
            first_ok = t == "LANDLINE" and value[0] in "(（"
            if (edge_bad(value[0]) and not first_ok) or edge_bad(value[-1]):
                err(where, f"whitespace/punctuation at the edge of {t} {value!r}")
            if "\n" in value:
                err(where, f"line break inside {t} {value!r}")
            problem = check_span(t, value)
            if problem:
                err(where, problem)
            if t == "PERSON" and "·" not in value and len(value) > 4:
                warn(where, f"PERSON longer than 4 characters without a dot: {value!r}")
            for i in range(s, e):
                covered[i] = True
            counts[t] = counts.get(t, 0) + 1
        for msg in suspicious_unlabelled(text, covered):
            warn(where, msg)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    print(f"{path.name}: {records} records, {empty} without spans; {summary}; {errors} errors, {warnings} warnings")
    return errors, warnings


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in argv] or sorted(here.glob("pii_*.jsonl"))
    total = 0
    for p in paths:
        e, _ = validate(p)
        total += e
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
