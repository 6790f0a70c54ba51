"""Check the shape and labels of the pii sets in this folder (standard library only).

Usage: python validate_pii.py [file.jsonl ...]   (default: every pii_*.jsonl here)
Checks: JSON shape, unique ids with the expected prefix, span bounds and order, no overlaps,
no whitespace or punctuation at span edges, types from the README table (PERSON only in
names-in-prose files), check digits of ID_CARD / BANK_CARD / VIN, digit counts of MOBILE,
PERSON length, plate shape.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PREFIX = {"pii_complaints.jsonl": ("pc0106-", TYPES), "pii_names_prose.jsonl": ("np0106-", {"PERSON"})}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_T = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PLATE = re.compile(r"^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新][A-Z][·.\s]?[A-Z0-9]{5,6}$")


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def id_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], ID_W, strict=True)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    d = re.sub(r"[\s-]", "", s)
    if not re.fullmatch(r"\d{16,19}", d):
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    r = sum(VIN_T[c] * w for c, w in zip(s, VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def check_span(t: str, s: str) -> str | None:
    if t == "ID_CARD" and not id_ok(s):
        return "ID_CARD check character fails"
    if t == "BANK_CARD" and not luhn_ok(s):
        return "BANK_CARD fails Luhn"
    if t == "VIN" and not vin_ok(s):
        return "VIN check digit fails"
    if t == "MOBILE":
        d = re.sub(r"\D", "", s)
        d = d[2:] if len(d) == 13 and d.startswith("86") else d
        if not re.fullmatch(r"1[3-9]\d{9}", d):
            return "MOBILE is not 11 digits starting 13-19"
    if t == "LANDLINE" and not re.fullmatch(r"\(?0\d{2,3}\)?-?\d{7,8}", s):
        return "LANDLINE shape"
    if t == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s):
        return "EMAIL shape"
    if t == "LICENSE_PLATE" and not PLATE.match(s):
        return "LICENSE_PLATE shape"
    if t == "PERSON":
        core = s.replace("·", "")
        if not (2 <= len(core) <= 12) or not re.fullmatch(r"[\u4e00-\u9fff·]+", s):
            return "PERSON length or characters"
    return None


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    prefix, allowed = PREFIX.get(path.name, ("", TYPES))
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if (
            set(rec) != {"id", "text", "spans"}
            or not isinstance(rec["text"], str)
            or not isinstance(rec["spans"], list)
        ):
            errors.append(f"{where}: keys must be id, text, spans")
            continue
        rid, text = rec["id"], rec["text"]
        if not isinstance(rid, str) or not rid.startswith(prefix) or not re.fullmatch(r".*-\d{3}", rid):
            errors.append(f"{where}: id {rid!r} does not look like {prefix}NNN")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if re.search(r"\[\[|\]\]|\{[A-Z]+", text):
            errors.append(f"{where}: markup or placeholder left in text")
        prev_end = -1
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys {sorted(sp)}")
                continue
            a, b, t = sp["start"], sp["end"], sp["type"]
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if a < prev_end:
                errors.append(f"{where}: spans overlap or are out of order at {a}")
            prev_end = b
            if t not in allowed:
                errors.append(f"{where}: type {t} not allowed here")
            s = text[a:b]
            first_ok = t == "LANDLINE" and s[0] == "("  # (010)12345678 is the README's own example
            if (edge_bad(s[0]) and not first_ok) or edge_bad(s[-1]):
                errors.append(f"{where}: whitespace/punctuation at edge of {s!r}")
            msg = check_span(t, s)
            if msg:
                errors.append(f"{where}: {msg}: {s!r}")
    return errors


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(p) for p in argv] or sorted(here.glob("pii_*.jsonl"))
    bad = 0
    for p in paths:
        errs = validate(p)
        for e in errs:
            print(e)
        bad += len(errs)
        print(f"{p.name}: {sum(1 for _ in p.open(encoding='utf-8'))} records, {len(errs)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
