"""The literal pre-filter is only an accelerator: it must find what a full scan finds."""

import dataclasses
import json
import re
from pathlib import Path

import pytest

from xiaobao.engines.marketing import check_text, default_rules
from xiaobao.engines.marketing.prefilter import Gate, max_width, required_literals, trie_regex

CORPUS = Path(__file__).resolve().parents[2] / "data" / "marketing.jsonl"


def _full_scan_rules():
    rules = default_rules()
    gate = rules.gate
    full = Gate(regex=None, regexes=gate.regexes, targets={}, ungated=tuple(range(len(gate.regexes))))
    return dataclasses.replace(rules, gate=full)


def test_gated_and_full_scan_agree_on_the_corpus():
    full = _full_scan_rules()
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    text = "\n".join(texts)
    gated = [(f.code, f.start, f.end) for f in check_text(text)]
    assert gated == [(f.code, f.start, f.end) for f in check_text(text, full)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("保本|保息", {"保本", "保息"}),
        ("(即将|马上)(停售|下架)", {"即将停售", "即将下架", "马上停售", "马上下架"}),
        ("(全国|行业)[^，]{0,6}第一", {"第一"}),
        ("最(?![高低])[\u4e00-\u9fff]", {"最"}),
        (".{0,3}", None),
    ],
)
def test_required_literals(pattern, expected):
    lits = required_literals(pattern)
    assert (set(lits) if lits else None) == expected
    if lits:  # every match contains one of the literals
        for text in ("即将停售", "马上下架", "全国销量第一", "最好", "保本保息"):
            for m in re.finditer(pattern, text):
                assert any(lit in m.group() for lit in lits)


def test_a_literal_inside_another_rules_longer_hit_is_still_found():
    # 月底停 is a literal of one rule, 停售 of another: the gate must not swallow the second
    full = _full_scan_rules()
    for text in ("月底停售", "这款月底就停售了", "再过两天就要停售了"):
        assert [f.rule for f in check_text(text)] == [f.rule for f in check_text(text, full)] != []


def test_trie_regex_prefers_the_longest_literal():
    rx = trie_regex(["保本", "保本保息", "保息", "最"])
    assert [m.group() for m in rx.finditer("保本保息，最好，保息")] == ["保本保息", "最", "保息"]


def test_max_width_is_capped():
    assert max_width(re.compile("ab{0,3}")) == 4
    assert max_width(re.compile("a.*")) == 120
