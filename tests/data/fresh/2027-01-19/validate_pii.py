"""Check the 2027-01-19 pii sets (standard library only).

Checks: JSON shape, unique ids with the set's prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, types from the README table, check digits of ID_CARD / BANK_CARD / VIN, the shape
of MOBILE / LANDLINE / EMAIL / LICENSE_PLATE spans, PERSON-only labels in the prose set, and (as warnings)
unlabelled digit runs that would pass as a mobile, an ID or a Luhn card number.

Usage: python validate_pii.py [file.jsonl ...]   (default: both sets beside this file); exit 1 on errors.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
SETS = {
    "pii_complaints.jsonl": ("pc0119-", TYPES),
    "pii_names_prose.jsonl": ("np0119-", {"PERSON"}),
}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
VIN_VALUES = {str(d): d for d in range(10)}
VIN_VALUES.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
VIN_VALUES.update({"P": 7, "R": 9})
VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

MOBILE = re.compile(r"(?:\+86 ?|86-?)?1[3-9]\d(?:[- ]?\d{4}){2}")
LANDLINE = re.compile(r"(?:0\d{2,3}-|\(0\d{2,3}\) ?|（0\d{2,3}）)\d{7,8}")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PLATE = re.compile(
    rf"[{PROVINCES}][A-Z][·. ]?(?:[DF][A-HJ-NP-Z0-9]\d{{4}}|[A-HJ-NP-Z0-9]{{5}}|[A-HJ-NP-Z0-9]{{4}}[DF])"
)


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


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
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(s, VIN_WEIGHTS, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def bad_edge(ch: str) -> bool:
    return ch.isspace() or (unicodedata.category(ch).startswith(("P", "S")) and ch != "+")


def check_surface(kind: str, s: str) -> str | None:
    checks: dict[str, Callable[[str], bool]] = {
        "ID_CARD": id_ok,
        "BANK_CARD": luhn_ok,
        "VIN": vin_ok,
        "MOBILE": lambda x: MOBILE.fullmatch(x) is not None,
        "LANDLINE": lambda x: LANDLINE.fullmatch(x) is not None,
        "EMAIL": lambda x: EMAIL.fullmatch(x) is not None,
        "LICENSE_PLATE": lambda x: PLATE.fullmatch(x) is not None,
    }
    ok = checks.get(kind)
    if ok is not None and not ok(s):
        return f"{kind} {s!r} fails its format/check"
    return None


def validate(path: Path) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    prefix, types = SETS.get(path.name, ("", TYPES))
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys must be id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not rid.startswith(prefix) or not re.fullmatch(r"[a-z]+\d{4}-\d{3}", rid):
            errors.append(f"{where}: bad id {rid!r}")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(text, str) or not text or text != text.strip():
            errors.append(f"{where}: text empty or padded")
            continue
        if not isinstance(spans, list):
            errors.append(f"{where}: spans must be a list")
            continue
        last_end = -1
        covered = [False] * len(text)
        for sp in spans:
            if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
                errors.append(f"{rid}: span keys must be start, end, type: {sp}")
                continue
            a, b, kind = sp["start"], sp["end"], sp["type"]
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                errors.append(f"{rid}: span out of bounds {sp}")
                continue
            if kind not in types:
                errors.append(f"{rid}: type {kind!r} not allowed in this set")
            if a < last_end:
                errors.append(f"{rid}: spans overlap or are out of order at {a}")
            last_end = b
            s = text[a:b]
            opening_bracket = kind == "LANDLINE" and s[0] in "(（"  # (0743)8216047 as in the README
            if (bad_edge(s[0]) and not opening_bracket) or bad_edge(s[-1]):
                errors.append(f"{rid}: whitespace/punctuation at the edge of {kind} {s!r}")
            msg = check_surface(kind, s)
            if msg:
                errors.append(f"{rid}: {msg}")
            if kind == "PERSON" and not re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff· ]*[\u4e00-\u9fff]", s):
                errors.append(f"{rid}: PERSON {s!r} is not written in Chinese characters")
            for i in range(a, b):
                covered[i] = True
        # warnings: unlabelled numbers that look like personal data
        for m in re.finditer(r"(?<![\dA-Za-z])\d[\d -]{9,22}\d(?![\dA-Za-z])", text):
            if any(covered[m.start() : m.end()]):
                continue
            raw = m.group().replace(" ", "").replace("-", "")
            if id_ok(raw) or (16 <= len(raw) <= 19 and luhn_ok(raw)) or re.fullmatch(r"1[3-9]\d{9}", raw):
                warnings.append(f"{rid}: unlabelled number {m.group()!r} passes a check")
    return errors, warnings


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in SETS]
    failed = False
    for path in paths:
        errors, warnings = validate(path)
        for w in warnings:
            print("warning:", w)
        for e in errors:
            print("error:", e)
        print(f"{path.name}: {len(errors)} errors, {len(warnings)} warnings")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
