"""Check the 2026-12-06 fresh sets: formats, span bounds, no overlaps, check digits, no unlabelled identifiers,
files identical to what the generators produce; print counts per label. Exit status 1 on any error.

Run: ``python3 tests/data/fresh/2026-12-06/validate.py`` (plain Python, no project imports).
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_marketing  # noqa: E402
import gen_pii_complaints  # noqa: E402
import gen_pii_names_prose  # noqa: E402
import gen_transcripts  # noqa: E402
from common import id_valid, luhn_ok, vin_valid  # noqa: E402

PII_TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
MARKETING = {"ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING", "REGULATOR_ENDORSEMENT",
             "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE"}
STEPS = {"RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
         "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT"}
# the README's own examples: the "textbook" wording most violations here avoid (reported, not enforced)
TEXTBOOK = ("最好", "第一", "顶级", "国家级", "唯一", "100%安全", "保本", "保息", "稳赚不赔", "零风险", "无风险", "保证年化",
            "存款", "存单", "停售", "最后", "下架", "限时", "监管推荐", "国家指定", "政府兜底", "什么都保", "无条件赔付",
            "100%理赔", "全报销", "免费送", "0元保", "0元")
UNFULL = str.maketrans("０１２３４５６７８９（）－", "0123456789()-")
HAN = r"[\u4e00-\u9fff]"
FORMAT = {
    "PERSON": re.compile(rf"{HAN}{{2,5}}|{HAN}{{2,7}}·{HAN}{{2,7}}|{HAN}(先生|女士|经理)|{HAN}{{2}}(先生|女士|经理)"),
    "MOBILE": re.compile(r"(\+86 ?|86-)?1[3-9]\d( ?\d{4} ?\d{4}|-\d{4}-\d{4})"),
    "LANDLINE": re.compile(r"0\d{2,3}[- ]?\d{7,8}|\(0\d{2,3}\)\d{7,8}"),
    "EMAIL": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "LICENSE_PLATE": re.compile(rf"{HAN}[A-Z][· ]?([DF]\d{{5}}|[A-HJ-NP-Z0-9]{{5}})"),
}
errors: list[str] = []


def err(rid: str, msg: str) -> None:
    errors.append(f"{rid}: {msg}")


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines()]


def check_span_value(rid: str, typ: str, value: str) -> None:
    if value != value.strip():
        err(rid, f"{typ} span has surrounding blanks: {value!r}")
    plain = value.translate(UNFULL)
    compact = re.sub(r"[ -]", "", plain)
    if typ == "ID_CARD" and not id_valid(compact):
        err(rid, f"ID_CARD fails the check character: {value}")
    elif typ == "BANK_CARD" and not (compact.isdigit() and 16 <= len(compact) <= 19 and luhn_ok(compact)):
        err(rid, f"BANK_CARD not 16-19 digits passing Luhn: {value}")
    elif typ == "VIN" and not vin_valid(value):
        err(rid, f"VIN fails its check digit: {value}")
    elif typ in FORMAT and not FORMAT[typ].fullmatch(plain):
        err(rid, f"{typ} has an unexpected form: {value}")


def check_unlabelled(rid: str, text: str, spans: list[dict]) -> None:
    """Digit runs outside every span must not look like a personal identifier (hard negatives must be safe)."""
    covered = set()
    for s in spans:
        covered.update(range(s["start"], s["end"]))
    plain = text.translate(UNFULL)
    for m in re.finditer(r"\d+[Xx]?", plain):
        if covered & set(range(m.start(), m.end())):
            continue
        run = m.group()
        digits = run.rstrip("Xx")
        if len(run) == 18 and id_valid(run):
            err(rid, f"unlabelled valid ID number {run}")
        if 16 <= len(digits) <= 19 and luhn_ok(digits) and digits == run:
            err(rid, f"unlabelled Luhn-valid 16-19 digit run {run}")
        if len(digits) == 11 and re.fullmatch(r"1[3-9]\d{9}", digits) and digits == run:
            err(rid, f"unlabelled mobile-looking run {run}")
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])", text):
        if vin_valid(m.group()) and not covered & set(range(m.start(), m.end())):
            err(rid, f"unlabelled valid VIN {m.group()}")


def check_pii(name: str) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    ids = set()
    for rec in load(name):
        rid = rec.get("id", "?")
        if set(rec) != {"id", "text", "spans"} or not isinstance(rec["text"], str):
            err(rid, "keys must be id, text, spans")
            continue
        if rid in ids:
            err(rid, "duplicate id")
        ids.add(rid)
        last_end = -1
        for s in sorted(rec["spans"], key=lambda s: (s["start"], s["end"])):
            if set(s) != {"start", "end", "type"} or s["type"] not in PII_TYPES:
                err(rid, f"bad span {s}")
                continue
            if not 0 <= s["start"] < s["end"] <= len(rec["text"]):
                err(rid, f"span out of bounds {s}")
                continue
            if s["start"] < last_end:
                err(rid, f"overlapping span {s}")
            last_end = s["end"]
            check_span_value(rid, s["type"], rec["text"][s["start"] : s["end"]])
            counts[s["type"]] += 1
        check_unlabelled(rid, rec["text"], rec["spans"])
        counts["(records)"] += 1
        counts["(records without spans)"] += not rec["spans"]
    return counts


def check_marketing(name: str) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    ids, texts = set(), set()
    for rec in load(name):
        rid = rec.get("id", "?")
        if set(rec) != {"id", "text", "violations"} or not set(rec["violations"]) <= MARKETING:
            err(rid, f"bad record {rec}")
            continue
        if rid in ids or rec["text"] in texts:
            err(rid, "duplicate id or text")
        ids.add(rid)
        texts.add(rec["text"])
        counts.update(rec["violations"])
        counts["(records)"] += 1
        counts["(compliant)"] += not rec["violations"]
        if rec["violations"]:
            counts["(violating, with a textbook keyword)"] += any(k in rec["text"] for k in TEXTBOOK)
        else:
            counts["(compliant, quoting a textbook keyword)"] += any(k in rec["text"] for k in TEXTBOOK)
    return counts


def check_transcripts(name: str) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    ids = set()
    for rec in load(name):
        rid = rec.get("id", "?")
        ok = (set(rec) == {"id", "product_line", "turns", "steps_present", "violations"}
              and rec["product_line"] in {"motor", "accident", "health"}
              and set(rec["steps_present"]) <= STEPS and set(rec["violations"]) <= MARKETING
              and all(set(t) == {"speaker", "text"} and t["speaker"] in {"agent", "customer"} and t["text"]
                      for t in rec["turns"]))
        if not ok or rid in ids:
            err(rid, "bad transcript record or duplicate id")
            continue
        ids.add(rid)
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            err(rid, "cooling-off is a step for accident and health only")
        counts.update(rec["steps_present"])
        counts.update(f"violation {v}" for v in rec["violations"])
        counts[f"(line {rec['product_line']})"] += 1
        counts["(records)"] += 1
        counts["(without violations)"] += not rec["violations"]
    return counts


def check_reproducible() -> None:
    for module, name in ((gen_pii_complaints, "pii_complaints.jsonl"), (gen_pii_names_prose, "pii_names_prose.jsonl"),
                         (gen_marketing, "marketing_unseen.jsonl"), (gen_transcripts, "transcripts.jsonl")):
        if module.build() != load(name):
            err(name, "differs from what its generator produces now (re-run the generator)")


def main() -> int:
    report = {
        "pii_complaints.jsonl": check_pii("pii_complaints.jsonl"),
        "pii_names_prose.jsonl": check_pii("pii_names_prose.jsonl"),
        "marketing_unseen.jsonl": check_marketing("marketing_unseen.jsonl"),
        "transcripts.jsonl": check_transcripts("transcripts.jsonl"),
    }
    names = load("pii_names_prose.jsonl")
    if any(s["type"] != "PERSON" for r in names for s in r["spans"]):
        err("pii_names_prose.jsonl", "PERSON spans only")
    check_reproducible()
    for name, counts in report.items():
        print(name)
        for key, n in sorted(counts.items()):
            print(f"  {key:45} {n}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
