"""Regression corpus (tests/data/marketing.jsonl): snippet-level micro-F1 must stay at or above 0.90."""

import json
from pathlib import Path

from xiaobao.engines.marketing import CODES, check_text, violation_codes
from xiaobao.engines.marketing.scoring import score_sets

CORPUS = Path(__file__).resolve().parents[2] / "data" / "marketing.jsonl"


def _load():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_shape():
    items = _load()
    assert len(items) >= 150
    assert len({i["id"] for i in items}) == len(items)
    compliant = sum(1 for i in items if not i["violations"])
    assert compliant / len(items) >= 0.40
    for code in CODES:
        assert sum(code in i["violations"] for i in items) >= 8, code
    assert sum(len(i["violations"]) > 1 for i in items) >= 10


def test_corpus_micro_f1_floor():
    items = _load()
    _, micro = score_sets((i["violations"], violation_codes(check_text(i["text"]))) for i in items)
    assert micro.f1 >= 0.90, (micro.precision, micro.recall)
