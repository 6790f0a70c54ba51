"""Validate the 2026-12-15 pii sets (standard library only).

Usage: python validate_pii.py [file.jsonl ...]   (default: both sets in this folder)
Checks: JSON shape, id format and uniqueness, span bounds/order/overlap, no whitespace or punctuation at span
edges, types in the README table, check digits (ID_CARD, BANK_CARD, VIN), mobile/landline/plate/e-mail shape,
PERSON length; warns about unlabelled digit runs that look like an ID card, a mobile or a Luhn-valid card.
Exit status 1 when an error is found.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_PREFIX = {"pii_complaints.jsonl": "pc1215", "pii_names_prose.jsonl": "np1215"}
ONLY_TYPES = {"pii_names_prose.jsonl": {"PERSON"}}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VAL = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PLATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·.\s]?(?:[A-Z0-9]{5,6}|[A-Z0-9]{4}挂)"
)


def id_ok(v: str) -> bool:
    v = v.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS, strict=True)) % 11] == v[17]


def luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def vin_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    r = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W, strict=True)) % 11
    return ("X" if r == 10 else str(r)) == v[8]


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def check_value(typ: str, v: str) -> str | None:
    if typ == "ID_CARD" and not id_ok(v):
        return "ID check character fails"
    if typ == "BANK_CARD":
        d = v.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d)):
            return "bank card fails Luhn/length"
    if typ == "VIN" and not vin_ok(v):
        return "VIN check digit fails"
    if typ == "MOBILE":
        d = re.sub(r"^(\+86|86-)\s?", "", v).replace(" ", "").replace("-", "")
        if not re.fullmatch(r"1[3-9]\d{9}", d):
            return "not an 11-digit mobile"
    if typ == "LANDLINE" and not re.fullmatch(r"(\(0\d{2,3}\)|0\d{2,3}[- ]?)\d{7,8}", v):
        return "landline shape"
    if typ == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v, re.ASCII):
        return "e-mail shape"
    if typ == "LICENSE_PLATE" and not PLATE.fullmatch(v):
        return "plate shape"
    if typ == "PERSON":
        core = v.replace("·", "")
        if "·" not in v and not 2 <= len(core) <= 4:
            return "PERSON length outside 2-4 without a middle dot"
        if not all("\u4e00" <= c <= "\u9fff" for c in core):
            return "PERSON with non-Chinese characters"
    return None


def validate(path: Path) -> tuple[int, dict[str, int], int]:
    errors = 0
    counts: dict[str, int] = {}
    seen: set[str] = set()
    empty = 0
    prefix = ID_PREFIX.get(path.name)
    allowed = ONLY_TYPES.get(path.name, TYPES)
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):

        def err(msg: str, ln: int = ln) -> None:
            nonlocal errors
            errors += 1
            print(f"{path.name}:{ln}: {msg}")

        rec = json.loads(line)
        if set(rec) != {"id", "text", "spans"}:
            err(f"keys {sorted(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if prefix and not re.fullmatch(prefix + r"-\d{3}", rid):
            err(f"id {rid!r} not {prefix}-NNN")
        if rid in seen:
            err(f"duplicate id {rid}")
        seen.add(rid)
        if not isinstance(text, str) or not text.strip():
            err("empty text")
        if not spans:
            empty += 1
        prev_end = -1
        covered = []
        for s in spans:
            if set(s) != {"start", "end", "type"}:
                err(f"span keys {sorted(s)}")
                continue
            a, b, t = s["start"], s["end"], s["type"]
            if t not in allowed:
                err(f"type {t} not allowed here")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                err(f"span out of bounds {s}")
                continue
            if a < prev_end:
                err(f"span overlaps or out of order {s}")
            prev_end = b
            v = text[a:b]
            if (edge_bad(v[0]) and not (t == "LANDLINE" and v[0] == "(")) or edge_bad(v[-1]):
                err(f"whitespace/punctuation at edge of {t} {v!r}")
            problem = check_value(t, v)
            if problem:
                err(f"{problem}: {t} {v!r}")
            counts[t] = counts.get(t, 0) + 1
            covered.append((a, b))
        if path.name not in ONLY_TYPES:
            for m in re.finditer(r"(?<![\dA-Za-z])\d[\d ]{9,21}[\dX](?![\dA-Za-z])", text):
                d = m.group().replace(" ", "")
                inside = any(a <= m.start() and m.end() <= b for a, b in covered)
                if inside:
                    continue
                if len(d) == 18 and id_ok(d):
                    print(f"{path.name}:{ln}: warning: unlabelled valid ID-like {d}")
                if re.fullmatch(r"1[3-9]\d{9}", d):
                    print(f"{path.name}:{ln}: warning: unlabelled mobile-like {d}")
                if d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d):
                    print(f"{path.name}:{ln}: warning: unlabelled Luhn-valid {d}")
    return errors, counts, empty


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv] or [here / "pii_complaints.jsonl", here / "pii_names_prose.jsonl"]
    total_errors = 0
    for f in files:
        if not f.exists():
            print(f"{f.name}: missing")
            total_errors += 1
            continue
        errors, counts, empty = validate(f)
        n = sum(1 for _ in f.open(encoding="utf-8"))
        total_errors += errors
        print(
            f"{f.name}: {n} records, {empty} without spans, {errors} errors; "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
