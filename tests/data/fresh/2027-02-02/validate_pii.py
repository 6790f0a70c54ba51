"""Validate the blind pii evaluation round of 2027-02-02 (standard library only).

``python validate_pii.py`` checks both .jsonl files: shape, unique ids, span bounds/order/overlap, span
edges, types, check characters of labelled identifiers, that no unlabelled number in the text passes a
check it should fail, PERSON-only in the prose file, and that ``build_pii.py`` reproduces the files byte
for byte. Prints counts per type and exits non-zero on any problem.
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_pii  # noqa: E402

FILES = {
    "pii_complaints.jsonl": (re.compile(r"^pc0202-\d{3}$"), build_pii.TYPES),
    "pii_names_prose.jsonl": (re.compile(r"^np0202-\d{3}$"), {"PERSON"}),
}
HAN = r"\u3400-\u9fff"
PERSON_RE = re.compile(rf"^(?:[{HAN}]{{2,4}}|[{HAN}]{{2,6}}·[{HAN}]{{2,6}}(?:·[{HAN}]{{2,6}})?)$")
MOBILE_RE = re.compile(r"^(?:\+86[ \-]?|86-|0086[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}$|^(?:\+86[ \-]?|86-)?1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}$")
LANDLINE_RE = re.compile(r"^(?:0\d{2,3}[ \-]?|\(0\d{2,3}\)|（0\d{2,3}）)\d{3,4}[ \-]?\d{4}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
PLATE_RE = re.compile(
    r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[A-HJ-NP-Z][·.\s]?(?:[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9]|[0-9]{5}[DF])$"
)
OPENERS = {"(": ")", "（": "）"}


def bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "Z"))


def check_span(text: str, sp: dict, where: str, errors: list[str]) -> None:
    s = text[sp["start"]:sp["end"]]
    kind = sp["type"]
    first, last = s[0], s[-1]
    opener_ok = kind == "LANDLINE" and first in OPENERS and OPENERS[first] in s
    if (bad_edge(first) and not opener_ok) or bad_edge(last):
        errors.append(f"{where}: span edge {kind} {s!r}")
    compact = re.sub(r"[\s\-·.]", "", s)
    if kind == "PERSON" and not PERSON_RE.match(s):
        errors.append(f"{where}: PERSON shape {s!r}")
    elif kind == "ID_CARD":
        if not re.fullmatch(r"\d{17}[\dX]", compact) or build_pii.id_check(compact[:17]) != compact[17]:
            errors.append(f"{where}: ID_CARD check {s!r}")
    elif kind == "BANK_CARD":
        if not re.fullmatch(r"\d{16,19}", compact) or not build_pii.luhn_ok(compact):
            errors.append(f"{where}: BANK_CARD check {s!r}")
    elif kind == "VIN":
        if (not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s)) or build_pii.vin_check(s) != s[8]:
            errors.append(f"{where}: VIN check {s!r}")
    elif kind == "MOBILE" and not MOBILE_RE.match(s):
        errors.append(f"{where}: MOBILE shape {s!r}")
    elif kind == "LANDLINE" and not LANDLINE_RE.match(s):
        errors.append(f"{where}: LANDLINE shape {s!r}")
    elif kind == "EMAIL" and not EMAIL_RE.match(s):
        errors.append(f"{where}: EMAIL shape {s!r}")
    elif kind == "LICENSE_PLATE" and not PLATE_RE.match(s):
        errors.append(f"{where}: LICENSE_PLATE shape {s!r}")
    elif kind == "ADDRESS" and len(s) < 4:
        errors.append(f"{where}: ADDRESS too short {s!r}")


def check_unlabelled(text: str, spans: list[dict], where: str, errors: list[str]) -> None:
    """Numbers outside labelled spans must fail the check they would otherwise pass."""
    covered = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            covered[i] = True
    for m in re.finditer(r"(?<![0-9])\d[\d ]{15,22}[\dXx](?![0-9])", text):
        if any(covered[m.start():m.end()]):
            continue
        compact = m.group().replace(" ", "")
        if len(compact) == 18 and compact[:17].isdigit() and build_pii.id_check(compact[:17]) == compact[17].upper():
            errors.append(f"{where}: unlabelled number passes the ID check: {m.group()!r}")
        if compact.isdigit() and 16 <= len(compact) <= 19 and build_pii.luhn_ok(compact):
            errors.append(f"{where}: unlabelled number passes Luhn: {m.group()!r}")
    for m in re.finditer(r"(?<![0-9A-Za-z])[A-HJ-NPR-Z0-9]{17}(?![0-9A-Za-z])", text):
        if any(covered[m.start():m.end()]) or m.group().isdigit():
            continue
        if build_pii.vin_check(m.group()) == m.group()[8]:
            errors.append(f"{where}: unlabelled VIN-like string passes the check: {m.group()!r}")


def main() -> int:
    errors: list[str] = []
    rng = random.Random(build_pii.SEED)
    for src_name, out_name, prefix in build_pii.SOURCES:
        expected = "".join(
            json.dumps(r, ensure_ascii=False) + "\n" for r in build_pii.build(HERE / src_name, prefix, rng)
        ).encode("utf-8")
        if (HERE / out_name).read_bytes() != expected:
            errors.append(f"{out_name}: differs from what build_pii.py produces")
    for name, (id_re, types) in FILES.items():
        seen: set[str] = set()
        per_type: collections.Counter[str] = collections.Counter()
        empty = 0
        lengths = []
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            where = f"{name}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not JSON ({exc})")
                continue
            if set(rec) != {"id", "text", "spans"} or not isinstance(rec["text"], str):
                errors.append(f"{where}: keys {sorted(rec)}")
                continue
            rid, text, spans = rec["id"], rec["text"], rec["spans"]
            where = f"{name}:{rid}"
            if not id_re.match(rid) or rid in seen:
                errors.append(f"{where}: bad or duplicate id")
            seen.add(rid)
            if text != text.strip() or "\n" in text:
                errors.append(f"{where}: text has outer whitespace or a newline")
            lengths.append(len(text))
            if name == "pii_complaints.jsonl" and not 30 <= len(text) <= 250:
                errors.append(f"{where}: text length {len(text)} outside 30–250")
            if not spans:
                empty += 1
            prev_end = 0
            for sp in spans:
                if set(sp) != {"start", "end", "type"}:
                    errors.append(f"{where}: span keys {sorted(sp)}")
                    continue
                if sp["type"] not in types:
                    errors.append(f"{where}: type {sp['type']} not allowed here")
                if not (isinstance(sp["start"], int) and isinstance(sp["end"], int)
                        and 0 <= sp["start"] < sp["end"] <= len(text)):
                    errors.append(f"{where}: span bounds {sp}")
                    continue
                if sp["start"] < prev_end:
                    errors.append(f"{where}: spans out of order or overlapping at {sp}")
                prev_end = sp["end"]
                check_span(text, sp, where, errors)
                per_type[sp["type"]] += 1
            check_unlabelled(text, spans, where, errors)
        total = len(seen)
        print(f"{name}: {total} records, {empty} without spans ({empty / max(total, 1):.0%}), "
              f"text length {min(lengths, default=0)}–{max(lengths, default=0)}")
        for t in sorted(per_type):
            print(f"  {t:14s} {per_type[t]}")
        if name == "pii_complaints.jsonl" and set(per_type) != build_pii.TYPES:
            errors.append(f"{name}: types missing: {sorted(build_pii.TYPES - set(per_type))}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
