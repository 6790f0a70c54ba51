"""Check pii_complaints.jsonl, pii_names_prose.jsonl and transcripts.jsonl of this fresh set (s9-fresh-a).

Formats and codes follow ../shared/datasets/README.md. Checks: JSON shape, unique ids, span bounds and order,
no overlaps, span text without surrounding blanks or punctuation, per-type format (ID check character and
birth date, Luhn, VIN check digit, mobile/landline/plate/e-mail shapes, address granularity), unlabelled
structured identifiers left in the text (a missed label), a labelled name repeated unlabelled (warning), and
the transcript codes. Run: python3 validate_pii_tx.py  (exit status 1 on any error)
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PII_TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
STEPS = {"RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
         "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT"}
VIOLATIONS = {"ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING", "REGULATOR_ENDORSEMENT",
              "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
TITLES = ("先生", "女士", "小姐", "经理", "老师", "律师", "主任", "科长", "师傅", "医生")
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z][·\s-]?(?:[DF][A-HJ-NP-Z0-9]{{5}}|[A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警])$")
LANDLINE = re.compile(r"^(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
ADDRESS_UNIT = re.compile(r"[路街道巷村组屯号楼栋单元室层连弄院户排队]|\d-\d")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
EDGE = set(" \t\n,，。.;；:：、!！?？()（）\"“”'‘’<>《》【】[]")
# Allowed on purpose: the same characters appear once as a name and once as an ordinary word (see README).
REPEAT_OK = {"江涛", "白雪", "周末", "胡杨", "米兰", "杨帆"}


def id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS, strict=True)) % 11] == s[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    r = sum(VIN_VALUES[c] * w for c, w in zip(s, VIN_WEIGHTS, strict=True)) % 11
    return ("X" if r == 10 else str(r)) == s[8]


def mobile_ok(s: str) -> bool:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    s = re.sub(r"^(\+86|86-)", "", s)
    return bool(re.fullmatch(r"1[3-9]\d(?:[\s-]?\d{4}){2}", s))


def person_ok(s: str) -> bool:
    if "·" in s:
        return all(CJK.match(p) for p in s.split("·")) and len(s.split("·")) == 2
    if s.endswith(TITLES):
        return CJK.match(s) is not None and 3 <= len(s) <= 4
    return CJK.match(s) is not None and 2 <= len(s) <= 6  # long minority names without the dot: README


def check_span(typ: str, s: str) -> str | None:
    ok = {
        "PERSON": person_ok,
        "ID_CARD": id_ok,
        "MOBILE": mobile_ok,
        "LANDLINE": lambda v: bool(LANDLINE.match(v)),
        "BANK_CARD": lambda v: bool(re.fullmatch(r"\d{4}(?: ?\d{1,4})+", v)) and 16 <= len(v.replace(" ", "")) <= 19
        and luhn_ok(v.replace(" ", "")),
        "EMAIL": lambda v: bool(EMAIL.match(v)),
        "ADDRESS": lambda v: bool(ADDRESS_UNIT.search(v)) and len(v) >= 6,
        "LICENSE_PLATE": lambda v: bool(PLATE.match(v)),
        "VIN": vin_ok,
    }[typ](s)
    return None if ok else f"{typ} span text fails its format: {s!r}"


def unlabelled_identifiers(text: str, spans: list[dict]) -> list[str]:
    covered = set()
    for sp in spans:
        covered.update(range(sp["start"], sp["end"]))
    problems = []
    for m in re.finditer(r"(?<![0-9A-Za-z])\d[\d ]{14,22}[\dX]?(?![0-9A-Za-z])", text):
        if covered & set(range(m.start(), m.end())):
            continue
        s = m.group().replace(" ", "")
        if (len(s) == 18 and id_ok(s)) or (16 <= len(s) <= 19 and s.isdigit() and luhn_ok(s)):
            problems.append(f"unlabelled identifier {s}")
    pattern = r"(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+"
    problems.extend(f"unlabelled mobile/e-mail {m.group()}" for m in re.finditer(pattern, text)
                    if not covered & set(range(m.start(), m.end())))
    return problems


def validate_pii(name: str, errors: list[str], warnings: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    ids = set()
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        where = f"{name}:{n} {rec.get('id')}"
        if set(rec) != {"id", "text", "spans"} or not isinstance(rec["text"], str):
            errors.append(f"{where}: keys must be id, text, spans")
            continue
        if rec["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rec["id"])
        text, last_end = rec["text"], 0
        for sp in rec["spans"]:
            if set(sp) != {"start", "end", "type"} or sp["type"] not in PII_TYPES:
                errors.append(f"{where}: bad span {sp}")
                continue
            if not (0 <= sp["start"] < sp["end"] <= len(text)):
                errors.append(f"{where}: span out of bounds {sp}")
                continue
            if sp["start"] < last_end:
                errors.append(f"{where}: spans overlap or are unsorted {sp}")
            last_end = sp["end"]
            s = text[sp["start"]:sp["end"]]
            if (s[0] in EDGE and not (sp["type"] == "LANDLINE" and s[0] in "(（")) or s[-1] in EDGE:
                errors.append(f"{where}: span has blank or punctuation at its edge {s!r}")
            if name.endswith("names_prose.jsonl") and sp["type"] != "PERSON":
                errors.append(f"{where}: names set holds PERSON only")
            problem = check_span(sp["type"], s)
            if problem:
                errors.append(f"{where}: {problem}")
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
        errors.extend(f"{where}: {p}" for p in unlabelled_identifiers(text, rec["spans"]))
        for sp in rec["spans"]:
            s = text[sp["start"]:sp["end"]]
            if sp["type"] == "PERSON" and len(s) >= 2 and s not in REPEAT_OK:
                labelled = [x["start"] for x in rec["spans"] if text[x["start"]:x["end"]].find(s) >= 0]
                warnings.extend(f"{where}: {s!r} also occurs unlabelled at {m.start()}"
                                for m in re.finditer(re.escape(s), text)
                                if labelled and not any(x["start"] <= m.start() < x["end"] for x in rec["spans"]))
    counts["records"] = len(ids)
    counts["records without spans"] = sum(1 for line in (HERE / name).read_text(encoding="utf-8").splitlines()
                                          if not json.loads(line)["spans"])
    return counts


def validate_transcripts(errors: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    ids = set()
    for n, line in enumerate((HERE / "transcripts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        where = f"transcripts.jsonl:{n} {rec.get('id')}"
        if set(rec) != {"id", "product_line", "turns", "steps_present", "violations"}:
            errors.append(f"{where}: wrong keys")
            continue
        if rec["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rec["id"])
        if rec["product_line"] not in {"motor", "accident", "health"}:
            errors.append(f"{where}: bad product_line")
        if not rec["turns"] or any(set(t) != {"speaker", "text"} or t["speaker"] not in {"agent", "customer"}
                                   or not t["text"].strip() for t in rec["turns"]):
            errors.append(f"{where}: bad turns")
        if not any(t["speaker"] == "agent" for t in rec["turns"]):
            errors.append(f"{where}: no agent turn")
        errors.extend(f"{where}: unknown step {code}" for code in rec["steps_present"] if code not in STEPS)
        errors.extend(f"{where}: unknown violation {code}" for code in rec["violations"] if code not in VIOLATIONS)
        if len(set(rec["steps_present"])) != len(rec["steps_present"]):
            errors.append(f"{where}: repeated step")
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: cooling-off is an accident/health step")
        counts[rec["product_line"]] = counts.get(rec["product_line"], 0) + 1
        for code in rec["steps_present"] + rec["violations"]:
            counts[code] = counts.get(code, 0) + 1
        if not rec["violations"]:
            counts["calls without violations"] = counts.get("calls without violations", 0) + 1
    counts["calls"] = len(ids)
    return counts


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    for name in ("pii_complaints.jsonl", "pii_names_prose.jsonl"):
        print(name, json.dumps(validate_pii(name, errors, warnings), ensure_ascii=False, sort_keys=True))
    print("transcripts.jsonl", json.dumps(validate_transcripts(errors), sort_keys=True))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
