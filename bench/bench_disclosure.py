"""Disclosure engine on the labelled corpus: accuracy vs a keyword baseline, and documents/s.

    .venv/bin/python bench/bench_disclosure.py [CORPUS_DIR]

Without an argument it scores the development corpus (tests/data/disclosure), then, as a separate set, the
regression corpus (tests/data/disclosure_regression, formerly "disclosure_holdout": documents built differently;
held out when written, tuned on since, so in-sample now), then prints the fresh-set history (score when first
scored, and now; bench/fresh_history.toml). Prints numbers, never asserts. Metrics: exclusions_emphasized accuracy; section sets exact match;
sections-present micro precision/recall/F1 and per-section F1; the history prints both metrics for each fresh
disclosure set (sections with P and R).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import docx

from xiaobao.engines.disclosure import SECTION_CODES, check_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "data" / "disclosure"
REGRESSION_CORPUS = ROOT / "tests" / "data" / "disclosure_regression"


def baseline(path: Path) -> tuple[bool, set[str]]:
    """Plain keyword baseline: emphasised if any bold run follows a 责任免除 heading; sections by keyword."""
    document = docx.Document(str(path))
    keywords = {
        "INSURED_SCOPE": "被保险人", "COVERAGE": "保险责任", "EXCLUSIONS": "责任免除", "SUM_INSURED": "保险金额",
        "PREMIUM": "保险费", "PERIOD": "保险期间", "CLAIMS": "赔偿处理", "DISPUTES": "争议", "DEFINITIONS": "释义",
    }
    present, under, bold_seen = set(), False, False
    for p in document.paragraphs:
        text = p.text.strip()
        if len(text) <= 15:
            present |= {code for code, kw in keywords.items() if kw in text}
            under = "责任免除" in text
            continue
        if under and any(r.bold for r in p.runs):
            bold_seen = True
    return bold_seen, present


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[tuple[dict, bool, set[str]]]) -> dict:
    n = len(rows)
    excl = sum(gold["exclusions_emphasized"] == pred for gold, pred, _ in rows) / n
    exact = sum(set(gold["sections_present"]) == secs for gold, _, secs in rows) / n
    per, totals = {}, [0, 0, 0]
    for code in SECTION_CODES:
        tp = sum(code in g["sections_present"] and code in s for g, _, s in rows)
        fp = sum(code not in g["sections_present"] and code in s for g, _, s in rows)
        fn = sum(code in g["sections_present"] and code not in s for g, _, s in rows)
        per[code] = prf(tp, fp, fn)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
    return {"excl_acc": excl, "sections_exact": exact, "per_section": per, "micro": prf(*totals)}


def main(argv: list[str]) -> None:
    if argv:
        run(Path(argv[0]))
        return
    run(DEFAULT_CORPUS)
    if (REGRESSION_CORPUS / "labels.jsonl").is_file():
        print()
        print("== regression set (documents built differently from the development corpus; tuned on: in-sample) ==")
        run(REGRESSION_CORPUS)
    from freshsets import print_history

    print_history("disclosure")


def run(corpus: Path) -> None:
    labels = [json.loads(line) for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    engine_rows, base_rows, errors = [], [], []
    t0 = time.perf_counter()
    for gold in labels:
        result = check_document(corpus / gold["file"])
        engine_rows.append((gold, result.exclusions_emphasized, set(result.sections_present)))
        if result.exclusions_emphasized != gold["exclusions_emphasized"] or set(result.sections_present) != set(
            gold["sections_present"]
        ):
            errors.append((gold["file"], result))
    elapsed = time.perf_counter() - t0
    for gold in labels:
        emph, secs = baseline(corpus / gold["file"])
        base_rows.append((gold, emph, secs))
    eng, base = score(engine_rows), score(base_rows)
    print(f"corpus: {corpus} ({len(labels)} documents)")
    print(f"{'metric':32} {'engine':>8} {'baseline':>9}")
    print(f"{'exclusions_emphasized accuracy':32} {eng['excl_acc']:8.3f} {base['excl_acc']:9.3f}")
    print(f"{'sections exact match':32} {eng['sections_exact']:8.3f} {base['sections_exact']:9.3f}")
    print(f"{'sections present precision':32} {eng['micro'][0]:8.3f} {base['micro'][0]:9.3f}")
    print(f"{'sections present recall':32} {eng['micro'][1]:8.3f} {base['micro'][1]:9.3f}")
    print(f"{'sections micro-F1':32} {eng['micro'][2]:8.3f} {base['micro'][2]:9.3f}")
    for code in SECTION_CODES:
        print(f"  F1 {code:28} {eng['per_section'][code][2]:8.3f} {base['per_section'][code][2]:9.3f}")
    # throughput over repeated passes
    passes, t1 = 0, time.perf_counter()
    while time.perf_counter() - t1 < 2.0:
        for gold in labels:
            check_document(corpus / gold["file"])
        passes += 1
    rate = passes * len(labels) / (time.perf_counter() - t1)
    print(f"documents/s: {rate:.1f} (first pass {len(labels) / elapsed:.1f}/s)")
    for name, result in errors:
        print(f"MISMATCH {name}: emphasised={result.exclusions_emphasized} present={result.sections_present}")
        for f in result.findings:
            if f.code == "EXCLUSION_NOT_EMPHASIZED":
                print(f"   p{f.paragraph} [{f.section}] {f.text[:60]}")


if __name__ == "__main__":
    main(sys.argv[1:])
