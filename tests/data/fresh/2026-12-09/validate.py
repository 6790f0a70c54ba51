"""Check the s10-fresh-a sets (pii_complaints, pii_names_prose, transcripts) — standard library only.

Checks: JSON shape, unique ids with the right prefix, span bounds and order, no overlaps, no whitespace or
punctuation at span edges, type and code tables of `../shared/datasets/README.md`, check characters of
ID_CARD / BANK_CARD / VIN spans, shapes of MOBILE / LANDLINE / LICENSE_PLATE / EMAIL / PERSON spans, and no
unlabelled number that passes a check (an 18-character ID, a 16–19 digit Luhn number, a VIN, a mobile).
Exit status 1 on any error. Usage: `python validate.py`.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PII_TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
STEPS = {
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
}
MARKETING = {
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
}
LINES = {"motor", "accident", "health"}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"^[{PROVINCES}][A-Z][ ·.\-]?(?:[A-HJ-NP-Z0-9]{{5,6}}|[A-HJ-NP-Z0-9]{{4}}[挂学警])$")
SEPARATORS = r" \u00a0\u3000\-"  # used inside a character class: the dash stays escaped


def narrow(text: str) -> str:
    """Full-width ASCII to half-width (OCR'd letters use full-width digits)."""
    return unicodedata.normalize("NFKC", text)


def id_check_char(first17: str) -> str:
    """GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def id_ok(s: str) -> bool:
    s = narrow(s).replace(" ", "").upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and id_check_char(s[:17]) == s[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_ok(s: str) -> bool:
    d = re.sub(rf"[{SEPARATORS}]", "", narrow(s))
    return bool(re.fullmatch(r"\d{16,19}", d)) and luhn_ok(d)


def vin_check_char(vin: str) -> str:
    """ISO 3779 / GB 16735 check character (position 9) of a 17-character VIN."""
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(s: str) -> bool:
    s = narrow(s).upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s)) and s[8] == vin_check_char(s)


def mobile_ok(s: str) -> bool:
    d = re.sub(rf"[{SEPARATORS}]", "", narrow(s))
    d = re.sub(r"^(?:\+?86)", "", d)
    return bool(re.fullmatch(r"1[3-9]\d{9}", d))


def landline_ok(s: str) -> bool:
    d = narrow(s)
    return bool(re.fullmatch(r"(?:\(0\d{2,3}\)|0\d{2,3})[ \-]?\d{7,8}(?:-\d{1,4})?", d))


def person_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+(?:[·•．][\u4e00-\u9fff]+)*", s))


def is_edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "Z"))


def check_pii(path: Path, prefix: str, errors: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    ids: set[str] = set()
    empty = 0
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if set(rec) != {"id", "text", "spans"}:
            errors.append(f"{where}: keys {sorted(rec)}")
            continue
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if not re.fullmatch(rf"{prefix}-\d{{3}}", rid) or rid in ids:
            errors.append(f"{where}: bad or duplicate id {rid!r}")
        ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if not spans:
            empty += 1
        prev_end = 0
        covered = [False] * len(text)
        for sp in spans:
            if set(sp) != {"start", "end", "type"}:
                errors.append(f"{where}: span keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if t not in PII_TYPES:
                errors.append(f"{where}: unknown type {t}")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if s < prev_end:
                errors.append(f"{where}: spans out of order or overlapping at {s}")
            prev_end = e
            frag = text[s:e]
            lead = frag[1:] if t == "LANDLINE" and frag.startswith(("(", "（")) else frag  # (010)12345678
            if is_edge_bad(lead[0]) or is_edge_bad(frag[-1]):
                errors.append(f"{where}: whitespace/punctuation at span edge {frag!r}")
            ok = {
                "ID_CARD": id_ok,
                "BANK_CARD": card_ok,
                "VIN": vin_ok,
                "MOBILE": mobile_ok,
                "LANDLINE": landline_ok,
                "PERSON": person_ok,
                "LICENSE_PLATE": lambda x: bool(PLATE.fullmatch(narrow(x))),
                "EMAIL": lambda x: bool(re.fullmatch(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", narrow(x))),
                "ADDRESS": lambda x: len(x) >= 4,
            }.get(t, lambda x: True)(frag)
            if not ok:
                errors.append(f"{where}: {t} span fails its check: {frag!r}")
            for i in range(s, e):
                covered[i] = True
            counts[t] = counts.get(t, 0) + 1
        check_unlabelled(text, covered, where, errors)
    counts["(records)"] = len(ids)
    counts["(records without spans)"] = empty
    return counts


def check_unlabelled(text: str, covered: list[bool], where: str, errors: list[str]) -> None:
    flat = narrow(text)
    if len(flat) != len(text):
        return  # NFKC changed the length (ligatures etc.): skip the positional scan
    for m in re.finditer(r"[0-9A-Za-z]+", flat):
        if any(covered[m.start() : m.end()]):
            continue
        tok = m.group(0)
        if len(tok) == 18 and id_ok(tok):
            errors.append(f"{where}: unlabelled number passes the ID check: {tok}")
        if tok.isdigit() and 16 <= len(tok) <= 19 and luhn_ok(tok):
            errors.append(f"{where}: unlabelled number passes Luhn: {tok}")
        if len(tok) == 17 and vin_ok(tok):
            errors.append(f"{where}: unlabelled VIN-like string passes the check: {tok}")
        if tok.isdigit() and len(tok) == 11 and re.fullmatch(r"1[3-9]\d{9}", tok):
            errors.append(f"{where}: unlabelled mobile-like number: {tok}")


def check_transcripts(path: Path, prefix: str, errors: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    ids: set[str] = set()
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        rec = json.loads(raw)
        if set(rec) != {"id", "product_line", "turns", "steps_present", "violations"}:
            errors.append(f"{where}: keys {sorted(rec)}")
            continue
        rid = rec["id"]
        if not re.fullmatch(rf"{prefix}-\d{{3}}", rid) or rid in ids:
            errors.append(f"{where}: bad or duplicate id {rid!r}")
        ids.add(rid)
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: product_line {rec['product_line']!r}")
        counts[f"line {rec['product_line']}"] = counts.get(f"line {rec['product_line']}", 0) + 1
        turns = rec["turns"]
        if len(turns) < 4 or any(
            set(t) != {"speaker", "text"} or t["speaker"] not in ("agent", "customer") or not t["text"].strip()
            for t in turns
        ):
            errors.append(f"{where}: bad turns")
        for key, table in (("steps_present", STEPS), ("violations", MARKETING)):
            codes = rec[key]
            if len(set(codes)) != len(codes) or not set(codes) <= table:
                errors.append(f"{where}: bad {key} {codes}")
            for c in codes:
                counts[c] = counts.get(c, 0) + 1
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: COOLING_OFF_OR_CANCELLATION applies to accident/health only")
        if not rec["violations"]:
            counts["(calls without violations)"] = counts.get("(calls without violations)", 0) + 1
    counts["(records)"] = len(ids)
    return counts


def main() -> int:
    errors: list[str] = []
    for name, prefix, fn in (
        ("pii_complaints.jsonl", "pc1209", check_pii),
        ("pii_names_prose.jsonl", "np1209", check_pii),
        ("transcripts.jsonl", "tx1209", check_transcripts),
    ):
        path = HERE / name
        if not path.exists():
            print(f"{name}: absent")
            continue
        counts = fn(path, prefix, errors)
        if name == "pii_names_prose.jsonl" and set(counts) - {"PERSON", "(records)", "(records without spans)"}:
            errors.append(f"{name}: only PERSON is labelled in this set")
        print(name, json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
