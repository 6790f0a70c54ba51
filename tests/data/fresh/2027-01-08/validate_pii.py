"""Check the shape and labels of the 2027-01-08 pii sets (standard library only).

Usage: python validate_pii.py [file.jsonl ...]   (default: both sets in this folder)
Exit status 1 when any problem is found.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_PATTERNS = {"pii_complaints.jsonl": r"pc0108-\d{3}", "pii_names_prose.jsonl": r"np0108-\d{3}"}
ONLY_PERSON = {"pii_names_prose.jsonl"}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
PLATE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·. ]?[A-Z0-9]{5,6}$")


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    s = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(s, VIN_WEIGHTS, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def mobile_ok(s: str) -> bool:
    s = re.sub(r"^(\+86|86-)", "", s).replace(" ", "").replace("-", "")
    return re.fullmatch(r"1[3-9]\d{9}", s) is not None


def landline_ok(s: str) -> bool:
    return re.fullmatch(r"(0\d{2,3}-|\(0\d{2,3}\))\d{7,8}", s) is not None


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


CHECKS = {
    "ID_CARD": id_ok,
    "BANK_CARD": luhn_ok,
    "VIN": vin_ok,
    "MOBILE": mobile_ok,
    "LANDLINE": landline_ok,
    "EMAIL": lambda s: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s) is not None,
    "LICENSE_PLATE": lambda s: PLATE.match(s) is not None,
    "PERSON": lambda s: 2 <= len(s.replace("·", "")) <= 12 and " " not in s,
}


def check_file(path: Path) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    pattern = ID_PATTERNS.get(path.name)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        if (
            set(rec) != {"id", "text", "spans"}
            or not isinstance(rec["text"], str)
            or not isinstance(rec["spans"], list)
        ):
            problems.append(f"{where}: keys must be id, text, spans")
            continue
        rid = rec["id"]
        if rid in seen:
            problems.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        if pattern and not re.fullmatch(pattern, rid):
            problems.append(f"{where}: id {rid} does not match {pattern}")
        text = rec["text"]
        prev_end = -1
        prev_start = -1
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"}:
                problems.append(f"{where}: span keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in TYPES:
                problems.append(f"{where}: unknown type {t}")
            if path.name in ONLY_PERSON and t != "PERSON":
                problems.append(f"{where}: only PERSON belongs in this set, got {t}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: span out of bounds {sp}")
                continue
            if s < prev_start:
                problems.append(f"{where}: spans not in order at {s}")
            if s < prev_end:
                problems.append(f"{where}: overlapping spans at {s}")
            prev_start, prev_end = s, e
            frag = text[s:e]
            first_ok = t == "LANDLINE" and frag[0] == "("
            if (bad_edge(frag[0]) and not first_ok) or bad_edge(frag[-1]):
                problems.append(f"{where}: whitespace/punctuation at edge of {t} {frag!r}")
            check = CHECKS.get(t)
            if check and not check(frag):
                problems.append(f"{where}: {t} {frag!r} fails its check")
        covered = [(sp["start"], sp["end"]) for sp in rec["spans"] if isinstance(sp, dict) and "start" in sp]
        for m in UNLABELLED.finditer(text):
            inside = any(a <= m.start() and m.end() <= b for a, b in covered)
            if not inside and (id_ok(m.group()) or mobile_ok(m.group())):
                problems.append(f"{where}: unlabelled number {m.group()!r} passes an ID or mobile check")
    return problems


UNLABELLED = re.compile(r"(?<![\dA-Z])(?:\d{17}[\dX]|1[3-9]\d{9})(?![\dA-Z])")


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [HERE / name for name in ID_PATTERNS]
    problems = [p for f in files for p in check_file(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
