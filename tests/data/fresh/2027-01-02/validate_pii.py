"""Check the 2027-01-02 pii sets (standard library only).

Checks: JSON shape, unique ids with the set's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types in the README table, and per-type format checks (ID check character, Luhn,
VIN check digit, mobile, landline, e-mail, plate). The prose set must hold PERSON spans only.
Run: ``python validate_pii.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
SETS = {"pii_complaints.jsonl": ("pc0102-", TYPES), "pii_names_prose.jsonl": ("np0102-", {"PERSON"})}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_RE = re.compile(rf"[{PLATE_PROVINCES}][A-HJ-NP-Z][·• ]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}})")
MOBILE_RE = re.compile(r"(?:\+86 ?|86-)?1[3-9]\d(?:\d{8}|-\d{4}-\d{4}| \d{4} \d{4})")
LANDLINE_RE = re.compile(r"(?:0\d{2,3}-|\(0\d{2,3}\) ?|0\d{2,3} )\d{7,8}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}")


def id_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[17]


def luhn_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, c in enumerate(reversed(v)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if r == 10 else str(r))


def edge_bad(ch: str) -> bool:
    return ch.isspace() or (unicodedata.category(ch).startswith("P") and ch not in "()")


def check_span(text: str, span: dict, typ: str) -> str | None:
    value = text[span["start"] : span["end"]]
    if not value:
        return "empty span"
    if edge_bad(value[0]) or edge_bad(value[-1]):
        return f"whitespace/punctuation at the edge of {value!r}"
    if value[0] == ")" or value[-1] == "(":
        return f"bracket at the edge of {value!r}"
    checks = {
        "ID_CARD": lambda v: id_ok(v),
        "BANK_CARD": lambda v: luhn_ok(v),
        "VIN": lambda v: vin_ok(v),
        "MOBILE": lambda v: MOBILE_RE.fullmatch(v) is not None,
        "LANDLINE": lambda v: LANDLINE_RE.fullmatch(v) is not None,
        "EMAIL": lambda v: EMAIL_RE.fullmatch(v) is not None,
        "LICENSE_PLATE": lambda v: PLATE_RE.fullmatch(v) is not None,
        "PERSON": lambda v: NAME_RE.fullmatch(v) is not None,
        "ADDRESS": lambda v: HAN_RE.search(v) is not None and len(v) >= 3,
    }
    if not checks[typ](value):
        return f"{typ} value fails its format check: {value!r}"
    return None


def validate(name: str, prefix: str, allowed: set[str]) -> tuple[list[str], Counter, int, int]:
    errors: list[str] = []
    counts: Counter = Counter()
    seen: set[str] = set()
    records = empty = 0
    path = HERE / name
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        records += 1
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys must be exactly id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not (isinstance(rid, str) and re.fullmatch(re.escape(prefix) + r"\d{3}", rid)):
            errors.append(f"{where}: bad id {rid!r}")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if not isinstance(spans, list):
            errors.append(f"{where}: spans must be a list")
            continue
        empty += not spans
        prev_end = -1
        prev_start = -1
        for span in spans:
            if not isinstance(span, dict) or set(span) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type")
                continue
            s, e, typ = span["start"], span["end"], span["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: span out of bounds {span}")
                continue
            if typ not in allowed:
                errors.append(f"{where}: type {typ!r} not allowed in this set")
                continue
            if s < prev_start:
                errors.append(f"{where}: spans not sorted by start")
            if s < prev_end:
                errors.append(f"{where}: overlapping spans at {s}")
            prev_start, prev_end = s, max(prev_end, e)
            problem = check_span(text, span, typ)
            if problem:
                errors.append(f"{where}: {problem}")
            counts[typ] += 1
        if "ID_CARD" in allowed:
            errors.extend(f"{where}: {p}" for p in unlabelled_numbers(text, spans))
    return errors, counts, records, empty


def unlabelled_numbers(text: str, spans: list) -> list[str]:
    """Digit runs outside any span that would pass an ID or Luhn check (a missed label or a bad negative)."""
    covered = {i for sp in spans for i in range(sp["start"], sp["end"])}
    problems = []
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9]{16,19}X?(?![0-9A-Za-z])|[0-9]{17}[0-9X]", text):
        if m.start() in covered:
            continue
        value = m.group()
        if len(value) == 18 and id_ok(value):
            problems.append(f"unlabelled number passes the ID check: {value}")
        elif value.isdigit() and luhn_ok(value):
            problems.append(f"unlabelled number passes Luhn: {value}")
    return problems


def main() -> int:
    failed = False
    for name, (prefix, allowed) in SETS.items():
        errors, counts, records, empty = validate(name, prefix, allowed)
        print(
            f"{name}: {records} records, {empty} without spans, "
            + ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
        )
        for err in errors:
            print("  " + err)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
