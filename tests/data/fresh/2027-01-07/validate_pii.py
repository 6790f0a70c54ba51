"""Validate the 2027-01-07 pii sets (standard library only).

Checks: JSON shape, unique ids with the expected prefix, span bounds and order, no overlaps,
no whitespace/punctuation at span edges, types in the README table, check digits of labelled
ID_CARD / BANK_CARD / VIN / MOBILE spans, and that unlabelled 18-digit numbers fail the ID
check and unlabelled 16-19 digit runs fail Luhn (hard negatives really are negatives).
Usage: python validate_pii.py [file ...]   (defaults to both sets in this folder)
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PREFIX = {"pii_complaints.jsonl": "pc0107-", "pii_names_prose.jsonl": "np0107-"}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VT = {c: i for i, c in enumerate("0123456789")}
VT.update(
    {
        "A": 1,
        "B": 2,
        "C": 3,
        "D": 4,
        "E": 5,
        "F": 6,
        "G": 7,
        "H": 8,
        "J": 1,
        "K": 2,
        "L": 3,
        "M": 4,
        "N": 5,
        "P": 7,
        "R": 9,
        "S": 2,
        "T": 3,
        "U": 4,
        "V": 5,
        "W": 6,
        "X": 7,
        "Y": 8,
        "Z": 9,
    }
)
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def id_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W, strict=True)) % 11] == s[17]


def luhn_ok(s):
    s = re.sub(r"[\s-]", "", s)
    if not s.isdigit():
        return False
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) * (2 if i % 2 else 1)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def vin_ok(s):
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    c = sum(VT[ch] * w for ch, w in zip(s, VW, strict=True)) % 11
    return s[8] == ("X" if c == 10 else str(c))


def bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def check(path):
    errs = []
    prefix = PREFIX.get(path.name, "")
    ids = set()
    prose = path.name == "pii_names_prose.jsonl"
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
        if not isinstance(rid, str) or not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            errs.append(f"{where}: bad id {rid!r}")
        if rid in ids:
            errs.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        prev_end = -1
        covered = [False] * len(text)
        for sp in r["spans"]:
            if set(sp) != {"start", "end", "type"}:
                errs.append(f"{where}: bad span keys {sp}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in TYPES or (prose and t != "PERSON"):
                errs.append(f"{where}: bad type {t}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errs.append(f"{where}: bad bounds {sp}")
                continue
            if s < prev_end:
                errs.append(f"{where}: overlap or out of order at {s}")
            prev_end = e
            frag = text[s:e]
            for i in range(s, e):
                covered[i] = True
            lead_ok = t == "LANDLINE" and frag[0] in "(（"  # README form (010)12345678
            if (bad_edge(frag[0]) and not lead_ok) or bad_edge(frag[-1]):
                errs.append(f"{where}: whitespace/punctuation at edge {frag!r}")
            if t == "ID_CARD" and not id_ok(frag):
                errs.append(f"{where}: ID check fails {frag}")
            if t == "BANK_CARD" and not (luhn_ok(frag) and 16 <= len(re.sub(r"\s", "", frag)) <= 19):
                errs.append(f"{where}: Luhn fails {frag}")
            if t == "VIN" and not vin_ok(frag):
                errs.append(f"{where}: VIN check fails {frag}")
            if t == "MOBILE" and not re.fullmatch(r"1[3-9]\d{9}", re.sub(r"^(\+86|86-)|[\s-]", "", frag)):
                errs.append(f"{where}: not a mobile {frag}")
            if t == "PERSON" and not 2 <= len(frag) <= 12:
                errs.append(f"{where}: odd PERSON length {frag}")
        for m in re.finditer(r"(?<![\dA-Za-z])\d{16,19}(?![\dA-Za-z])", text):
            if covered[m.start()]:
                continue
            if luhn_ok(m.group()) or (len(m.group()) == 18 and id_ok(m.group())):
                errs.append(f"{where}: unlabelled number passes a check {m.group()}")
    return errs, len(ids)


def main(argv):
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv] or [here / "pii_complaints.jsonl", here / "pii_names_prose.jsonl"]
    bad = 0
    for f in files:
        errs, n = check(f)
        for e in errs:
            print(e)
        bad += len(errs)
        print(f"{f.name}: {n} records, {len(errs)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
