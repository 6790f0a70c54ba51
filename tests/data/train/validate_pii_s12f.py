"""Validate tests/data/train/pii_s12f.jsonl (standard library only).

Checks: record shape, unique ids (pt12f-NNNN), span bounds, order and overlaps, no whitespace or punctuation
at span edges, known types, check digits (ID_CARD, BANK_CARD, VIN), mobile/plate/e-mail shape, no duplicate
texts. Usage: python tests/data/train/validate_pii_s12f.py [path]; exits 1 on the first list of errors.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_RE = re.compile(r"^pt12f-\d{4}$")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
PLATE_RE = re.compile(r"^[\u4e00-\u9fff][A-Z][·.\s]?[A-Z0-9]{5,6}$")
MOBILE_RE = re.compile(r"^(?:\+86\s?|86-|86\s)?1[3-9]\d(?:[\s-]?\d{4}){2}$")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.ASCII)


def id_card_ok(value: str) -> bool:
    digits = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", digits):
        return False
    total = sum(int(c) * w for c, w in zip(digits[:17], ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == digits[17]


LUHN_DOUBLED = "0246813579"  # digit -> digit sum of twice the digit


def luhn_ok(value: str) -> bool:
    digits = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"\d{16,19}", digits):
        return False
    odd = sum(int(c) for c in digits[-1::-2])
    even = sum(int(LUHN_DOUBLED[int(c)]) for c in digits[-2::-2])
    return (odd + even) % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value):
        return False
    weighted = [VIN_VALUES[c] * VIN_WEIGHTS[i] for i, c in enumerate(value)]
    return value[8] == "0123456789X"[sum(weighted) % 11]


def person_ok(value: str) -> bool:
    return 2 <= len(value) <= 16 and re.fullmatch(r"[\u4e00-\u9fff·]+", value) is not None


VALUE_CHECKS: dict[str, tuple[Callable[[str], object], str]] = {
    "ID_CARD": (id_card_ok, "ID_CARD check fails"),
    "BANK_CARD": (luhn_ok, "BANK_CARD Luhn fails"),
    "VIN": (vin_ok, "VIN check fails"),
    "MOBILE": (MOBILE_RE.match, "not a mobile"),
    "LICENSE_PLATE": (PLATE_RE.match, "not a plate"),
    "EMAIL": (EMAIL_RE.match, "not an e-mail"),
    "PERSON": (person_ok, "implausible PERSON"),
}


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "Z"))


def span_errors(sp: object, text: str, prev_end: int) -> tuple[list[str], int]:
    """Problems of one span, and the end offset the next span must not start before."""
    if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
        return [f"bad span {sp!r}"], prev_end
    start, end, kind = sp["start"], sp["end"], sp["type"]
    in_bounds = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if not in_bounds:
        return [f"span out of bounds {sp!r}"], prev_end
    problems = []
    if start < prev_end:
        problems.append(f"spans unordered or overlapping at {start}")
    if kind not in TYPES:
        problems.append(f"unknown type {kind!r}")
    value = text[start:end]
    opening = kind == "LANDLINE" and value[0] in "(（"  # the README writes (010)12345678
    if (bad_edge(value[0]) and not opening) or bad_edge(value[-1]):
        problems.append(f"whitespace/punctuation at edge of {value!r}")
    check = VALUE_CHECKS.get(kind)
    if check is not None and not check[0](value):
        problems.append(f"{check[1]} {value!r}")
    return problems, end


def check_record(rec: object, line_no: int) -> list[str]:
    errs: list[str] = []
    where = f"line {line_no}"
    if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
        return [f"{where}: record must have exactly id, text, spans"]
    text, spans = rec["text"], rec["spans"]
    if not isinstance(rec["id"], str) or not ID_RE.match(rec["id"]):
        errs.append(f"{where}: bad id {rec['id']!r}")
    if not isinstance(text, str) or not text.strip():
        return [*errs, f"{where}: empty text"]
    if not isinstance(spans, list):
        return [*errs, f"{where}: spans must be a list"]
    prev_end = -1
    for sp in spans:
        problems, prev_end = span_errors(sp, text, prev_end)
        errs.extend(f"{where}: {p}" for p in problems)
    return errs


def validate(path: Path) -> tuple[list[str], Counter[str], int, int]:
    errs: list[str] = []
    counts: Counter[str] = Counter()
    ids: set[str] = set()
    texts: set[str] = set()
    n = empty = 0
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"line {line_no}: invalid JSON ({exc})")
            continue
        errs.extend(check_record(rec, line_no))
        if not isinstance(rec, dict):
            continue
        n += 1
        if rec.get("id") in ids:
            errs.append(f"line {line_no}: duplicate id {rec.get('id')}")
        ids.add(str(rec.get("id")))
        if rec.get("text") in texts:
            errs.append(f"line {line_no}: duplicate text")
        texts.add(str(rec.get("text")))
        spans = rec.get("spans") or []
        if not spans:
            empty += 1
        for sp in spans:
            if isinstance(sp, dict):
                counts[str(sp.get("type"))] += 1
    return errs, counts, n, empty


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_s12f.jsonl")
    errs, counts, n, empty = validate(path)
    for err in errs:
        print(err)
    print(f"{n} records, {empty} without spans ({empty / max(n, 1):.0%})")
    for t, c in sorted(counts.items()):
        print(f"  {t}: {c}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
