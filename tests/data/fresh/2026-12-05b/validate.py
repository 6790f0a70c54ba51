"""Validate the four sets: formats, spans inside text and non-overlapping, identifier checks, label vocab.
Run: python3 tests/data/fresh/2026-12-05b/validate.py"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import itertools

from synth import id_check, luhn_ok, vin_ok

HERE = Path(__file__).parent
PII = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
CODES = {
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
}
STEPS = [
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
]
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [x["id"] for x in rows]
    if len(ids) != len(set(ids)):
        err(f"{name}: duplicate ids")
    return rows


def check_span(rid, text, sp):
    s = text[sp["start"] : sp["end"]]
    t = sp["type"]
    if not (0 <= sp["start"] < sp["end"] <= len(text)) or s != s.strip():
        err(f"{rid}: bad bounds {sp}")
    digits = re.sub(r"[\s\-]", "", s)
    if t == "ID_CARD" and not (len(digits) == 18 and id_check(digits[:17]) == digits[17]):
        err(f"{rid}: ID check fails {s}")
    if t == "BANK_CARD" and not (digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits)):
        err(f"{rid}: Luhn fails {s}")
    if t == "VIN" and not (len(s) == 17 and vin_ok(s)):
        err(f"{rid}: VIN fails {s}")
    if t == "MOBILE" and not re.fullmatch(r"1[3-9]\d{9}", re.sub(r"[ -]", "", re.sub(r"^(\+86 |86-)", "", s))):
        err(f"{rid}: mobile {s}")
    if t == "EMAIL" and not re.fullmatch(r"[\w.]+@[\w-]+(\.[\w-]+)+", s):
        err(f"{rid}: email {s}")
    if t == "PERSON" and not (2 <= len(s.replace("·", "")) <= 12):
        err(f"{rid}: person {s}")


def pii(name):
    rows = load(name)
    c = Counter()
    for x in rows:
        sps = sorted(x["spans"], key=lambda s: s["start"])
        for a, b in itertools.pairwise(sps):
            if a["end"] > b["start"]:
                err(f"{x['id']}: overlap")
        for sp in sps:
            if sp["type"] not in PII:
                err(f"{x['id']}: type {sp['type']}")
            check_span(x["id"], x["text"], sp)
            c[sp["type"]] += 1
        covered = set()
        for sp in sps:
            covered.update(range(sp["start"], sp["end"]))
        # unlabelled long digit runs must not be valid IDs or Luhn-valid cards (hard negatives stay negative)
        for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", x["text"]):
            if m.start() in covered:
                continue
            d = m.group()
            if len(d) == 18 and id_check(d[:17]) == d[17]:
                err(f"{x['id']}: unlabelled valid ID {d}")
            if luhn_ok(d):
                err(f"{x['id']}: unlabelled Luhn-valid {d}")
    print(f"{name}: {len(rows)} records, {sum(1 for x in rows if not x['spans'])} without spans, {dict(c)}")
    return rows


a = pii("pii_complaints.jsonl")
b = pii("pii_names_prose.jsonl")
if len(a) != 150 or len(b) != 80:
    err("pii counts")
if any(sp["type"] != "PERSON" for x in b for sp in x["spans"]):
    err("names_prose has non-PERSON")
m = load("marketing_published.jsonl")
mc = Counter(v for x in m for v in x["violations"])
for x in m:
    if set(x["violations"]) - CODES or len(set(x["violations"])) != len(x["violations"]):
        err(f"{x['id']}: codes")
if len(m) != 160 or any(mc[k] < 12 for k in CODES):
    err(f"marketing counts {mc}")
print(f"marketing_published.jsonl: {len(m)} records, {sum(1 for x in m if not x['violations'])} compliant, {dict(mc)}")
t = load("transcripts.jsonl")
for x in t:
    if (
        x["product_line"] not in ("motor", "accident", "health")
        or set(x["steps_present"]) - set(STEPS)
        or set(x["violations"]) - CODES
    ):
        err(f"{x['id']}: labels")
    if x["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in x["steps_present"]:
        err(f"{x['id']}: cooling-off on motor")
    if any(tn["speaker"] not in ("agent", "customer") or not tn["text"] for tn in x["turns"]):
        err(f"{x['id']}: turns")
print(
    f"transcripts.jsonl: {len(t)} calls, {dict(Counter(x['product_line'] for x in t))}, "
    f"steps {dict(Counter(s for x in t for s in x['steps_present']))}, "
    f"violations {dict(Counter(v for x in t for v in x['violations']))}"
)
if len(t) != 40:
    err("transcripts count")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
