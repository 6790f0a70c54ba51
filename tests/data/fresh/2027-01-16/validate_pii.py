"""Validate the 2027-01-16 pii sets (standard library only).

Checks: JSON shape, unique ids with the expected prefix, span bounds and order, no overlaps, no whitespace
or punctuation at span edges, types in the README table (PERSON only in the names-prose file), check digits
(ID_CARD MOD 11-2, BANK_CARD Luhn, VIN position 9), MOBILE / LANDLINE / LICENSE_PLATE / EMAIL / PERSON shapes.
Usage: python validate_pii.py [file ...]   (defaults to both files beside this script)
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
FILES = {"pii_complaints.jsonl": ("pc0116", TYPES), "pii_names_prose.jsonl": ("np0116", {"PERSON"})}

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=False)),
    **dict(zip("JKLMN", range(1, 6), strict=False)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=False)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s, ID_W, strict=False)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    s = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", s):
        return False
    c = sum(VIN_VAL[ch] * w for ch, w in zip(s, VIN_W, strict=False)) % 11
    return s[8] == ("X" if c == 10 else str(c))


SHAPES = {
    "MOBILE": re.compile(r"(\+86 ?|86-)?1[3-9]\d([ -]?)\d{4}\2\d{4}"),
    "LANDLINE": re.compile(r"(0\d{2,3}-|\(0\d{2,3}\)|（0\d{2,3}）)\d{7,8}"),
    "EMAIL": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"),
    # trailer plates: four characters and 挂 (蒙B6738挂)
    "LICENSE_PLATE": re.compile(rf"[{PROVINCES}][A-Z][·. ]?([A-HJ-NP-Z0-9]{{5,6}}|[0-9]{{4}}挂)"),
    # Han names are 2-4 characters; minority names run to 5-6 without a dot (苏和巴特尔, 阿不都克里木)
    "PERSON": re.compile(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,8}[·•][\u4e00-\u9fff]{2,8}"),
}


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def validate(path: Path) -> list[str]:
    prefix, allowed = FILES[path.name]
    errors: list[str] = []
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
            errors.append(f"{where}: wrong keys or types")
            continue
        rid, text = rec["id"], rec["text"]
        if not re.fullmatch(rf"{prefix}-\d{{3}}", str(rid)):
            errors.append(f"{where}: bad id {rid!r}")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        prev_end = -1
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in allowed:
                errors.append(f"{where}: type {t} not allowed here")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: bad bounds {s}-{e}")
                continue
            if s < prev_end:
                errors.append(f"{where}: span {s}-{e} overlaps or is out of order")
            prev_end = e
            val = text[s:e]
            # a landline may open with its bracketed area code: (0991)4635287
            if (edge_bad(val[0]) and not (t == "LANDLINE" and val[0] in "(（")) or edge_bad(val[-1]):
                errors.append(f"{where}: whitespace/punctuation at edge of {val!r}")
            bad = {
                "ID_CARD": not id_ok(val),
                "BANK_CARD": not luhn_ok(val),
                "VIN": not vin_ok(val),
            }.get(t, False)
            if t in SHAPES and not SHAPES[t].fullmatch(val):
                bad = True
            if t == "PERSON" and len(val) < 2:
                bad = True
            if bad:
                errors.append(f"{where}: {t} {val!r} fails its check")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in FILES]
    errors = [err for p in paths for err in validate(p)]
    for err in errors:
        print(err)
    print(f"{len(errors)} error(s) in {', '.join(p.name for p in paths)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
