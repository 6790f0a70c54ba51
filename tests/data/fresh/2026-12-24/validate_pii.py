"""Check the 2026-12-24 blind pii sets (standard library only).

Checks: JSON shape, unique ids with the file's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges (a LANDLINE may open with a bracket, a MOBILE with +), types in the README table,
check digits (ID_CARD MOD 11-2, BANK_CARD Luhn, VIN position 9), mobile and plate shapes.
Usage: python validate_pii.py [file ...]; prints counts per type, exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"pii_complaints.jsonl": "pc1224", "pii_names_prose.jsonl": "np1224"}
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PLATE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•.\s]?[A-Z0-9]{5,6}$")


def is_edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "Z", "S"))


def digits(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", s) if c.isalnum())


def luhn(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def check_span(text: str, sp: dict[str, int | str]) -> str | None:
    typ = sp["type"]
    s = text[int(sp["start"]):int(sp["end"])]
    if typ not in TYPES:
        return f"unknown type {typ}"
    first_ok = (typ == "LANDLINE" and s[0] in "(（") or (typ == "MOBILE" and s[0] == "+")
    if (is_edge_bad(s[0]) and not first_ok) or is_edge_bad(s[-1]):
        return f"whitespace/punctuation at edge: {s!r}"
    d = digits(s)
    if typ == "ID_CARD":
        if not re.fullmatch(r"\d{17}[\dX]", d.upper()):
            return f"bad ID shape {s!r}"
        if "10X98765432"[sum(int(c) * w for c, w in zip(d[:17], W, strict=True)) % 11] != d[17].upper():
            return f"ID check fails {s!r}"
    elif typ == "BANK_CARD":
        if not (d.isdigit() and 16 <= len(d) <= 19 and luhn(d)):
            return f"bank card fails {s!r}"
    elif typ == "VIN":
        if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
            return f"bad VIN shape {s!r}"
        r = sum(VIN_VAL[c] * w for c, w in zip(s, VIN_W, strict=True)) % 11
        if ("X" if r == 10 else str(r)) != s[8]:
            return f"VIN check fails {s!r}"
    elif typ == "MOBILE":
        if not re.fullmatch(r"(86)?1[3-9]\d{9}", d):
            return f"bad mobile {s!r}"
    elif typ == "LANDLINE":
        if not re.fullmatch(r"0\d{2,3}\d{7,8}", d):
            return f"bad landline {s!r}"
    elif typ == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", unicodedata.normalize("NFKC", s)):
            return f"bad email {s!r}"
    elif typ == "LICENSE_PLATE":
        if not PLATE.match(unicodedata.normalize("NFKC", s)):
            return f"bad plate {s!r}"
    elif typ == "PERSON":
        core = s.replace("·", "").replace("•", "")
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", core):
            return f"bad person {s!r}"
    return None


def validate(path: Path, prefix: str) -> tuple[list[str], Counter[str], int, int]:
    problems: list[str] = []
    counts: Counter[str] = Counter()
    ids: set[str] = set()
    n = empty = 0
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{ln}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: {e}")
            continue
        n += 1
        if set(rec) != {"id", "text", "spans"} or not isinstance(rec["text"], str) or not isinstance(rec["spans"], list):
            problems.append(f"{where}: bad shape")
            continue
        if not re.fullmatch(rf"{prefix}-\d{{3}}", rec["id"]) or rec["id"] in ids:
            problems.append(f"{where}: bad or duplicate id {rec['id']}")
        ids.add(rec["id"])
        text = rec["text"]
        prev_end = -1
        prev_start = -1
        if not rec["spans"]:
            empty += 1
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                problems.append(f"{where}: bad span keys {sp}")
                continue
            if not (0 <= sp["start"] < sp["end"] <= len(text)):
                problems.append(f"{where}: span out of bounds {sp}")
                continue
            if sp["start"] < prev_start:
                problems.append(f"{where}: spans out of order {sp}")
            if sp["start"] < prev_end:
                problems.append(f"{where}: overlapping spans {sp}")
            prev_start, prev_end = sp["start"], sp["end"]
            msg = check_span(text, sp)
            if msg:
                problems.append(f"{where} {rec['id']}: {msg}")
            counts[sp["type"]] += 1
    return problems, counts, n, empty


def main(argv: list[str]) -> int:
    names = argv or list(FILES)
    bad = 0
    for name in names:
        path = HERE / Path(name).name
        problems, counts, n, empty = validate(path, FILES[path.name])
        print(f"{path.name}: {n} records, {empty} without spans, spans {sum(counts.values())}: "
              + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
        for p in problems:
            print("  " + p)
        bad += len(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
