"""Check the labelled training corpora in this folder (marketing_*, pii_* and transcripts_*.jsonl).

    PYTHONPATH=src python tests/data/train/validate.py [file ...]     # default: every corpus here

One checker for every author's file (it replaces the per-author validators of s12). Marketing records:
`{"id", "text", "violations"}` with known codes, no code twice. pii records: `{"id", "text", "spans"}` with known
types, spans inside the text, sorted, not overlapping, no whitespace or punctuation at their edges, and the
structured types valid by the engine's own check functions (ID check character, Luhn, VIN check digit, mobile
shape). Every file: unique ids of one prefix, no text twice in the folder. An unlabelled digit run that passes
an ID or bank-card check is printed as a warning (a policy number may pass Luhn by chance). Exit status 1 on
any error. Transcripts: `{"id", "product_line", "turns", "steps_present", "violations"}` with a known line, turns of
agent/customer with text, known steps (no cooling-off step on a motor call) and codes. tests/engines/
test_training_corpora.py runs it in the suite.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from xiaobao.engines.marketing.rules import CODES
from xiaobao.engines.pii.validators import is_valid_bank_card, is_valid_id_card, is_valid_mobile, is_valid_vin
from xiaobao.engines.transcripts import STEPS

HERE = Path(__file__).resolve().parent
PII_TYPES = frozenset(
    {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
)
STRUCTURED = {"ID_CARD": is_valid_id_card, "BANK_CARD": is_valid_bank_card, "VIN": is_valid_vin}
KINDS = ("marketing", "pii", "transcripts")
KEYS = {
    "marketing": {"id", "text", "violations"},
    "pii": {"id", "text", "spans"},
    "transcripts": {"id", "product_line", "turns", "steps_present", "violations"},
}
DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9０-９][0-9０-９ ]{14,22}[0-9Xx０-９]")


def corpora() -> list[Path]:
    return [path for kind in KINDS for path in sorted(HERE.glob(f"{kind}_*.jsonl"))]


def _bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def _mobile_ok(value: str) -> bool:
    digits = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", value))
    return is_valid_mobile(digits.removeprefix("+86").removeprefix("86") if len(digits) > 11 else digits)


def _span_errors(text: str, spans: list[dict]) -> list[str]:
    errors: list[str] = []
    end_before = 0
    for sp in spans:
        start, end, kind = sp.get("start"), sp.get("end"), sp.get("type")
        if kind not in PII_TYPES:
            errors.append(f"unknown type {kind!r}")
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"span {start}-{end} outside the text")
            continue
        if start < end_before:
            errors.append(f"span {start}-{end} overlaps or is out of order")
        end_before = end
        value = text[start:end]
        opening = kind == "LANDLINE" and value[0] in "(（"  # the README writes (010)12345678
        if (_bad_edge(value[0]) and not opening) or _bad_edge(value[-1]):
            errors.append(f"{kind} {value!r} starts or ends with whitespace or punctuation")
        check = STRUCTURED.get(kind)
        if check is not None and not check(unicodedata.normalize("NFKC", value).replace(" ", "")):
            errors.append(f"{kind} {value!r} fails its check")
        if kind == "MOBILE" and not _mobile_ok(value):
            errors.append(f"MOBILE {value!r} is not a mainland mobile")
    return errors


def _call_errors(rec: dict) -> list[str]:
    errors: list[str] = []
    if rec["product_line"] not in ("motor", "accident", "health"):
        errors.append(f"unknown product line {rec['product_line']!r}")
    turns = rec["turns"]
    if (
        not isinstance(turns, list)
        or not turns
        or any(
            not isinstance(t, dict)
            or t.get("speaker") not in ("agent", "customer")
            or not str(t.get("text", "")).strip()
            for t in turns
        )
    ):
        errors.append("turns must be a non-empty list of {speaker: agent|customer, text}")
    steps, codes = rec["steps_present"], rec["violations"]
    if not isinstance(steps, list) or len(set(steps)) != len(steps) or set(steps) - set(STEPS):
        errors.append(f"steps_present must be distinct known steps, got {steps!r}")
    elif rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in steps:
        errors.append("a motor call has no cooling-off step")
    if not isinstance(codes, list) or len(set(codes)) != len(codes) or set(codes) - set(CODES):
        errors.append(f"violations must be distinct known codes, got {codes!r}")
    return errors


def _unlabelled_numbers(text: str, spans: list[dict]) -> list[str]:
    covered = [(sp["start"], sp["end"]) for sp in spans]
    found = []
    for m in DIGIT_RUN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        value = unicodedata.normalize("NFKC", m.group()).replace(" ", "")
        if is_valid_id_card(value) or is_valid_bank_card(value):
            found.append(m.group())
    return found


def check_file(path: Path, seen_texts: dict[str, str]) -> tuple[list[str], list[str], Counter[str]]:
    """Errors, warnings and label counts of one corpus; seen_texts (text -> where) spans the folder."""
    errors: list[str] = []
    warnings: list[str] = []
    counts: Counter[str] = Counter()
    kind = path.name.split("_", 1)[0]
    ids: set[str] = set()
    prefixes: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc.msg})")
            continue
        keys = KEYS.get(kind, set())
        if not isinstance(rec, dict) or set(rec) != keys:
            errors.append(f"{where}: keys must be {sorted(keys)}")
            continue
        rid = rec["id"]
        text = rec.get("text")
        if kind == "transcripts":
            turns = rec["turns"] if isinstance(rec["turns"], list) else []
            text = "\n".join(str(t.get("text")) for t in turns if isinstance(t, dict))
        if not (isinstance(rid, str) and isinstance(text, str) and text.strip()):
            errors.append(f"{where}: id and text must be non-empty strings")
            continue
        prefixes.add(rid.rsplit("-", 1)[0])
        if rid in ids:
            errors.append(f"{where}: id {rid} twice")
        ids.add(rid)
        if text in seen_texts:
            errors.append(f"{where}: the same text as {seen_texts[text]}")
        seen_texts.setdefault(text, where)
        if kind == "transcripts":
            errors += [f"{where}: {e}" for e in _call_errors(rec)]
            counts.update([*rec["steps_present"], *rec["violations"]] if isinstance(rec["steps_present"], list) else [])
        elif kind == "marketing":
            codes = rec["violations"]
            if not isinstance(codes, list) or len(set(codes)) != len(codes) or set(codes) - set(CODES):
                errors.append(f"{where}: violations must be distinct known codes, got {codes!r}")
                continue
            counts.update(codes or ["(compliant)"])
        else:
            spans = rec["spans"]
            if not isinstance(spans, list):
                errors.append(f"{where}: spans must be a list")
                continue
            errors += [f"{where}: {e}" for e in _span_errors(text, spans)]
            warnings += [f"{where}: unlabelled number {v!r} passes a check" for v in _unlabelled_numbers(text, spans)]
            counts.update(sp.get("type", "?") for sp in spans)
            if not spans:
                counts["(no span)"] += 1
    if len(prefixes) > 1:
        errors.append(f"{path.name}: ids of several prefixes {sorted(prefixes)}")
    return errors, warnings, counts


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or corpora()
    seen: dict[str, str] = {}
    failed = False
    for path in paths:
        errors, warnings, counts = check_file(path, seen)
        print(
            f"{path.name}: {sum(1 for _ in path.open(encoding='utf-8'))} records; "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
        for message in warnings:
            print(f"  warning: {message}")
        for message in errors:
            print(f"  error: {message}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
