"""Check the 2027-01-01 pii sets (standard library only).

Usage: python validate_pii.py [file.jsonl ...]   (defaults to the pii_*.jsonl files beside this script)

Checks: JSON shape, unique ids with the file's prefix, span bounds and order, no overlaps, no whitespace
or punctuation at span edges (except a leading + on MOBILE and a leading bracket on LANDLINE), check
digits (ID_CARD ISO 7064 MOD 11-2, BANK_CARD Luhn, VIN position 9), MOBILE / LICENSE_PLATE / EMAIL shape,
types in the README table (PERSON only in the names-prose file), and that no unlabelled digit run looks
like a valid ID or bank card.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PREFIX = {"pii_complaints.jsonl": ("pc0101-", TYPES), "pii_names_prose.jsonl": ("np0101-", {"PERSON"})}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_TR = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", [1, 2, 3, 4, 5, 7, 9], strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W, strict=True)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def card_ok(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d)


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    r = sum(VIN_TR[c] * w for c, w in zip(s, VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def mobile_ok(s: str) -> bool:
    d = re.sub(r"^(\+86|86-)", "", s).replace(" ", "").replace("-", "")
    return re.fullmatch(r"1[3-9]\d{9}", d) is not None


def plate_ok(s: str) -> bool:
    p = s.replace("·", "").replace(" ", "").replace(".", "")
    return re.fullmatch(f"[{PROVINCES}][A-Z][A-HJ-NP-Z0-9]{{5,6}}", p) is not None


def is_edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P") or unicodedata.category(ch).startswith("S")


def check_file(path: Path) -> list[str]:
    errs: list[str] = []
    prefix, allowed = PREFIX.get(path.name, (None, TYPES))
    ids: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"{where}: bad JSON ({exc})")
            continue
        if (
            set(rec) != {"id", "text", "spans"}
            or not isinstance(rec["text"], str)
            or not isinstance(rec["spans"], list)
        ):
            errs.append(f"{where}: shape")
            continue
        rid, text = rec["id"], rec["text"]
        pat = re.escape(prefix) if prefix else r"[a-z]{2}\d{4}-"
        if not isinstance(rid, str) or not re.fullmatch(pat + r"\d{3}", rid):
            errs.append(f"{where}: id {rid!r} does not match {prefix or 'xx0000-'}NNN")
        if rid in ids:
            errs.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        prev_end = -1
        prev_start = -1
        covered: list[tuple[int, int]] = []
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                errs.append(f"{rid}: span shape {sp}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in allowed:
                errs.append(f"{rid}: type {t} not allowed here")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errs.append(f"{rid}: bounds {sp}")
                continue
            if s < prev_start:
                errs.append(f"{rid}: spans out of order at {s}")
            if s < prev_end:
                errs.append(f"{rid}: overlap at {s}")
            prev_start, prev_end = s, max(prev_end, e)
            covered.append((s, e))
            v = text[s:e]
            lead_ok = (t == "MOBILE" and v[0] == "+") or (t == "LANDLINE" and v[0] in "(（")
            if is_edge_bad(v[0]) and not lead_ok:
                errs.append(f"{rid}: {t} {v!r} starts with whitespace/punctuation")
            if is_edge_bad(v[-1]):
                errs.append(f"{rid}: {t} {v!r} ends with whitespace/punctuation")
            if t == "ID_CARD" and not id_ok(v):
                errs.append(f"{rid}: ID_CARD {v!r} fails the check character")
            if t == "BANK_CARD" and not card_ok(v):
                errs.append(f"{rid}: BANK_CARD {v!r} fails Luhn/length")
            if t == "VIN" and not vin_ok(v):
                errs.append(f"{rid}: VIN {v!r} fails the check digit")
            if t == "MOBILE" and not mobile_ok(v):
                errs.append(f"{rid}: MOBILE {v!r} malformed")
            if t == "LICENSE_PLATE" and not plate_ok(v):
                errs.append(f"{rid}: LICENSE_PLATE {v!r} malformed")
            if t == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v, re.ASCII):
                errs.append(f"{rid}: EMAIL {v!r} malformed")
            if t == "LANDLINE" and not re.fullmatch(r"[(（]?0\d{2,3}[)）]?[- ]?\d{3,4}[- ]?\d{4}", v):
                errs.append(f"{rid}: LANDLINE {v!r} malformed")
            if t == "PERSON" and not (2 <= len(v.replace("·", "")) <= 12):
                errs.append(f"{rid}: PERSON {v!r} length")
        # unlabelled numbers that would pass as an ID or a bank card are labelling slips
        for m in re.finditer(r"(?<![\dA-Za-z])\d[\d ]{14,22}[\dX](?![\dA-Za-z])", text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            d = m.group(0).replace(" ", "")
            if (len(d) == 18 and id_ok(d)) or (d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d)):
                errs.append(f"{rid}: unlabelled {m.group(0)!r} passes a check")
    return errs


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv] or sorted(here.glob("pii_*.jsonl"))
    errs: list[str] = []
    for f in files:
        errs += check_file(f)
        counts: dict[str, int] = {}
        recs = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines()]
        for r in recs:
            for sp in r["spans"]:
                counts[sp["type"]] = counts.get(sp["type"], 0) + 1
        empty = sum(1 for r in recs if not r["spans"])
        print(
            f"{f.name}: {len(recs)} records, {empty} without spans, "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
