"""Validate the 2026-12-19 pii sets (standard library only).

Checks: JSON shape, unique ids with the right prefix, span bounds and order, no overlaps,
no whitespace/punctuation at span edges, types in the README table, check digits
(ID_CARD MOD 11-2, BANK_CARD Luhn, VIN position 9, MOBILE 1[3-9] + 9 digits).
Run: python validate_pii.py [files...]; prints counts per type; exit 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PREFIX = {"pii_complaints.jsonl": "pc1219-", "pii_names_prose.jsonl": "np1219-"}
ONLY_PERSON = {"pii_names_prose.jsonl"}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_TR = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W, strict=True)) % 11] == s[-1]


def luhn_ok(s: str) -> bool:
    s = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch) * (2 if i % 2 else 1)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", s):
        return False
    r = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(s, VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def mobile_ok(s: str) -> bool:
    d = re.sub(r"^(\+86|86-?)\s*", "", s).replace(" ", "").replace("-", "")
    return re.fullmatch(r"1[3-9]\d{9}", d) is not None


CHECKS = {"ID_CARD": id_ok, "BANK_CARD": luhn_ok, "VIN": vin_ok, "MOBILE": mobile_ok}


def validate(path: Path) -> tuple[list[str], Counter[str], int, int]:
    errors: list[str] = []
    counts: Counter[str] = Counter()
    ids: set[str] = set()
    n = empty = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        n += 1
        if (
            set(rec) != {"id", "text", "spans"}
            or not isinstance(rec["text"], str)
            or not isinstance(rec["spans"], list)
        ):
            errors.append(f"{where}: bad shape")
            continue
        rid, text = rec["id"], rec["text"]
        if rid in ids:
            errors.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        pre = PREFIX.get(path.name)
        if pre and not re.fullmatch(re.escape(pre) + r"\d{3}", rid):
            errors.append(f"{where}: id {rid} lacks prefix {pre}NNN")
        if not rec["spans"]:
            empty += 1
        prev_end = -1
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: bad span keys {sp}")
                continue
            s, end, t = sp["start"], sp["end"], sp["type"]
            if t not in TYPES or (path.name in ONLY_PERSON and t != "PERSON"):
                errors.append(f"{where}: type {t} not allowed")
            if not (isinstance(s, int) and isinstance(end, int) and 0 <= s < end <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if s < prev_end:
                errors.append(f"{where}: spans out of order or overlapping at {s}")
            prev_end = end
            frag = text[s:end]
            first_ok = t == "LANDLINE" and frag[0] in "(（"  # (010)12345678 keeps its bracket
            if (bad_edge(frag[0]) and not first_ok) or bad_edge(frag[-1]):
                errors.append(f"{where}: whitespace/punctuation at span edge {frag!r}")
            check = CHECKS.get(t)
            if check and not check(frag):
                errors.append(f"{where}: {t} {frag!r} fails its check")
            if t == "PERSON" and not 2 <= len(frag.replace("·", "")) <= 12:
                errors.append(f"{where}: PERSON {frag!r} has an odd length")
            counts[t] += 1
    return errors, counts, n, empty


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in argv] or sorted(here.glob("pii_*.jsonl"))
    bad = False
    for p in paths:
        errors, counts, n, empty = validate(p)
        print(
            f"{p.name}: {n} records, {empty} without spans, " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
        for err in errors:
            print("  " + err)
        bad = bad or bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
