#!/usr/bin/env python3
"""Validate the pii evaluation files of this folder (standard library only).

Checks: JSON shape, unique ids with the right prefix, span bounds / order / no overlap, no whitespace or
punctuation at span edges (one documented exception: a LANDLINE written as (010)12345678 starts with its
parenthesis), known types, per-type formats and check digits (GB 11643, Luhn, ISO 3779), PERSON only in the
prose file, and that unlabelled look-alikes really fail: an unlabelled 18-character ID-shaped number fails
the ID check, an unlabelled 16-19 digit run fails Luhn, an unlabelled 17-character VIN-shaped token fails the
VIN check, and no unlabelled 11-digit mobile-shaped run is left. Prints counts per file and per type.
Exit status 0 when everything passes.
"""
from __future__ import annotations

import datetime
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from build_pii import id_check, luhn_ok, vin_check

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
FILES = {
    "pii_complaints.jsonl": ("pc0128-", TYPES, (30, 250)),
    "pii_names_prose.jsonl": ("np0128-", {"PERSON"}, (15, 250)),
}
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z][·.\s]?[A-HJ-NP-Z0-9]{{5,6}}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def is_edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "Z"))


def check_value(typ: str, s: str) -> str | None:
    compact = re.sub(r"[\s-]", "", s)
    if typ == "ID_CARD":
        if not re.fullmatch(r"\d{17}[\dX]", compact):
            return "ID shape"
        if id_check(compact[:17]) != compact[17]:
            return "ID check"
        try:
            born = datetime.date(int(compact[6:10]), int(compact[10:12]), int(compact[12:14]))
        except ValueError:
            return "ID birth date"
        if not datetime.date(1920, 1, 1) <= born <= datetime.date(2026, 12, 31):
            return "ID birth year"
    elif typ == "BANK_CARD":
        if not re.fullmatch(r"\d{16,19}", compact) or not luhn_ok(compact):
            return "card Luhn/shape"
    elif typ == "VIN":
        if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s) or vin_check(s) != s[8]:
            return "VIN check"
    elif typ == "MOBILE":
        m = re.sub(r"^(\+86|86)", "", compact)
        if not re.fullmatch(r"1[3-9]\d{9}", m):
            return "mobile shape"
    elif typ == "LANDLINE":
        d = re.sub(r"[()（）\s-]", "", s)
        if not re.fullmatch(r"0\d{2,3}\d{7,8}", d) or len(d) > 12:
            return "landline shape"
    elif typ == "EMAIL":
        if not EMAIL.fullmatch(s):
            return "email shape"
    elif typ == "LICENSE_PLATE":
        if not PLATE.fullmatch(s):
            return "plate shape"
    elif typ == "PERSON":
        if "·" in s:
            if not all(CJK.fullmatch(p) for p in s.split("·")):
                return "minority name shape"
        elif not CJK.fullmatch(s) or not 2 <= len(s) <= 5:
            return "person shape"
    elif typ == "ADDRESS" and len(s) < 4:
        return "address too short"
    return None


def masked(text: str, spans: list[dict]) -> str:
    """The text with all labelled spans blanked out (so look-alike scans see only unlabelled text)."""
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "\u3000"
    return "".join(chars)


def lookalikes(text: str, spans: list[dict]) -> list[str]:
    errs = []
    t = masked(text, spans)
    errs += [f"unlabelled valid ID {m.group()}"
             for m in re.finditer(r"(?<!\d)\d{17}[\dXx](?![0-9A-Za-z])", t)
             if id_check(m.group()[:17]) == m.group()[17].upper()]
    t = masked(text, spans)
    for m in re.finditer(r"(?<![0-9A-Za-z])(\d{4}[ -]){3,4}\d{1,4}(?![0-9])|(?<!\d)\d{16,19}(?![0-9])", t):
        d = re.sub(r"\D", "", m.group())
        if 16 <= len(d) <= 19 and luhn_ok(d):
            errs.append(f"unlabelled Luhn-valid {m.group()}")
    t = masked(text, spans)
    for m in re.finditer(r"(?<![0-9A-Za-z])[A-HJ-NPR-Z0-9]{17}(?![0-9A-Za-z])", t):
        s = m.group()
        if re.search(r"[A-Z]", s) and vin_check(s) == s[8]:
            errs.append(f"unlabelled valid VIN {s}")
    t = masked(text, spans)
    errs += [f"unlabelled mobile-shaped {m.group()}" for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", t)]
    return errs


def validate(name: str, prefix: str, allowed: set[str], lengths: tuple[int, int]) -> tuple[int, Counter, int]:
    errors = 0
    ids = set()
    per_type: Counter = Counter()
    empty = 0
    path = HERE / name
    raw = path.read_bytes()
    if not raw.endswith(b"\n"):
        print(f"{name}: no final newline")
        errors += 1
    where = [0]

    def err(msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"{name}:{where[0]}: {msg}")

    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        where[0] = n
        rec = json.loads(line)
        if set(rec) != {"id", "text", "spans"}:
            err(f"keys {sorted(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            err(f"bad id {rid}")
        if rid in ids:
            err(f"duplicate id {rid}")
        ids.add(rid)
        if not lengths[0] <= len(text) <= lengths[1]:
            err(f"{rid}: length {len(text)}")
        if text != text.strip():
            err(f"{rid}: text has outer whitespace")
        if not spans:
            empty += 1
        prev_end = 0
        for sp in spans:
            if set(sp) != {"start", "end", "type"}:
                err(f"{rid}: span keys {sorted(sp)}")
                continue
            s, e, typ = sp["start"], sp["end"], sp["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{rid}: span bounds {sp}")
                continue
            if s < prev_end:
                err(f"{rid}: spans out of order or overlapping at {s}")
            prev_end = e
            if typ not in allowed:
                err(f"{rid}: type {typ} not allowed here")
            frag = text[s:e]
            first_ok = typ == "LANDLINE" and frag[0] in "(（"
            if (is_edge_bad(frag[0]) and not first_ok) or is_edge_bad(frag[-1]):
                err(f"{rid}: bad edge in {typ} {frag!r}")
            problem = check_value(typ, frag)
            if problem:
                err(f"{rid}: {problem}: {frag!r}")
            per_type[typ] += 1
        for problem in lookalikes(text, spans):
            err(f"{rid}: {problem}")
    return errors, per_type, empty


def main() -> int:
    total = 0
    for name, (prefix, allowed, lengths) in FILES.items():
        errors, per_type, empty = validate(name, prefix, allowed, lengths)
        n = sum(1 for _ in (HERE / name).open(encoding="utf-8"))
        print(f"{name}: {n} records, {empty} without spans ({empty / max(n, 1):.0%}), "
              f"{sum(per_type.values())} spans, {errors} errors")
        for typ in sorted(per_type):
            print(f"  {typ:14s} {per_type[typ]}")
        total += errors
    print("OK" if total == 0 else f"FAILED: {total} errors")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
