"""Regression sets (tests/data/marketing_regression_N.jsonl, formerly "holdout" batches): each was written
before a round of rule fixes and then tuned on, so they are regression sets, not estimates for unseen text:
every set must stay at or above the micro-F1 floor it reaches."""

import json
from pathlib import Path

import pytest

from xiaobao.engines.marketing import CODES, check_text, violation_codes
from xiaobao.engines.marketing.scoring import score_sets

DATA = Path(__file__).resolve().parents[2] / "data"
BATCHES = sorted(DATA.glob("marketing_regression_[0-9]*.jsonl"))


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


def test_rival_lookahead_lists_every_first_character_of_rival():
    """rival-bad starts with a look-ahead of %RIVAL%'s first characters (for speed); it must cover them all."""
    import re
    import tomllib

    from xiaobao.engines.marketing.rules import DEFAULT_RULES_PATH

    data = tomllib.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    rival = data["macros"]["RIVAL"].replace("%INSURER%", f"(?:{data['macros']['INSURER']})")
    rule = next(r for r in data["rules"] if r["id"] == "rival-bad")
    look = re.match(r"\(\?=(\[[^\]]+\])\)", rule["patterns"][0])
    assert look, "rival-bad pattern 0 must start with the look-ahead"
    first = re.compile(look.group(1))
    texts = [i["text"] for p in [*BATCHES, DATA / "marketing.jsonl"] for i in _load(p)]
    texts += ["XX保险", "ab公司", "一些公司", "不少平台", "其他家", "隔壁家", "大公司的产品", "某某", "那家"]
    for text in texts:
        for m in re.finditer(rival, text):
            assert first.match(m.group()), m.group()
