#!/usr/bin/env python3
"""Validate the pii evaluation set of 2027-01-26 (standard library only). Exit code 1 on any error."""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
FW = str.maketrans("０１２３４５６７８９Ｘ", "0123456789X")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_T = {**{str(d): d for d in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def norm(s):
    return re.sub(r"[\s\-·.]", "", s.translate(FW)).upper()


def id_valid(s):
    s = norm(s)
    return (bool(re.fullmatch(r"\d{17}[\dX]", s))
            and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W, strict=True)) % 11] == s[17])


def luhn_valid(s):
    s = norm(s)
    if not s.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def vin_valid(s):
    s = norm(s)
    if len(s) != 17 or set(s) & set("IOQ") or not all(c in VIN_T for c in s):
        return False
    r = sum(VIN_T[c] * w for c, w in zip(s, VIN_W, strict=True)) % 11
    return ("X" if r == 10 else str(r)) == s[8]


def edge_bad(ch):
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def check_file(name, prefix, person_only, errors):
    ids, counts, empty, n = set(), Counter(), 0, 0
    for ln, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{ln}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad json {e}")
            continue
        n += 1
        if set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys {sorted(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not re.fullmatch(prefix + r"-\d{3}", rid):
            errors.append(f"{where}: id {rid}")
        if rid in ids:
            errors.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if not 20 <= len(text) <= 260:
            errors.append(f"{where}: length {len(text)}")
        if not spans:
            empty += 1
        prev_end = 0
        for sp in spans:
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in TYPES:
                errors.append(f"{where}: type {t}")
            if person_only and t != "PERSON":
                errors.append(f"{where}: non-PERSON span in prose file")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: bounds {s},{e}")
                continue
            if s < prev_end:
                errors.append(f"{where}: overlap or order at {s}")
            prev_end = e
            val = text[s:e]
            # an opening bracket of a landline area code like (020) is allowed at the start
            if (edge_bad(val[0]) or edge_bad(val[-1])) and not (t == "LANDLINE" and val[0] in "(（"):
                errors.append(f"{where}: edge punctuation/space in {val!r}")
            counts[t] += 1
            if t == "ID_CARD" and not id_valid(val):
                errors.append(f"{where}: ID check fails {val!r}")
            if t == "BANK_CARD" and not (16 <= len(norm(val)) <= 19 and luhn_valid(val)):
                errors.append(f"{where}: Luhn fails {val!r}")
            if t == "VIN" and not vin_valid(val):
                errors.append(f"{where}: VIN check fails {val!r}")
            if t == "MOBILE" and not re.fullmatch(r"(?:\+?86)?1[3-9]\d{9}", norm(val).lstrip("+")):
                errors.append(f"{where}: mobile shape {val!r}")
            if t == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", val):
                errors.append(f"{where}: email shape {val!r}")
            if t == "PERSON" and not (re.fullmatch(r"[\u3400-\u9fff]{2,5}", val)
                                      or re.fullmatch(r"[\u3400-\u9fff]{1,10}(·[\u3400-\u9fff]{1,10})+", val)):
                errors.append(f"{where}: person shape {val!r}")
        # unlabelled numbers must not look like IDs or cards
        masked = list(text)
        for sp in spans:
            for i in range(sp["start"], sp["end"]):
                masked[i] = "§"
        rest = "".join(masked).translate(FW)
        for m in re.finditer(r"(?<![\dA-Z])\d{17}[\dX](?![\dA-Z])", rest):
            if id_valid(m.group()):
                errors.append(f"{where}: unlabelled valid ID {m.group()}")
        for m in re.finditer(r"(?<![\d])\d(?:[ \-]?\d){15,18}(?![\d])", rest):
            digits = norm(m.group())
            if 16 <= len(digits) <= 19 and luhn_valid(digits):
                errors.append(f"{where}: unlabelled Luhn-valid number {m.group()}")
    return n, empty, counts


def main():
    errors = []
    n1, e1, c1 = check_file("pii_complaints.jsonl", "pc0126", False, errors)
    n2, e2, c2 = check_file("pii_names_prose.jsonl", "np0126", True, errors)
    print(f"pii_complaints.jsonl: {n1} records, {e1} without spans, {dict(sorted(c1.items()))}")
    print(f"pii_names_prose.jsonl: {n2} records, {e2} without spans, {dict(sorted(c2.items()))}")
    if len(c1) != 9:
        errors.append(f"complaints file lacks types: {sorted(TYPES - set(c1))}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
