"""Check the 2027-01-24 blind pii round (standard library only). Exit 0 when every check passes.

Checks: JSON shape, unique ids with the right prefix, span bounds / order / no overlap, no whitespace or
punctuation at span edges (a leading "+" of +86 and "(" of "(010)" are allowed), known types, check digits
of labelled IDs (GB 11643), bank cards (Luhn) and VINs (ISO 3779), format of mobiles, plates and e-mails,
PERSON-only in the prose file, and that unlabelled digit runs which could be IDs or cards really fail
their checks (so the hard negatives are negatives). Also checks that the .jsonl files equal a fresh build.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_pii  # noqa: E402

TYPES = set(build_pii.TYPES)
PLATE = re.compile(r"^[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青藏宁新蒙][A-Z][·.\s]?[A-Z0-9]{5,6}$")
MOBILE = re.compile(r"^(?:\+86[\s-]?|86-|0086[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}$")
LANDLINE = re.compile(r"^(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-\s]?)\d{3,4}[-\s]?\d{4}(?:(?:转|-)\d{1,5})?$")
# words that are labelled as a name once and occur again in their ordinary sense ("她叫文静，人却不文静")
INTENDED_UNLABELLED: set[tuple[str, str]] = {("np0124-016", "文静"), ("np0124-017", "高明"), ("np0124-077", "时光")}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PSZ" or ch.isspace()


def check_file(path: Path, prefix: str, prose: bool, errors: list[str]) -> dict:
    counts: dict[str, int] = {}
    seen = set()
    empty = 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad json {exc}")
            continue
        if set(rec) != {"id", "text", "spans"} or not isinstance(rec["text"], str):
            errors.append(f"{where}: bad keys {sorted(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        where = f"{path.name}:{rid}"
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", rid):
            errors.append(f"{where}: bad id")
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
        lo = 20 if prose else 30
        if not (lo <= len(text) <= 250):
            errors.append(f"{where}: length {len(text)} outside {lo}-250")
        if text != text.strip():
            errors.append(f"{where}: text has outer whitespace")
        if not spans:
            empty += 1
        prev_end = -1
        covered = [False] * len(text)
        for s in spans:
            if set(s) != {"start", "end", "type"}:
                errors.append(f"{where}: bad span keys {s}")
                continue
            a, b, t = s["start"], s["end"], s["type"]
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                errors.append(f"{where}: span out of bounds {s}")
                continue
            if a < prev_end:
                errors.append(f"{where}: spans out of order or overlapping at {a}")
            prev_end = b
            for i in range(a, b):
                covered[i] = True
            if t not in TYPES:
                errors.append(f"{where}: unknown type {t}")
            if prose and t != "PERSON":
                errors.append(f"{where}: prose file holds only PERSON, got {t}")
            frag = text[a:b]
            first_ok = (t == "MOBILE" and frag[0] == "+") or (t == "LANDLINE" and frag[0] in "(（")
            if (is_punct(frag[0]) and not first_ok) or is_punct(frag[-1]):
                errors.append(f"{where}: punctuation/space at edge of {t} {frag!r}")
            counts[t] = counts.get(t, 0) + 1
            compact = re.sub(r"[\s-]", "", frag)
            if t == "ID_CARD" and not build_pii.id_valid(compact.upper()):
                errors.append(f"{where}: ID check fails {frag!r}")
            if t == "BANK_CARD" and not (compact.isdigit() and 16 <= len(compact) <= 19 and build_pii.luhn_ok(compact)):
                errors.append(f"{where}: bank card fails Luhn {frag!r}")
            if t == "VIN" and not (
                len(frag) == 17 and all(c in build_pii.VIN_CHARS for c in frag) and build_pii.vin_check(frag) == frag[8]
            ):
                errors.append(f"{where}: VIN check fails {frag!r}")
            if t == "MOBILE" and not MOBILE.match(frag):
                errors.append(f"{where}: not a mobile {frag!r}")
            if t == "LANDLINE" and not LANDLINE.match(frag):
                errors.append(f"{where}: not a landline {frag!r}")
            if t == "LICENSE_PLATE" and not PLATE.match(frag):
                errors.append(f"{where}: not a plate {frag!r}")
            if t == "EMAIL" and not EMAIL.match(frag):
                errors.append(f"{where}: not an e-mail {frag!r}")
            if t == "PERSON" and not (2 <= len(frag.replace("·", "")) <= 12):
                errors.append(f"{where}: odd PERSON length {frag!r}")
        # a labelled string that occurs again unlabelled is an oversight unless listed as intended
        for s in spans:
            frag = text[s["start"] : s["end"]]
            bare = [m for m in re.finditer(re.escape(frag), text) if not any(covered[m.start() : m.end()])]
            if bare and (rid, frag) not in INTENDED_UNLABELLED:
                errors.append(f"{where}: {frag!r} labelled once but also occurs unlabelled")
        # unlabelled digit runs must not pass the checks that would make them IDs or cards
        for m in re.finditer(r"\d[\d ]{14,22}[\dXx]", text):
            if any(covered[m.start() : m.end()]):
                continue
            run = m.group().replace(" ", "")
            if len(run) == 18 and build_pii.id_valid(run.upper()):
                errors.append(f"{where}: unlabelled number passes the ID check {run}")
            if run.isdigit() and 16 <= len(run) <= 19 and build_pii.luhn_ok(run):
                errors.append(f"{where}: unlabelled number passes Luhn {run}")
        for m in re.finditer(r"(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])", text):
            v = m.group()
            if not any(covered[m.start() : m.end()]) and re.search("[A-Z]", v) and build_pii.vin_check(v) == v[8]:
                errors.append(f"{where}: unlabelled VIN passes its check {v}")
    return {"records": len(lines), "empty": empty, "types": counts}


def main() -> int:
    errors: list[str] = []
    # the .jsonl files must equal a fresh build
    rng = random.Random(build_pii.SEED)
    for src, dst, prefix in build_pii.FILES:
        rows = []
        for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            text, spans = build_pii.parse(raw.strip(), rng)
            rows.append({"id": f"{prefix}{len(rows) + 1:03d}", "text": text, "spans": spans})
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if (HERE / dst).read_text(encoding="utf-8") != body:
            errors.append(f"{dst}: differs from a fresh build of {src}")
    for _src, dst, prefix in build_pii.FILES:
        stats = check_file(HERE / dst, prefix, dst == "pii_names_prose.jsonl", errors)
        types = ", ".join(f"{k} {v}" for k, v in sorted(stats["types"].items()))
        print(f"{dst}: {stats['records']} records, {stats['empty']} without spans; {types}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
