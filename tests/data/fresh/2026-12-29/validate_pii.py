"""Check the 2026-12-29 pii sets (standard library only).

Checks: JSON shape, id pattern and uniqueness, span bounds, order and overlaps, no whitespace or punctuation at
span edges, types in the README table, check digits (ID_CARD, BANK_CARD, VIN), the shape of MOBILE, LANDLINE,
EMAIL, LICENSE_PLATE and PERSON spans, and that no valid ID / Luhn card / VIN / plain mobile in a text is left
unlabelled. Prints counts per type. Exit status 1 on any error.

Run: ``python validate_pii.py [file ...]`` (default: both sets next to this file).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"pii_complaints.jsonl": "pc1229", "pii_names_prose.jsonl": "np1229"}
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
PUNCT = set(" \t\n\u3000，。、；：！？（）()【】[]「」『』《》“”‘’\"',.;:!?-—…·•/")
EDGE_OK = {("MOBILE", "start", "+"), ("LANDLINE", "start", "("), ("LANDLINE", "start", "（")}

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_MAP = {
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
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(
    rf"^(?:[{PROVINCES}][A-Z][·•.\s]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}}|[0-9]{{5}}[DF]|[A-HJ-NP-Z0-9]{{4}}[挂学警领])"
    r"|使[0-9]{3}[·\s]?[0-9]{3})$"
)
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
LANDLINE = re.compile(r"^(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[-\s]?)?\d{3,4}[-\s]?\d{4}(?:(?:转|-|ext\.?|分机)\d{2,5})?$")
MOBILE = re.compile(r"^(?:\+86\s?|86-?)?1[3-9]\d{9}$")
# a labelled value that also occurs as a plain word on purpose (a mountain named like the complainant)
INTENDED_UNLABELLED = {"贺兰山东麓", "黎明时分", "钟情于这", "夏天开空", "黄河路营"}
TITLES = ("先生", "女士", "小姐", "经理", "主任", "律师", "老师", "师傅", "医生", "警官", "科长", "总")


def id_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    total = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_WEIGHTS, strict=True)) % 11
    return s[8] == ("X" if total == 10 else str(total))


def check_value(kind: str, value: str) -> str | None:
    norm = unicodedata.normalize("NFKC", value)
    if kind == "ID_CARD" and not id_ok(norm):
        return "ID check character"
    if kind == "BANK_CARD":
        digits = re.sub(r"[\s-]", "", norm)
        if not (digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits)):
            return "bank card length/Luhn"
    if kind == "VIN" and not vin_ok(norm):
        return "VIN check digit"
    if kind == "MOBILE" and not MOBILE.match(re.sub(r"(?<=\d)[\s-](?=\d)", "", norm)):
        return "mobile shape"
    if kind == "LANDLINE" and not LANDLINE.match(norm):
        return "landline shape"
    if kind == "EMAIL" and not EMAIL.match(norm):
        return "e-mail shape"
    if kind == "LICENSE_PLATE" and not PLATE.match(norm):
        return "plate shape"
    if kind == "PERSON":
        if "·" in value or "•" in value:
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,}(?:[·•][\u4e00-\u9fff]{2,})+", value):
                return "minority name shape"
        elif not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", value):
            return "name shape"
    return None


def unlabelled(text: str, covered: list[tuple[int, int]]) -> list[str]:
    """Valid structured values in the text outside every span (a forgotten label)."""
    found = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in covered)

    norm = unicodedata.normalize("NFKC", text)
    checks = (
        ("ID", r"(?<![0-9A-Za-z])\d{6}\s?\d{8}\s?\d{3}[\dXx](?![0-9A-Za-z])", id_ok),
        (
            "card",
            r"(?<![0-9A-Za-z])(?:\d{4}\s?){3}\d{4}(?:\d{3}|\s\d{3})?(?![0-9A-Za-z])",
            lambda v: luhn_ok(v.replace(" ", "")),
        ),
        ("VIN", r"(?<![0-9A-Za-z])[A-HJ-NPR-Z0-9]{17}(?![0-9A-Za-z])", vin_ok),
        ("mobile", r"(?<![0-9A-Za-z])1[3-9]\d{9}(?!\d)", lambda v: True),
    )
    for label, pattern, ok in checks:
        found.extend(
            f"unlabelled {label} {m.group()}"
            for m in re.finditer(pattern, norm)
            if ok(m.group()) and free(m.start(), m.end())
        )
    return found


def validate(path: Path, prefix: str) -> tuple[list[str], Counter[str], int, int]:
    errors: list[str] = []
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    empty = 0
    n = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        n += 1
        where = f"{path.name}:{lineno}"
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
            errors.append(f"{where}: keys/shape")
            continue
        rid, text = rec["id"], rec["text"]
        if not re.fullmatch(rf"{prefix}-\d{{3}}", str(rid)):
            errors.append(f"{where}: id {rid!r} not {prefix}-NNN")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if not rec["spans"]:
            empty += 1
        last_end = -1
        covered = []
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{rid}: span keys {sorted(sp)}")
                continue
            start, end, kind = sp["start"], sp["end"], sp["type"]
            if kind not in TYPES:
                errors.append(f"{rid}: unknown type {kind}")
            if prefix == "np1229" and kind != "PERSON":
                errors.append(f"{rid}: prose set holds PERSON only")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                errors.append(f"{rid}: bounds {start}-{end}")
                continue
            if start < last_end:
                errors.append(f"{rid}: spans overlap or out of order at {start}")
            last_end = end
            covered.append((start, end))
            value = text[start:end]
            for side, ch in (("start", value[0]), ("end", value[-1])):
                if (ch in PUNCT or ch.isspace()) and (kind, side, ch) not in EDGE_OK:
                    errors.append(f"{rid}: {kind} {value!r} has {ch!r} at its {side}")
            problem = check_value(kind, value)
            if problem:
                errors.append(f"{rid}: {kind} {value!r}: {problem}")
            counts[kind] += 1
        errors.extend(f"{rid}: {msg}" for msg in unlabelled(text, covered))
        for value in {text[s:e] for s, e in covered}:
            for m in re.finditer(re.escape(value), text):
                if text[m.start() : m.end() + 2] in INTENDED_UNLABELLED:
                    continue
                if all(m.end() <= s or m.start() >= e for s, e in covered):
                    errors.append(f"{rid}: {value!r} labelled once but also unlabelled at {m.start()}")
    return errors, counts, empty, n


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in FILES]
    status = 0
    for path in paths:
        errors, counts, empty, n = validate(path, FILES.get(path.name, "pc1229"))
        print(
            f"{path.name}: {n} records, {empty} without any span; "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
        for err in errors:
            print("  ERROR", err)
        status |= bool(errors)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
