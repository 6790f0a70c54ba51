"""Validate the pii evaluation round of 2027-01-23 (standard library only).

Checks: JSON shape, unique sequential ids, span bounds / order / no overlap, no whitespace or
punctuation at span edges, known types, check digits (ID_CARD GB 11643, BANK_CARD Luhn, VIN ISO 3779),
shapes of the other types, PERSON-only in the prose file, hard negatives really failing their checks,
record lengths, and that build_pii.py reproduces the .jsonl files byte for byte.
Prints counts per file and per type.  Exit status 1 on any error.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_pii  # noqa: E402

FILES = {
    "pii_complaints.jsonl": {"prefix": "pc0123-", "types": build_pii.TYPES, "length": (30, 250)},
    "pii_names_prose.jsonl": {"prefix": "np0123-", "types": {"PERSON"}, "length": (10, 300)},
}
HAN = r"\u3400-\u9fff"
PERSON_RE = re.compile(rf"^[{HAN}]{{2,4}}$|^[{HAN}]{{2,6}}·[{HAN}]{{2,6}}(·[{HAN}]{{2,6}})?$")
MOBILE_RE = re.compile(r"^(\+86[ -]?|86-|0086[ -]?)?1[3-9]\d(?:[ -]?\d){8}$")
LANDLINE_RE = re.compile(r"^(\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[- ]?)\d{3,4}[- ]?\d{4}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
PLATE_RE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                      r"[A-HJ-NP-Z][·• ]?(?:[DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]|\d{5}[DF])$")
VIN_RE = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
ADDRESS_HINT = re.compile(r"[村组路街道巷号室栋楼单元弄里镇乡区园库门面摊位口段院场屯湾庄]")


def edge_bad(ch):
    return ch.isspace() or (unicodedata.category(ch)[0] in "PZS" and ch not in "·")


def id_ok(value):
    v = value.replace(" ", "")
    return (len(v) == 18 and v[:17].isdigit() and v[17] in "0123456789Xx"
            and build_pii.id_check(v[:17]) == v[17].upper())


def check_span(rid, typ, value, errors):
    if typ == "PERSON" and not PERSON_RE.match(value):
        errors.append(f"{rid}: PERSON shape {value!r}")
    elif typ == "ID_CARD" and not id_ok(value):
        errors.append(f"{rid}: ID_CARD check fails {value!r}")
    elif typ == "BANK_CARD":
        d = re.sub(r"[ -]", "", value)
        if not (d.isdigit() and 16 <= len(d) <= 19 and build_pii.luhn_ok(d)):
            errors.append(f"{rid}: BANK_CARD fails {value!r}")
    elif typ == "VIN":
        if not (VIN_RE.match(value) and build_pii.vin_check(value) == value[8]):
            errors.append(f"{rid}: VIN fails {value!r}")
    elif typ == "MOBILE" and not MOBILE_RE.match(value):
        errors.append(f"{rid}: MOBILE shape {value!r}")
    elif typ == "LANDLINE" and not LANDLINE_RE.match(value):
        errors.append(f"{rid}: LANDLINE shape {value!r}")
    elif typ == "EMAIL" and not EMAIL_RE.match(value):
        errors.append(f"{rid}: EMAIL shape {value!r}")
    elif typ == "LICENSE_PLATE" and not PLATE_RE.match(value):
        errors.append(f"{rid}: LICENSE_PLATE shape {value!r}")
    elif typ == "ADDRESS" and not ADDRESS_HINT.search(value):
        errors.append(f"{rid}: ADDRESS without a street/village/building part {value!r}")


def check_negatives(rid, text, spans, errors):
    covered = set()
    for s in spans:
        covered.update(range(s["start"], s["end"]))
    for m in re.finditer(r"\d[\d ]*\d[Xx]?", text):
        if any(i in covered for i in range(m.start(), m.end())):
            continue
        for run in re.finditer(r"\d+[Xx]?", m.group()):
            if len(run.group()) == 18 and id_ok(run.group()):
                errors.append(f"{rid}: unlabelled 18-character run passes the ID check {run.group()}")
        d = m.group().replace(" ", "").rstrip("Xx")
        for part in {d} | {r.group() for r in re.finditer(r"\d+", m.group())}:
            if 16 <= len(part) <= 19 and build_pii.luhn_ok(part):
                errors.append(f"{rid}: unlabelled {len(part)}-digit run passes Luhn {part}")
    for m in re.finditer(r"[A-HJ-NPR-Z0-9]{17}", text):
        if not any(i in covered for i in range(m.start(), m.end())) and re.search(r"[A-Z]", m.group()) \
                and build_pii.vin_check(m.group()) == m.group()[8]:
            errors.append(f"{rid}: unlabelled VIN-shaped string passes the check {m.group()}")


def validate_file(name, cfg, errors):
    path = HERE / name
    raw = path.read_bytes().decode("utf-8")
    if raw and not raw.endswith("\n"):
        errors.append(f"{name}: no final newline")
    seen, types, empty = set(), Counter(), 0
    lines = raw.splitlines()
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{n}: bad JSON {e}")
            continue
        if set(rec) != {"id", "text", "spans"}:
            errors.append(f"{name}:{n}: keys {sorted(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid != f"{cfg['prefix']}{n:03d}":
            errors.append(f"{name}:{n}: id {rid!r} not sequential")
        if rid in seen:
            errors.append(f"{rid}: duplicate id")
        seen.add(rid)
        if not isinstance(text, str) or not isinstance(spans, list):
            errors.append(f"{rid}: text/spans types")
            continue
        lo, hi = cfg["length"]
        if not lo <= len(text) <= hi:
            errors.append(f"{rid}: length {len(text)} outside {lo}-{hi}")
        if text != text.strip():
            errors.append(f"{rid}: leading/trailing whitespace in text")
        prev_end = 0
        for s in spans:
            if set(s) != {"start", "end", "type"}:
                errors.append(f"{rid}: span keys {sorted(s)}")
                continue
            st, en, typ = s["start"], s["end"], s["type"]
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
                errors.append(f"{rid}: span bounds {s}")
                continue
            if st < prev_end:
                errors.append(f"{rid}: spans unsorted or overlapping at {st}")
            prev_end = en
            if typ not in cfg["types"]:
                errors.append(f"{rid}: type {typ} not allowed in {name}")
            value = text[st:en]
            if (edge_bad(value[0]) and not (typ == "MOBILE" and value[0] == "+")
                                       and not (typ == "LANDLINE" and value[0] in "(（")) or edge_bad(value[-1]):
                errors.append(f"{rid}: whitespace/punctuation at span edge {value!r}")
            check_span(rid, typ, value, errors)
            types[typ] += 1
        if not spans:
            empty += 1
        check_negatives(rid, text, spans, errors)
    return len(lines), empty, types


def main():
    errors = []
    for src_name, out_name, prefix in build_pii.SETS:
        if build_pii.dump(build_pii.build(src_name, prefix)) != (HERE / out_name).read_text(encoding="utf-8"):
            errors.append(f"{out_name}: differs from what build_pii.py produces (run python build_pii.py)")
    for name, cfg in FILES.items():
        n, empty, types = validate_file(name, cfg, errors)
        print(f"{name}: {n} records, {empty} without spans, {sum(types.values())} spans")
        for typ in sorted(types):
            print(f"  {typ:14s}{types[typ]:5d}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
