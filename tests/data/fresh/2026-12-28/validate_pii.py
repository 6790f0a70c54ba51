"""Validate pii.jsonl files of this folder (standard library only).

Checks: JSON shape; unique ids with the expected prefix; span bounds, order and no overlap; no whitespace or
punctuation at span edges (a LANDLINE may open with its area code's parenthesis); types in the README table;
per-type format and check digits (ID_CARD MOD 11-2, BANK_CARD Luhn, VIN check digit, MOBILE, LANDLINE,
EMAIL, LICENSE_PLATE, PERSON shape); and, outside the spans, no unlabelled number that passes a check
(an 18-character ID, a 16–19 digit Luhn number, an 11-digit mobile, a VIN) or unlabelled e-mail.

Usage: python validate_pii.py [file ...]   (default: every pii_*.jsonl next to this file)
Exit status 1 when any error is found; prints counts per type.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PREFIXES = {"pii_complaints.jsonl": ("pc1228-", TYPES), "pii_names_prose.jsonl": ("np1228-", {"PERSON"})}

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
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
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
TITLES = (
    "先生",
    "女士",
    "小姐",
    "经理",
    "主任",
    "律师",
    "调解员",
    "老师",
    "师傅",
    "医生",
    "警官",
    "处长",
    "科长",
    "总",
    "会计",
    "阿婆",
    "阿姨",
    "大爷",
    "老人",
    "局长",
    "部长",
    "行长",
    "主管",
    "专员",
    "法官",
)


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", s):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(s, VIN_WEIGHTS, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def check_value(typ: str, s: str) -> str | None:
    """Return an error message when the span text does not fit its type."""
    if typ == "ID_CARD":
        return None if re.fullmatch(r"\d{6} ?\d{8} ?\d{3}[\dX]", s) and id_ok(s) else "bad ID_CARD"
    if typ == "BANK_CARD":
        digits = re.sub(r"[ -]", "", s)
        card_ok = re.fullmatch(r"\d{16,19}", digits) is not None and luhn_ok(digits)
        return None if card_ok else "bad BANK_CARD"
    if typ == "VIN":
        return None if vin_ok(s) else "bad VIN"
    if typ == "MOBILE":
        core = re.sub(r"^(\+86 ?|86-|86 )", "", s)
        core = re.sub(r"[ -]", "", core)
        return None if re.fullmatch(r"1[3-9]\d{9}", core) else "bad MOBILE"
    if typ == "LANDLINE":
        landline = re.fullmatch(r"(0\d{2,3}-|\(0\d{2,3}\) ?|0\d{2,3} )\d{7,8}", s)
        return None if landline else "bad LANDLINE"
    if typ == "EMAIL":
        return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s, re.ASCII) else "bad EMAIL"
    if typ == "LICENSE_PLATE":
        plate = re.fullmatch(rf"[{PROVINCES}][A-Z][·. ]?([A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}})", s)
        return None if plate else "bad LICENSE_PLATE"
    if typ == "PERSON":
        if "·" in s:
            return None if all(is_han(c) for c in s.replace("·", "")) else "bad PERSON"
        if not all(is_han(c) for c in s):
            return "bad PERSON (non-Han)"
        if 2 <= len(s) <= 4:
            return None
        if any(s.endswith(t) for t in TITLES) and len(s) <= 6:
            return None
        return "bad PERSON length"
    if typ == "ADDRESS":
        return None if len(s) >= 4 else "ADDRESS too short"
    return None


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "S"))


def unlabelled_checks(text: str, spans: list[dict[str, object]]) -> list[str]:
    covered = [False] * len(text)
    for sp in spans:
        for i in range(int(sp["start"]), int(sp["end"])):  # type: ignore[call-overload]
            covered[i] = True

    def free(m: re.Match[str]) -> bool:
        return not any(covered[m.start() : m.end()])

    checks = (
        (r"(?<![\dA-Z])\d{17}[\dX](?![\dA-Z])", id_ok, "valid ID"),
        (r"(?<!\d)\d{16,19}(?!\d)", luhn_ok, "Luhn-valid number"),
        (r"(?<!\d)1[3-9]\d{9}(?!\d)", lambda _s: True, "mobile"),
        (r"(?<![0-9A-Z])[0-9A-HJ-NPR-Z]{17}(?![0-9A-Z])", lambda v: bool(re.search("[A-Z]", v)) and vin_ok(v), "VIN"),
        (r"[\w.+-]+@[\w-]+\.[\w.-]+", lambda _s: True, "e-mail"),
    )
    return [
        f"unlabelled {label} {m.group()}"
        for pattern, ok, label in checks
        for m in re.finditer(pattern, text, re.ASCII)
        if free(m) and ok(m.group())
    ]


def validate(path: Path, seen: set[str]) -> tuple[int, Counter[str], Counter[str], int]:
    prefix, allowed = PREFIXES.get(path.name, ("", TYPES))
    errors = 0
    counts: Counter[str] = Counter()
    empty = 0
    n = 0

    def err(rid: str, msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"{path.name}:{rid}: {msg}")

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        n += 1
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            err(f"line {lineno}", f"invalid JSON: {exc}")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "spans"}:
            err(f"line {lineno}", "record must have exactly id, text, spans")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not isinstance(rid, str) or not isinstance(text, str) or not isinstance(spans, list):
            err(f"line {lineno}", "wrong field types")
            continue
        if not re.fullmatch((re.escape(prefix) if prefix else r"[a-z]+\d*-") + r"\d{3}", rid):
            err(rid, f"id must look like {prefix or 'prefix-'}NNN")
        if rid in seen:
            err(rid, "duplicate id")
        seen.add(rid)
        if not text.strip():
            err(rid, "empty text")
        if not spans:
            empty += 1
        prev_end = -1
        for sp in spans:
            if not isinstance(sp, dict) or set(sp) != {"start", "end", "type"}:
                err(rid, f"bad span shape {sp}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(rid, f"span out of bounds {sp}")
                continue
            if t not in allowed:
                err(rid, f"type {t} not allowed here")
            if s < prev_end:
                err(rid, f"span overlaps or out of order {sp}")
            prev_end = e
            val = text[s:e]
            opens_ok = (t == "LANDLINE" and val[0] == "(") or (t == "MOBILE" and val[0] == "+")
            if edge_bad(val[-1]) or (edge_bad(val[0]) and not opens_ok):
                err(rid, f"whitespace/punctuation at span edge: {val!r}")
            msg = check_value(t, val)
            if msg:
                err(rid, f"{msg}: {val!r}")
            counts[t] += 1
        for msg in unlabelled_checks(text, spans):
            err(rid, msg)
    return errors, counts, Counter({"records": n, "without spans": empty}), n


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(HERE.glob("pii_*.jsonl"))
    seen: set[str] = set()
    total_errors = 0
    for path in paths:
        errors, counts, meta, _ = validate(path, seen)
        total_errors += errors
        per_type = ", ".join(f"{t} {c}" for t, c in sorted(counts.items()))
        print(f"{path.name}: {meta['records']} records, {meta['without spans']} without spans; {per_type}")
    print("OK" if total_errors == 0 else f"{total_errors} error(s)")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
