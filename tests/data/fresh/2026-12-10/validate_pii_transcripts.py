"""Check the 2026-12-10 pii and transcript sets (standard library only).

Run: python validate_pii_transcripts.py [folder]. Exits 1 and lists the problems when a check fails.
Checks: JSON shape, unique ids with the set's prefix, span bounds, order and overlaps, no whitespace or
punctuation at span edges, types and codes from ../shared/datasets/README.md, check characters (resident ID,
Luhn for bank cards, VIN position 9), the mobile pattern, COOLING_OFF only for accident and health.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

PII_TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
STEPS = {
    "RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT",
}
VIOLATIONS = {
    "ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING", "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE",
}
PII_FILES = {"pii_complaints.jsonl": "pc1210", "pii_names_prose.jsonl": "np1210"}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = dict(zip("0123456789ABCDEFGHJKLMNPRSTUVWXYZ",
                      (*range(10), 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
HAN = re.compile(r"[\u3400-\u9fff]")


def normalise(value: str) -> str:
    """Full-width to ASCII, separators dropped."""
    return re.sub(r"[\s\-·.]", "", unicodedata.normalize("NFKC", value))


def id_ok(value: str) -> bool:
    v = normalise(value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v, ID_WEIGHTS, strict=False)) % 11] == v[17]


def luhn_ok(value: str) -> bool:
    v = normalise(value)
    if not re.fullmatch(r"\d{16,19}", v):
        return False
    total = 0
    for i, c in enumerate(reversed(v)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def vin_ok(value: str) -> bool:
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", value):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if r == 10 else str(r))


def edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "S"))


def check_value(kind: str, value: str) -> str | None:
    digits = normalise(value)
    if kind == "ID_CARD" and not id_ok(value):
        return "ID check character"
    if kind == "BANK_CARD" and not luhn_ok(value):
        return "Luhn"
    if kind == "VIN" and not vin_ok(value):
        return "VIN check digit"
    if kind == "MOBILE" and not re.fullmatch(r"(\+?86)?1[3-9]\d{9}", digits):
        return "mobile pattern"
    if kind == "LANDLINE" and not re.fullmatch(r"[(（]?0\d{2,3}[)）]?\d{7,8}", digits):
        return "landline pattern"
    if kind == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value):
        return "e-mail pattern"
    if kind == "PERSON" and not (HAN.search(value) and len(value.replace(" ", "")) <= 12):
        return "person shape"
    if kind == "LICENSE_PLATE" and not re.fullmatch(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{4,6}[挂学警]?", re.sub(r"[\s·.\-]", "", value)):
        return "plate shape"
    return None


def check_pii(path: Path, prefix: str, problems: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        record = json.loads(line)
        if set(record) != {"id", "text", "spans"}:
            problems.append(f"{where}: keys {sorted(record)}")
            continue
        rid, text, spans = record["id"], record["text"], record["spans"]
        if not re.fullmatch(rf"{prefix}-\d{{3}}", rid) or rid in seen:
            problems.append(f"{where}: bad or duplicate id {rid}")
        seen.add(rid)
        if not spans:
            counts["(no span)"] += 1
        last_end = 0
        for span in spans:
            if set(span) != {"start", "end", "type"} or span["type"] not in PII_TYPES:
                problems.append(f"{rid}: bad span {span}")
                continue
            start, end, kind = span["start"], span["end"], span["type"]
            if not (0 <= start < end <= len(text)):
                problems.append(f"{rid}: span out of bounds {span}")
                continue
            if start < last_end:
                problems.append(f"{rid}: spans out of order or overlapping at {start}")
            last_end = end
            value = text[start:end]
            opening_ok = (kind == "LANDLINE" and value[0] in "(（") or (kind == "MOBILE" and value[0] == "+")
            if (edge_bad(value[0]) and not opening_ok) or edge_bad(value[-1]):
                problems.append(f"{rid}: whitespace or punctuation at the edge of {value!r}")
            if path.name == "pii_names_prose.jsonl" and kind != "PERSON":
                problems.append(f"{rid}: names set holds {kind}")
            problem = check_value(kind, value)
            if problem:
                problems.append(f"{rid}: {kind} {value!r}: {problem}")
            counts[kind] += 1
    counts["(records)"] = len(seen)
    return counts


def check_transcripts(path: Path, problems: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        where = f"{path.name}:{n}"
        if set(record) != {"id", "product_line", "turns", "steps_present", "violations"}:
            problems.append(f"{where}: keys {sorted(record)}")
            continue
        rid = record["id"]
        if not re.fullmatch(r"tx1210-\d{3}", rid) or rid in seen:
            problems.append(f"{where}: bad or duplicate id {rid}")
        seen.add(rid)
        line_ = record["product_line"]
        if line_ not in {"motor", "accident", "health"}:
            problems.append(f"{rid}: product_line {line_}")
        turns = record["turns"]
        if len(turns) < 2 or any(set(t) != {"speaker", "text"} or t["speaker"] not in {"agent", "customer"}
                                 or not t["text"].strip() for t in turns):
            problems.append(f"{rid}: bad turns")
        steps, violations = record["steps_present"], record["violations"]
        if set(steps) - STEPS or len(set(steps)) != len(steps):
            problems.append(f"{rid}: steps {steps}")
        if set(violations) - VIOLATIONS or len(set(violations)) != len(violations):
            problems.append(f"{rid}: violations {violations}")
        if line_ == "motor" and "COOLING_OFF_OR_CANCELLATION" in steps:
            problems.append(f"{rid}: cooling-off step on a motor call")
        counts["(records)"] += 1
        counts[line_] += 1
        counts.update(steps)
        counts.update(f"violation {v}" for v in violations)
        if not violations:
            counts["(no violation)"] += 1
    return counts


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    problems: list[str] = []
    for name, prefix in PII_FILES.items():
        if (folder / name).exists():
            print(name, dict(sorted(check_pii(folder / name, prefix, problems).items())))
    if (folder / "transcripts.jsonl").exists():
        print("transcripts.jsonl", dict(sorted(check_transcripts(folder / "transcripts.jsonl", problems).items())))
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
