"""Validate the 2026-12-18 pii sets (standard library only): python3 validate_pii.py [files...]

Checks shape, id format and uniqueness, span bounds/order/overlap, no whitespace or punctuation at span
edges, types in the README table, check digits (ID_CARD, BANK_CARD, VIN), mobile/plate/e-mail shape, PERSON
length, PERSON-only in the prose file, and that no unlabelled standalone digit run (not glued to letters, as in
policy numbers) passes the ID or Luhn check.
Exit status 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
FILES = {"pii_complaints.jsonl": ("pc1218", TYPES), "pii_names_prose.jsonl": ("np1218", {"PERSON"})}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W, strict=True)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", s):
        return False
    r = sum(VIN_VAL[c] * w for c, w in zip(s, VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


SHAPES = {
    "MOBILE": re.compile(r"(\+86 ?|86-)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}"),
    "LANDLINE": re.compile(r"(0\d{2,3}-|\(0\d{2,3}\))\d{7,8}"),
    "EMAIL": re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
    "LICENSE_PLATE": re.compile(r"[\u4e00-\u9fff][A-Z][·. ]?[A-Z0-9]{4,6}[挂澳港学警]?"),
}


def check(path: Path, prefix: str, types: set[str]) -> list[str]:
    errs: list[str] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{where}: bad JSON {e}")
            continue
        if set(r) != {"id", "text", "spans"} or not isinstance(r["text"], str) or not isinstance(r["spans"], list):
            errs.append(f"{where}: bad shape")
            continue
        rid, text = r["id"], r["text"]
        if not re.fullmatch(prefix + r"-\d{3}", rid) or rid in seen:
            errs.append(f"{where}: bad or duplicate id {rid}")
        seen.add(rid)
        prev_end = 0
        labelled = [False] * len(text)
        for s in r["spans"]:
            if set(s) != {"start", "end", "type"}:
                errs.append(f"{rid}: bad span keys {s}")
                continue
            a, b, t = s["start"], s["end"], s["type"]
            if t not in types:
                errs.append(f"{rid}: type {t} not allowed here")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                errs.append(f"{rid}: span out of bounds {s}")
                continue
            if a < prev_end:
                errs.append(f"{rid}: spans out of order or overlapping at {a}")
            prev_end = b
            frag = text[a:b]
            for i in range(a, b):
                labelled[i] = True
            lead_ok = t == "LANDLINE" and frag[0] == "("  # (010)12345678 is written with its parentheses
            if (edge_bad(frag[0]) and not lead_ok) or edge_bad(frag[-1]):
                errs.append(f"{rid}: whitespace/punctuation at span edge: {frag!r}")
            if t == "ID_CARD" and not id_ok(frag):
                errs.append(f"{rid}: ID_CARD fails check: {frag}")
            if t == "BANK_CARD" and not luhn_ok(frag):
                errs.append(f"{rid}: BANK_CARD fails Luhn: {frag}")
            if t == "VIN" and not vin_ok(frag):
                errs.append(f"{rid}: VIN fails check: {frag}")
            if t in SHAPES and not SHAPES[t].fullmatch(frag):
                errs.append(f"{rid}: {t} shape: {frag}")
            if t == "PERSON" and "·" not in frag and not 2 <= len(frag) <= 6:
                errs.append(f"{rid}: PERSON length: {frag}")
        for m in re.finditer(r"(?<![A-Za-z0-9])\d[\d ]{14,22}[\dX](?![A-Za-z0-9])", text):
            if labelled[m.start()]:
                continue
            run = m.group().replace(" ", "")
            if (len(run) == 18 and id_ok(run)) or (run.isdigit() and luhn_ok(run)):
                errs.append(f"{rid}: unlabelled number passes a check: {m.group()}")
    return errs


def main(argv: list[str]) -> int:
    names = argv or list(FILES)
    errs: list[str] = []
    for name in names:
        prefix, types = FILES[Path(name).name]
        errs += check(HERE / Path(name).name, prefix, types)
    for e in errs:
        print(e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
