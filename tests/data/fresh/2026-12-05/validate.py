"""Validate the fresh sets: JSON parses, ids unique, codes known, spans in range and consistent with their type."""
import collections
import json
import re
import sys
from pathlib import Path

from _gen_common import id_check, luhn_ok, vin_check

HERE = Path(__file__).parent
PII_TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
MKT = {"ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING", "REGULATOR_ENDORSEMENT",
       "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE"}
STEPS = {"RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
         "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT"}
SECTIONS = {"INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "DISPUTES", "DEFINITIONS"}
errors = []


def load(name):
    rows = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines()]
    ids = [r.get("id", r.get("file")) for r in rows]
    if len(set(ids)) != len(ids):
        errors.append(f"{name}: duplicate ids")
    texts = [r.get("text") for r in rows if "text" in r]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    if dup:
        errors.append(f"{name}: {len(dup)} duplicate texts, e.g. {dup[0][:40]}")
    return rows


def check_span(rid, text, s):
    t = text[s["start"]:s["end"]]
    typ = s["type"]
    digits = re.sub(r"[\s\-+]", "", t)
    ok = {
        "PERSON": lambda: 2 <= len(t.replace("·", "")) <= 12 and not re.search(r"[0-9A-Za-z，。、]", t),
        "ID_CARD": lambda: len(digits) == 18 and id_check(digits[:17]) == digits[17],
        "MOBILE": lambda: re.fullmatch(r"(86)?1[3-9]\d{9}", digits) is not None,
        "LANDLINE": lambda: re.fullmatch(r"[（(]?0\d{2,3}[）)\s-]?\d{7,8}", t) is not None,
        "BANK_CARD": lambda: 16 <= len(digits) <= 19 and digits.isdigit() and luhn_ok(digits),
        "EMAIL": lambda: re.fullmatch(r"[\w.]+@[\w.]+\.[a-z]+", t) is not None,
        "ADDRESS": lambda: re.search(r"(路|号|村|室|组|栋|楼|\d)$", t) is not None,
        "LICENSE_PLATE": lambda: re.fullmatch(r"[\u4e00-\u9fff][A-Z][·\s]?[0-9A-Z]{5,6}", t) is not None,
        "VIN": lambda: len(t) == 17 and vin_check(t) == t[8],
    }[typ]()
    if not ok:
        errors.append(f"{rid}: {typ} span text {t!r} looks wrong")
    if t != t.strip():
        errors.append(f"{rid}: span has surrounding whitespace {t!r}")


def pii(name):
    rows = load(name)
    per = collections.Counter()
    for r in rows:
        text, last = r["text"], -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            if not (0 <= s["start"] < s["end"] <= len(text)) or s["type"] not in PII_TYPES or s["start"] < last:
                errors.append(f"{r['id']}: bad span {s}")
                continue
            last = s["end"]
            check_span(r["id"], text, s)
            per[s["type"]] += 1
    return rows, per


def main():
    out = {}
    rows, per = pii("pii_complaints.jsonl")
    out["pii_complaints.jsonl"] = (len(rows), sum(1 for r in rows if not r["spans"]), dict(per))
    rows, per = pii("pii_names_prose.jsonl")
    if set(per) - {"PERSON"}:
        errors.append("names prose has non-PERSON spans")
    out["pii_names_prose.jsonl"] = (len(rows), sum(1 for r in rows if not r["spans"]), dict(per))
    rows = load("marketing.jsonl")
    for r in rows:
        if set(r["violations"]) - MKT or not r["text"]:
            errors.append(f"{r['id']}: bad marketing record")  # noqa: PERF401
    out["marketing.jsonl"] = (len(rows), sum(1 for r in rows if not r["violations"]),
                              dict(collections.Counter(v for r in rows for v in r["violations"])))
    rows = load("transcripts.jsonl")
    for r in rows:
        if (set(r["steps_present"]) - STEPS or set(r["violations"]) - MKT or r["product_line"] not in ("motor", "accident", "health")
                or any(t["speaker"] not in ("agent", "customer") or not t["text"] for t in r["turns"])):
            errors.append(f"{r['id']}: bad transcript record")  # noqa: PERF401
    out["transcripts.jsonl"] = (len(rows), sum(1 for r in rows if not r["violations"]),
                                dict(collections.Counter(v for r in rows for v in r["steps_present"] + r["violations"])))
    rows = load("disclosure/labels.jsonl")
    for r in rows:
        if not (HERE / "disclosure" / r["file"]).is_file() or set(r["sections_present"]) | set(r["sections_missing"]) != SECTIONS \
                or set(r["sections_present"]) & set(r["sections_missing"]):
            errors.append(f"{r['file']}: bad disclosure label")  # noqa: PERF401
    out["disclosure/labels.jsonl"] = (len(rows), sum(1 for r in rows if not r["exclusions_emphasized"]), {})
    for k, v in out.items():
        print(k, "records:", v[0], "negative/compliant/none:", v[1], v[2])
    print("\n".join(errors) or "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
