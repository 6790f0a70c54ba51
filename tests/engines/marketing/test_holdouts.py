"""Fresh batches (tests/data/marketing_holdout_N.jsonl), written before each round of rule fixes and kept
as regression sets: every batch must stay at or above the micro-F1 floor."""

import json
from pathlib import Path

import pytest

from xiaobao.engines.marketing import CODES, check_text, violation_codes
from xiaobao.engines.marketing.scoring import score_sets

DATA = Path(__file__).resolve().parents[2] / "data"
BATCHES = sorted(DATA.glob("marketing_holdout_[0-9]*.jsonl"))


def _load(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_batches_exist_and_ids_are_unique():
    assert BATCHES
    ids = [i["id"] for p in BATCHES for i in _load(p)]
    corpus_ids = {i["id"] for i in _load(DATA / "marketing.jsonl")}
    assert len(set(ids)) == len(ids)
    assert not set(ids) & corpus_ids
    for p in BATCHES:
        for i in _load(p):
            assert set(i["violations"]) <= set(CODES), i["id"]


@pytest.mark.parametrize("path", BATCHES, ids=lambda p: p.stem)
def test_batch_micro_f1_floor(path):
    items = _load(path)
    compliant = sum(1 for i in items if not i["violations"])
    assert compliant / len(items) >= 0.35
    _, micro = score_sets((i["violations"], violation_codes(check_text(i["text"]))) for i in items)
    assert micro.f1 >= 0.95, (micro.precision, micro.recall)
