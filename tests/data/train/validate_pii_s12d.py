"""Check tests/data/train/pii_s12d.jsonl (standard library only): python tests/data/train/validate_pii_s12d.py [file]

Shape, unique ids, span bounds and order, no overlaps, no whitespace or punctuation at span edges, check digits
(ID_CARD, BANK_CARD, VIN) and formats (MOBILE, LANDLINE, EMAIL, LICENSE_PLATE, PERSON), known types, no duplicate
texts, and no unlabelled digit run that passes a mobile, ID or card check (a forgotten label).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent / "pii_s12d.jsonl"
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_RE = re.compile(r"^pt12d-\d{4}$")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
PLATE_RE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·. ]?[A-Z0-9]{5,6}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
PERSON_RE = re.compile(r"^[\u4e00-\u9fff·]{2,12}$")


def id_check_char(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def id_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", v)) and id_check_char(v[:17]) == v[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_check_char(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and v[8] == vin_check_char(v)


def value_problem(kind: str, value: str) -> str | None:
    norm = unicodedata.normalize("NFKC", value)
    digits = re.sub(r"\D", "", norm)
    if kind == "ID_CARD" and not id_ok(norm):
        return "ID check character"
    if kind == "BANK_CARD" and not (re.fullmatch(r"[\d ]+", norm) and 16 <= len(digits) <= 19 and luhn_ok(digits)):
        return "card length/Luhn"
    if kind == "VIN" and not vin_ok(norm):
        return "VIN check digit"
    if kind == "MOBILE":
        body = re.sub(r"^(\+86|86-|86)\s?", "", norm)
        if not re.fullmatch(r"1[3-9]\d[ -]?\d{4}[ -]?\d{4}", body):
            return "mobile format"
    if kind == "LANDLINE" and not re.fullmatch(r"(0\d{2,3}[- ]?|\(0\d{2,3}\)|（0\d{2,3}）)\d{7,8}(-\d{1,5})?", norm):
        return "landline format"
    if kind == "EMAIL" and not EMAIL_RE.fullmatch(norm):
        return "e-mail format"
    if kind == "LICENSE_PLATE" and not PLATE_RE.fullmatch(norm):
        return "plate format"
    if kind == "PERSON" and not PERSON_RE.fullmatch(value):
        return "person: Chinese characters or · only"
    return None


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def check(path: Path) -> list[str]:
    errors: list[str] = []
    ids: set[str] = set()
    texts: dict[str, str] = {}
    counts: Counter[str] = Counter()
    empty = 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"line {n}: keys must be id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        where = f"line {n} ({rid})"
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id")
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text in texts:
            errors.append(f"{where}: same text as {texts[text]}")
        texts[text] = rid
        if not isinstance(spans, list):
            errors.append(f"{where}: spans must be a list")
            continue
        empty += not spans
        prev_end = -1
        covered = [False] * len(text)
        for s in spans:
            if not isinstance(s, dict) or set(s) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type")
                continue
            a, b, kind = s["start"], s["end"], s["type"]
            if kind not in TYPES:
                errors.append(f"{where}: unknown type {kind}")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                errors.append(f"{where}: span out of bounds {s}")
                continue
            if a < prev_end:
                errors.append(f"{where}: spans out of order or overlapping at {a}")
            prev_end = max(prev_end, b)
            value = text[a:b]
            first = value[0] if not (kind == "LANDLINE" and value[0] in "(（") else value[1]
            if edge_bad(first) or edge_bad(value[-1]):
                errors.append(f"{where}: whitespace/punctuation at span edge: {value!r}")
            problem = value_problem(kind, value)
            if problem:
                errors.append(f"{where}: {kind} {value!r}: {problem}")
            for i in range(a, b):
                covered[i] = True
            counts[kind] += 1
        norm = unicodedata.normalize("NFKC", text)
        for m in re.finditer(r"(?<![\dA-Za-z])(?:\d[ -]?){10,18}\d?X?(?![\dA-Za-z])", norm):
            if any(covered[m.start() : m.end()]):
                continue
            raw = m.group(0).rstrip(" -")
            flat = raw.replace(" ", "").replace("-", "")
            if (
                re.fullmatch(r"1[3-9]\d{9}", flat)
                or (len(flat) == 18 and id_ok(flat))
                or (re.fullmatch(r"\d{16,19}", flat) and luhn_ok(flat) and " " in raw)
            ):
                errors.append(f"{where}: unlabelled number that passes a check: {raw!r}")
    if not errors:
        share = empty / max(len(lines), 1)
        print(f"{path.name}: {len(lines)} records OK, {empty} without spans ({share:.0%})")
        print("  " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return errors


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    errors = check(path)
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
