"""Validate the 2026-12-11 fresh sets in this folder (standard library only).

Checks: JSON shape, unique ids with the set's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types in the README table, check digits (ID_CARD, BANK_CARD Luhn, VIN), mobile
and plate shape, and for marketing files the codes in the table. Run: python validate.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PII_TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
MARKETING_CODES = {
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
}
PREFIXES = {"pii_complaints.jsonl": "pc1211-", "pii_names_prose.jsonl": "np1211-"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PLATE_RE = re.compile(r"^[\u4e00-\u9fff][A-Z][·.\s]?(?:[A-Z0-9]{5,6}|[A-Z0-9]{4}[挂港澳学警领])$")


def normalise(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace(" ", "").replace("-", "")


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def id_ok(s: str) -> bool:
    s = normalise(s).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[-1]


def luhn_ok(s: str) -> bool:
    s = normalise(s)
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
    return ("X" if r == 10 else str(r)) == s[8]


def mobile_ok(s: str) -> bool:
    s = normalise(s)
    s = re.sub(r"^\+?86", "", s)
    return re.fullmatch(r"1[3-9]\d{9}", s) is not None


CHECKS: dict[str, Callable[[str], bool]] = {
    "ID_CARD": id_ok,
    "BANK_CARD": luhn_ok,
    "VIN": vin_ok,
    "MOBILE": mobile_ok,
    "LICENSE_PLATE": lambda s: PLATE_RE.match(s) is not None,
    "EMAIL": lambda s: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s) is not None,
}


def check_pii(path: Path, prefix: str) -> list[str]:
    errors, seen = [], set()
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        rec = json.loads(line)
        if set(rec) != {"id", "text", "spans"} or not isinstance(rec["text"], str):
            errors.append(f"{where}: bad keys {sorted(rec)}")
            continue
        if not rec["id"].startswith(prefix) or rec["id"] in seen:
            errors.append(f"{where}: bad or duplicate id {rec['id']}")
        seen.add(rec["id"])
        text, last_end = rec["text"], -1
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"} or sp["type"] not in PII_TYPES:
                errors.append(f"{where}: bad span {sp}")
                continue
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if s < last_end:
                errors.append(f"{where}: spans overlap or out of order at {sp}")
            last_end = e
            frag = text[s:e]
            opens_area_code = sp["type"] == "LANDLINE" and frag[0] in "(（"
            if (edge_bad(frag[0]) and not opens_area_code) or edge_bad(frag[-1]):
                errors.append(f"{where}: whitespace/punctuation at edge of {frag!r}")
            check = CHECKS.get(sp["type"])
            if check and not check(frag):
                errors.append(f"{where}: {sp['type']} fails its check: {frag!r}")
            if sp["type"] == "PERSON" and len(re.sub(r"[\s·]", "", frag)) < 2:
                errors.append(f"{where}: PERSON too short {frag!r}")
    return errors


def check_marketing(path: Path) -> list[str]:
    errors, seen = [], set()
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        rec = json.loads(line)
        if rec.get("id") in seen or not isinstance(rec.get("text"), str):
            errors.append(f"{path.name}:{n}: bad or duplicate id / text")
        seen.add(rec.get("id"))
        bad = [c for c in rec.get("violations", [None]) if c not in MARKETING_CODES]
        if bad:
            errors.append(f"{path.name}:{n}: unknown codes {bad}")
    return errors


def main() -> int:
    errors: list[str] = []
    for name, prefix in PREFIXES.items():
        if (HERE / name).exists():
            errors += check_pii(HERE / name, prefix)
    for path in sorted(HERE.glob("marketing_*.jsonl")):
        errors += check_marketing(path)
    for e in errors:
        print(e)
    print("ok" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
