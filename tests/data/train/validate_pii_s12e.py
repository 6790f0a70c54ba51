"""Validate tests/data/train/pii_s12e.jsonl (standard library only).

Checks: JSON shape, ids ``pt12e-NNNN`` unique and in order, known types, span bounds, spans sorted and not
overlapping, no whitespace or punctuation at a span's edges, check digits of ID_CARD / BANK_CARD / VIN, the
shape of MOBILE / LANDLINE / EMAIL / LICENSE_PLATE spans, no duplicate texts, and a warning for unlabelled
digit runs that pass a check (a Luhn-valid 16-19 digit run, an 18-character run with a valid ID check
character, an 11-digit mobile-shaped run).  Prints counts per type.  Exit status 1 on any error.

    python tests/data/train/validate_pii_s12e.py [path]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_RE = re.compile(r"pt12e-\d{4}")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def id_card_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def bank_card_ok(value: str) -> bool:
    s = re.sub(r"[\s-]", "", value)
    return bool(re.fullmatch(r"\d{16,19}", s)) and luhn_ok(s)


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if r == 10 else str(r))


SHAPES = {
    "MOBILE": re.compile(r"(?:\+86[\s-]?|86-)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}"),
    "LANDLINE": re.compile(r"(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[\s-]?)\d{7,8}(?:-\d{1,4})?"),
    "EMAIL": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "LICENSE_PLATE": re.compile(r"[\u4e00-\u9fff][A-Z][·.\s]?[A-Z0-9]{5,6}"),
}


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def validate(path: Path) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    counts: Counter[str] = Counter()
    seen_ids: set[str] = set()
    seen_texts: dict[str, str] = {}
    n_records = n_empty = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys must be exactly id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        n_records += 1
        if not isinstance(rid, str) or not ID_RE.fullmatch(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid}")
        elif rid != f"pt12e-{n_records:04d}":
            errors.append(f"{where}: id {rid} out of sequence")
        seen_ids.add(str(rid))
        where = f"{rid}"
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text in seen_texts:
            errors.append(f"{where}: same text as {seen_texts[text]}")
        seen_texts[text] = str(rid)
        if not isinstance(spans, list):
            errors.append(f"{where}: spans must be a list")
            continue
        if not spans:
            n_empty += 1
        covered: set[int] = set()
        prev_end = -1
        for sp in spans:
            if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type: {sp!r}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in TYPES:
                errors.append(f"{where}: unknown type {t!r}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: span out of bounds {sp!r}")
                continue
            if s < prev_end:
                errors.append(f"{where}: spans overlap or are out of order at {s}")
            prev_end = e
            covered.update(range(s, e))
            value = text[s:e]
            opening_bracket = t == "LANDLINE" and value[0] in "(（"
            if (bad_edge(value[0]) and not opening_bracket) or bad_edge(value[-1]):
                errors.append(f"{where}: whitespace/punctuation at the edge of {t} {value!r}")
            counts[t] += 1
            if t == "ID_CARD" and not id_card_ok(value):
                errors.append(f"{where}: ID_CARD fails its check {value!r}")
            elif t == "BANK_CARD" and not bank_card_ok(value):
                errors.append(f"{where}: BANK_CARD fails Luhn {value!r}")
            elif t == "VIN" and not vin_ok(value):
                errors.append(f"{where}: VIN fails its check digit {value!r}")
            elif t in SHAPES and not SHAPES[t].fullmatch(value):
                errors.append(f"{where}: {t} has an unexpected shape {value!r}")
            elif t == "PERSON" and not re.search(r"[\u4e00-\u9fff]", value):
                errors.append(f"{where}: PERSON without a Chinese character {value!r}")
        for m in re.finditer(r"\d[\dX]{10,18}", text):
            if m.start() in covered:
                continue
            run = m.group()
            if 16 <= len(run) <= 19 and run.isdigit() and luhn_ok(run):
                warnings.append(f"{where}: unlabelled Luhn-valid number {run}")
            if len(run) == 18 and id_card_ok(run):
                warnings.append(f"{where}: unlabelled number with a valid ID check {run}")
            if re.fullmatch(r"1[3-9]\d{9}", run):
                warnings.append(f"{where}: unlabelled mobile-shaped number {run}")
    for w in warnings:
        print("warning:", w)
    for err in errors:
        print("error:", err)
    total = sum(counts.values())
    print(f"{path}: {n_records} records, {n_empty} without spans ({n_empty / max(n_records, 1):.1%}), {total} spans")
    for t in sorted(counts, key=lambda k: (-counts[k], k)):
        print(f"  {t:14} {counts[t]}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    default = Path(__file__).with_name("pii_s12e.jsonl")
    sys.exit(validate(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
