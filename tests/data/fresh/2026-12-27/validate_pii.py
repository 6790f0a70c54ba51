"""Check the 2026-12-27 blind pii sets (standard library only).

Usage: ``python validate_pii.py [file.jsonl ...]`` (default: both sets in this folder).  Checks the shape of
every record, unique ids with the expected prefix, span bounds, order and overlaps, no whitespace or
punctuation at span edges, the types of the README table, the check digits of ID_CARD / BANK_CARD / VIN, the
shape of MOBILE / LANDLINE / LICENSE_PLATE / EMAIL / PERSON, and that no unlabelled number in the text would
pass as a mobile, an ID or a bank card.  Exits 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
SETS = {
    "pii_complaints.jsonl": ("pc1227", TYPES),
    "pii_names_prose.jsonl": ("np1227", {"PERSON"}),
}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_LETTERS = {c: v for v, cs in enumerate(("", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ")) for c in cs}
PROVINCES = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新"
PLATE = re.compile(rf"[{PROVINCES}][A-Z][·\s-]?(?:[A-HJ-NP-Z0-9]{{5,6}}|[A-HJ-NP-Z0-9]{{4}}挂)")
MOBILE = re.compile(r"(?:\+86\s?|86-)?1[3-9]\d(?:[\s-]?\d{4}){2}")
LANDLINE = re.compile(r"(?:0\d{2,3}[-\s]?|\(0\d{2,3}\)\s?)\d{3,4}[-\s]?\d{4}")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PERSON = re.compile(r"[\u4e00-\u9fff]+(?:[·•][\u4e00-\u9fff]+)*")


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    total = sum((int(c) if c.isdigit() else VIN_LETTERS[c]) * w for c, w in zip(s, VIN_WEIGHTS, strict=True))
    r = total % 11
    return s[8] == ("X" if r == 10 else str(r))


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def check_value(kind: str, value: str) -> str | None:
    if kind == "ID_CARD" and not id_ok(value):
        return "ID check character fails"
    if kind == "BANK_CARD":
        digits = value.replace(" ", "")
        if not (digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits)):
            return "bank card fails Luhn or length"
    if kind == "VIN" and not vin_ok(value):
        return "VIN check digit fails"
    patterns = {"MOBILE": MOBILE, "LANDLINE": LANDLINE, "EMAIL": EMAIL, "LICENSE_PLATE": PLATE, "PERSON": PERSON}
    pattern = patterns.get(kind)
    if pattern is not None and not pattern.fullmatch(value):
        return f"{kind} has an unexpected shape"
    if kind == "PERSON" and len(value) < 2:
        return "PERSON shorter than 2 characters"
    return None


def unlabelled_numbers(text: str, covered: list[tuple[int, int]]) -> list[str]:
    """Digit runs outside every span that would pass a check (they must be labelled or changed)."""
    problems = []
    for m in re.finditer(r"(?<![\dA-Za-z])\d[\d ]{10,22}[\dX](?![\dA-Za-z])", text):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        raw = m.group().strip()
        digits = raw.replace(" ", "")
        if re.fullmatch(r"1[3-9]\d{9}", digits):
            problems.append(f"unlabelled mobile-like number {raw!r}")
        elif len(digits) == 18 and id_ok(digits):
            problems.append(f"unlabelled number passing the ID check {raw!r}")
        elif digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits):
            problems.append(f"unlabelled number passing Luhn {raw!r}")
    return problems


def validate(path: Path) -> list[str]:
    prefix, types = SETS.get(path.name, ("", TYPES))
    errors: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys must be exactly id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not isinstance(text, str) or not isinstance(spans, list) or not text:
            errors.append(f"{where}: bad field types")
            continue
        where = f"{where} {rid}"
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
        if prefix and not re.fullmatch(rf"{prefix}-\d{{3}}", rid):
            errors.append(f"{where}: id does not match {prefix}-NNN")
        prev_end = -1
        covered: list[tuple[int, int]] = []
        for span in spans:
            if not isinstance(span, dict) or set(span) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys must be start, end, type")
                continue
            start, end, kind = span["start"], span["end"], span["type"]
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                errors.append(f"{where}: span {span} out of bounds")
                continue
            if kind not in types:
                errors.append(f"{where}: type {kind!r} not allowed in this set")
            if start < prev_end:
                errors.append(f"{where}: span {span} overlaps or is out of order")
            prev_end = end
            covered.append((start, end))
            value = text[start:end]
            opening_bracket = kind == "LANDLINE" and value.startswith("(")  # (010)12345678 per the README
            if (edge_bad(value[0]) and not opening_bracket) or edge_bad(value[-1]):
                errors.append(f"{where}: span {value!r} has whitespace or punctuation at an edge")
            problem = check_value(kind, value)
            if problem:
                errors.append(f"{where}: {problem}: {value!r}")
        errors.extend(f"{where}: {p}" for p in unlabelled_numbers(text, covered))
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in SETS]
    errors: list[str] = []
    for path in paths:
        errors.extend(validate(path))
    for error in errors:
        print(error)
    print(f"{len(errors)} error(s) in {', '.join(p.name for p in paths)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
