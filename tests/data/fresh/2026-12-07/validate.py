"""Validate the 2026-12-07 fresh sets: formats, span bounds, overlaps, check digits, label vocabularies.

    python3 validate.py      # prints counts per label; exit status 1 on any error

Independent of the engines (no import from xiaobao): the formats are those of shared/datasets/README.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

PII_TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
MARKETING = {"ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING", "REGULATOR_ENDORSEMENT",
             "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE"}
STEPS = {"RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
         "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT"}
LINES = {"motor", "accident", "health"}
TITLES = ("先生", "女士", "小姐", "经理", "主任", "老师", "师傅", "队长")

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_V = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=False)), **dict(zip("JKLMN", range(1, 6), strict=False)),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=False))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def id_ok(s: str) -> bool:
    s = re.sub(r"\s", "", nfkc(s)).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s, ID_W, strict=False)) % 11] == s[17]


def luhn(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def card_ok(s: str) -> bool:
    s = re.sub(r"[\s-]", "", nfkc(s))
    return bool(re.fullmatch(r"\d{16,19}", s)) and luhn(s)


def vin_ok(s: str) -> bool:
    s = nfkc(s).upper()
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    c = sum(VIN_V[ch] * w for ch, w in zip(s, VIN_W, strict=False)) % 11
    return ("X" if c == 10 else str(c)) == s[8]


def mobile_ok(s: str) -> bool:
    s = re.sub(r"[\s\-]", "", nfkc(s))
    s = re.sub(r"^\+?86", "", s)
    return bool(re.fullmatch(r"1[3-9]\d{9}", s))


def landline_ok(s: str) -> bool:
    s = re.sub(r"[\s\-()]", "", nfkc(s))
    return bool(re.fullmatch(r"0\d{2,3}\d{7,8}", s))


def plate_ok(s: str) -> bool:
    s = re.sub(r"[\s·.]", "", nfkc(s)).upper()
    return bool(re.fullmatch(rf"[{PROVINCES}][A-Z][A-Z0-9]{{5,6}}", s))


def person_ok(s: str) -> bool:
    if "·" in s:
        return all(re.fullmatch(r"[\u4e00-\u9fff]{2,}", p) for p in s.split("·"))
    if s.endswith(TITLES):
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{3,4}", s))
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,10}", s))


CHECKS = {
    "ID_CARD": id_ok, "BANK_CARD": card_ok, "VIN": vin_ok, "MOBILE": mobile_ok, "LANDLINE": landline_ok,
    "LICENSE_PLATE": plate_ok, "PERSON": person_ok,
    "EMAIL": lambda s: bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s)),
    "ADDRESS": lambda s: len(s) >= 5,
}


def load(name: str) -> list[dict]:
    path = HERE / name
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{name}:{n}", f"bad JSON ({e})")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if not isinstance(i, str) or c > 1:
            err(name, f"id {i!r} not a unique string")
    texts = Counter(r.get("text") for r in rows if "text" in r)
    for t, c in texts.items():
        if c > 1:
            err(name, f"duplicate text {t[:30]!r}")
    return rows


def check_pii(name: str, only: set[str]) -> Counter:
    counts: Counter = Counter()
    for r in load(name):
        where = f"{name}:{r.get('id')}"
        if set(r) != {"id", "text", "spans"}:
            err(where, f"keys {sorted(r)}")
            continue
        text, spans = r["text"], r["spans"]
        last_end = 0
        covered = [False] * len(text)
        for sp in spans:
            if set(sp) != {"start", "end", "type"}:
                err(where, f"span keys {sorted(sp)}")
                continue
            s, e, t = sp["start"], sp["end"], sp["type"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(where, f"span out of bounds {sp}")
                continue
            if s < last_end:
                err(where, f"overlapping or unsorted span {sp}")
            last_end = e
            if t not in only:
                err(where, f"type {t} not allowed here")
            frag = text[s:e]
            if frag != frag.strip():
                err(where, f"span with surrounding space {frag!r}")
            if t in CHECKS and not CHECKS[t](frag):
                err(where, f"{t} span fails its format/check: {frag!r}")
            for k in range(s, e):
                covered[k] = True
            counts[t] += 1
        # hard negatives must really be negatives: no unlabelled valid ID, card or mobile
        flat = nfkc(text)
        for m in re.finditer(r"(?<![\dA-Za-z])\d[\d ]{10,22}[\dXx]?(?![\dA-Za-z])", flat):
            if any(covered[m.start():m.end()]):
                continue
            raw = m.group().strip()
            digits = raw.replace(" ", "")
            if len(digits) == 18 and id_ok(digits):
                err(where, f"unlabelled valid ID number {raw!r}")
            if 16 <= len(digits) <= 19 and digits.isdigit() and luhn(digits) and not id_ok(digits):
                err(where, f"unlabelled Luhn-valid number {raw!r}")
            if len(digits) == 11 and re.fullmatch(r"1[3-9]\d{9}", digits):
                err(where, f"unlabelled mobile {raw!r}")
        counts["records"] += 1
        counts["records_without_spans"] += not spans
    return counts


def check_marketing(name: str) -> Counter:
    counts: Counter = Counter()
    for r in load(name):
        where = f"{name}:{r.get('id')}"
        if set(r) != {"id", "text", "violations"}:
            err(where, f"keys {sorted(r)}")
            continue
        v = r["violations"]
        if not isinstance(v, list) or len(set(v)) != len(v) or not set(v) <= MARKETING:
            err(where, f"bad violations {v}")
        if not r["text"].strip():
            err(where, "empty text")
        counts.update(v)
        counts["records"] += 1
        counts["compliant"] += not v
    return counts


def check_transcripts(name: str) -> Counter:
    counts: Counter = Counter()
    for r in load(name):
        where = f"{name}:{r.get('id')}"
        if set(r) != {"id", "product_line", "turns", "steps_present", "violations"}:
            err(where, f"keys {sorted(r)}")
            continue
        if r["product_line"] not in LINES:
            err(where, f"product_line {r['product_line']}")
        turns = r["turns"]
        if not turns or any(set(t) != {"speaker", "text"} or t["speaker"] not in ("agent", "customer")
                            or not t["text"] for t in turns):
            err(where, "bad turns")
        steps, v = r["steps_present"], r["violations"]
        if len(set(steps)) != len(steps) or not set(steps) <= STEPS:
            err(where, f"bad steps {steps}")
        if r["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in steps:
            err(where, "cooling-off step on a motor call")
        if len(set(v)) != len(v) or not set(v) <= MARKETING:
            err(where, f"bad violations {v}")
        counts.update(f"step:{s}" for s in steps)
        counts.update(f"missing:{s}" for s in STEPS - set(steps)
                      if not (s == "COOLING_OFF_OR_CANCELLATION" and r["product_line"] == "motor"))
        counts.update(f"violation:{c}" for c in v)
        counts[f"line:{r['product_line']}"] += 1
        counts["records"] += 1
    return counts


def main() -> int:
    report = {
        "pii_complaints.jsonl": check_pii("pii_complaints.jsonl", PII_TYPES),
        "pii_names_prose.jsonl": check_pii("pii_names_prose.jsonl", {"PERSON"}),
        "marketing_unseen.jsonl": check_marketing("marketing_unseen.jsonl"),
    }
    if (HERE / "transcripts.jsonl").exists():
        report["transcripts.jsonl"] = check_transcripts("transcripts.jsonl")
    for name, counts in report.items():
        print(name)
        for k, c in sorted(counts.items()):
            print(f"  {k:40s} {c}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
