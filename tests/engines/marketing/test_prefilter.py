"""The literal pre-filter is only an accelerator: it must find what a full scan finds."""

import dataclasses
import itertools
import json
import random
import re
import tomllib
from pathlib import Path

import numpy as np
import pytest

from xiaobao.engines.marketing import check_text, default_rules
from xiaobao.engines.marketing import engine as engine_module
from xiaobao.engines.marketing import rules as rules_module
from xiaobao.engines.marketing.prefilter import (
    Gate,
    dispatch_scan,
    guard_groups,
    guarded,
    literal_places,
    literal_test,
    max_width,
    quick_reject,
    required_literals,
    trie_pattern,
    uncapture,
    window_scan,
)

CORPUS = Path(__file__).resolve().parents[2] / "data" / "marketing.jsonl"


def _full_scan_rules():
    rules = default_rules()
    gate = rules.gate
    full = Gate(automaton=None, regexes=gate.regexes, ungated=tuple(range(len(gate.regexes))))
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


def test_every_literal_occurrence_is_reported_even_inside_another():
    # the automaton reports overlapping occurrences: 停售 inside 月底停售, 保本 inside 保本保息
    gate = default_rules().gate
    text = "月底停售，保本保息"
    found = {(gate.literals[i], s) for i, s, _ in gate.automaton.find_matches_as_indexes(text, overlapping=True)}
    assert ("停售", 2) in found
    assert ("保本", 5) in found


@pytest.mark.parametrize(
    "pattern",
    ["(都|也)?(要|需)?(警惕|当心)|(是|属于)(骗局|陷阱)", "(?:(无需|不用)(承担|支付)|(公司|单位)出资)", "(?<![A-Z])(甲|乙)[丙丁]"],
)
def test_quick_reject_changes_no_match(pattern):
    rx = re.compile(pattern)
    fast = quick_reject(rx)
    assert fast.pattern != rx.pattern  # none of these has a prefix `re` finds by itself
    for text in ("请大家要警惕", "这是骗局吗", "无需支付任何费用", "由公司出资", "X甲丙", "甲丁", "乙", "都也要"):
        for pos in range(len(text)):
            assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in rx.finditer(text, pos)]


def test_quick_reject_leaves_regexes_that_can_match_empty_or_start_anywhere():
    for pattern in ("a?b?", "[^，]{0,4}说法", "保本|保息", ".好"):
        rx = re.compile(pattern)
        assert quick_reject(rx) is rx


def test_findings_are_ordinary_frozen_findings():
    import dataclasses

    from xiaobao.engines.marketing import Finding

    f = check_text("本产品保本保息")[0]
    assert type(f) is Finding
    assert f == Finding(f.code, f.start, f.end, f.text, f.explanation, f.basis, f.suggestion, f.rule)
    assert hash(f) == hash(dataclasses.replace(f))
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.code = "X"  # type: ignore[misc]


def test_max_width_is_capped():
    assert max_width(re.compile("ab{0,3}")) == 4
    assert max_width(re.compile("a.*")) == 120


def _corpus_text() -> str:
    return "\n".join(json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(
    ("pattern", "guards"),
    [
        ("政府[^，]{0,8}?(推荐|指定|认证)", 1),  # a group after a gap: guarded
        ("(推荐|指定|认证)了", 0),  # a match starts with it: `re` scans for it by itself
        ("政府(推荐|指定|认证)?", 0),  # quantified: the guard would apply when the group is skipped
        ("政府(?=(推荐|指定|认证))", 0),  # inside a look-around
        ("政府(推荐|指定)", 0),  # two choices: not worth a guard
        ("(?=[推指认])(?:推荐|指定|认证)", 0),  # already guarded
        ("[(]政府[)](推荐|指定|认证)", 1),  # parentheses in a class are no group
    ],
)
def test_guard_groups_places_guards(pattern, guards):
    assert guard_groups(pattern).count("(?=[") - pattern.count("(?=[") == guards


def test_guard_groups_changes_no_match_of_any_rule():
    # every rule pattern, guarded and not, finds the same matches with the same groups on the corpus
    rules = default_rules()
    text = _corpus_text()
    data = tomllib.loads(rules_module.DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    macros = {name: guarded(value) for name, value in rules_module._parse_macros(data["macros"]).items()}
    for rule in rules.rules:
        for pattern in rule.patterns:
            expanded = rules_module._expand(pattern, macros, rule.id)
            plain, fast = re.compile(expanded), re.compile(guard_groups(expanded))
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], rule.id


def test_literal_test_finds_something_wherever_the_regex_matches():
    rules = default_rules()
    text = _corpus_text()
    regexes = [rules.negation, rules.mention] + [
        rx
        for rule in rules.rules
        for rx in (rule.before_check, rule.after_check, rule.unless_nearby, rule.requires_nearby)
        if rx is not None
    ]
    for rx in regexes:
        test = literal_test(rx)
        for m in rx.finditer(text):
            assert test(text, m.start(), m.end()), (rx.pattern[:60], m.group())
    # and it finds nothing where no literal is: the regex is not run there
    neg = literal_test(re.compile("不(?!管)|没有|禁止"))
    assert neg("这款产品保障全面", 0, 8) is None
    assert neg("这款产品不保本", 0, 7) is not None
    assert literal_test(None)("任何文字", 0, 4) is not None  # unknown literals: always run the regex


@pytest.mark.parametrize(
    ("words", "pattern"),
    [
        (["保本", "保息", "稳赚"], "保(?:息|本)|稳赚"),
        (["不", "没有"], "不|没有"),
        (["a.b", "a+"], r"a(?:\+|\.b)"),  # escaped
        (["保", "保本"], "保"),  # a word ends here: the longer one adds nothing to "is there a match"
    ],
)
def test_trie_pattern_shapes_words_as_a_trie(words, pattern):
    assert trie_pattern(words) == pattern


def test_trie_pattern_finds_a_word_exactly_where_the_plain_alternation_does():
    words = ["保本", "保息", "保证收益", "稳赚", "不", "没有", "收益", "益处", "a+b", "零风险"]
    flat = re.compile("|".join(re.escape(w) for w in words))
    trie = re.compile(trie_pattern(words))
    text = _corpus_text()[:20000] + "a+b保证收"
    for lo in range(0, len(text), 7):
        for width in (1, 3, 8, 40):
            assert bool(trie.search(text, lo, lo + width)) == bool(flat.search(text, lo, lo + width)), (lo, width)


def _search_all(scan: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    m = scan.search(text, lo, hi)
    while m is not None:
        out.append(m.span(1))
        m = scan.search(text, m.end(1), hi)
    return out


def test_window_scan_finds_what_finditer_finds_for_every_rule_pattern():
    gate = default_rules().gate
    text = _corpus_text()
    scanned = [(rx, scan) for rx, scan in zip(gate.regexes, gate.scans, strict=True) if scan is not None]
    assert len(scanned) > 20  # the rules that are searched in windows have one
    for rx, scan in scanned:
        assert _search_all(scan, text, 0, len(text)) == [m.span() for m in rx.finditer(text)], rx.pattern[:60]
        for lo in range(0, len(text) - 60, 997):  # windows: a match must end inside, look-arounds see the end
            assert _search_all(scan, text, lo, lo + 60) == [m.span() for m in rx.finditer(text, lo, lo + 60)]


@pytest.mark.parametrize(
    ("pattern", "text", "spans"),
    [
        ("(?<![A-Z])[A-Z]{1,2}保险", "AB保险和XYZ保险", [(0, 4)]),  # a look-behind sees before the window
        ("(别家|他们)[^。]{0,4}?(坑|慢)", "别家很坑，他们更慢。他们", [(0, 4), (5, 9)]),
        ("(保本|保息)(?!型)", "保本型保息", [(3, 5)]),
    ],
)
def test_window_scan_matches(pattern, text, spans):
    scan = window_scan(re.compile(pattern))
    assert scan is not None
    assert _search_all(scan, text, 0, len(text)) == spans == [m.span() for m in re.finditer(pattern, text)]


def test_dispatch_scan_finds_what_finditer_finds():
    # a long leading alternation (words, groups, a look-behind, classes, alternatives sharing first characters)
    # and a lazy gap before a second alternation: the match at each place, and so group 1, must be the same
    words = [f"{a}{b}" for a in "甲乙丙丁" for b in "子丑寅卯辰巳午未申酉"]
    lead = "|".join([*words, "(?<![A-Z])[A-Z]{1,3}家", "(甲|乙)(子|亥)的", "[丙丁戊]午?公司"])
    pattern = f"(?:(?=[甲乙丙丁戊A-Z])(?:{lead}))[^。]{{0,4}}?(坑|慢|差)"
    scan = dispatch_scan(re.compile(pattern))
    assert scan is not None
    rng = random.Random(5)
    alphabet = "甲乙丙丁戊子丑亥午的公司坑慢差ABC。，"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        assert _search_all(scan, text, 0, len(text)) == [m.span() for m in re.finditer(pattern, text)], text


def test_dispatch_scan_is_none_for_a_short_alternation():
    assert dispatch_scan(re.compile("(别家|他们)[^。]{0,4}?(坑|慢)")) is None
    assert dispatch_scan(re.compile("|".join(f"{c}保" for c in "甲乙丙丁戊己庚辛壬癸" * 5) + "|.保本")) is None


def test_window_scan_is_none_where_the_first_characters_are_unknown():
    assert window_scan(re.compile(".保本")) is None
    assert window_scan(re.compile("(保本)?")) is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(这|那)(种|类)?公司", "(?:这|那)(?:种|类)?公司"),
        ("[(](保本)[)]", "[(](?:保本)[)]"),  # parentheses in a class are characters
        (r"\((保本)\)", r"\((?:保本)\)"),  # escaped parentheses too
        ("(?=[保])(?:保本)(?!型)(?<!不)", "(?=[保])(?:保本)(?!型)(?<!不)"),  # nothing to change
        ("(保本)(?(1)息)", "(保本)(?(1)息)"),  # a conditional reads group numbers: left alone
        ("[]()](保本)", "[]()](?:保本)"),  # a class that starts with ]
    ],
)
def test_uncapture(pattern, expected):
    assert uncapture(pattern) == expected


def test_uncapture_changes_no_match_of_any_rule():
    # every pattern of the rule file as written (claims and context checks, macros expanded, guards placed)
    data = tomllib.loads(rules_module.DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    raw_macros = rules_module._parse_macros(data["macros"])
    macros = {name: guarded(value) for name, value in raw_macros.items()}
    keys = ("patterns", "unless_before", "unless_after", "unless_nearby", "requires_nearby", "unless_in_match")
    patterns = [raw_macros["NEG"], raw_macros["MENTION"]] + [
        guard_groups(rules_module._expand(p, macros, rule["id"])) for rule in data["rules"] for key in keys
        for p in rule.get(key, [])
    ]
    text = _corpus_text()
    changed = 0
    for pattern in patterns:
        plain, fast = re.compile(pattern), re.compile(uncapture(pattern))
        changed += fast.pattern != pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern[:60]
    assert changed > 30


def test_literal_places_finds_every_place_a_literal_starts_overlapping_ones_too():
    places = literal_places(re.compile("(保本|本息)(保障)?|以为"))
    assert places is not None
    assert [m.span(1) for m in places.finditer("保本息，我以为")] == [(0, 2), (1, 3), (5, 7)]
    assert literal_places(re.compile(".+")) is None


def test_drop_preceded_skips_only_claims_that_no_cue_can_reach():
    # the corpus as one long text: thousands of claims, so the cues' literal places are found on arrays first
    text = _corpus_text() + "\n业务员称这款产品保本保息，张先生以为住院全报销"
    rules = default_rules()
    kept = [(f.start, f.end, 0, rules.rules[0]) for f in check_text(text, second_opinion=False)]
    kept += [(m.start(), m.end(), 0, rules.rules[0]) for m in re.finditer("保本|全报销|收益", text)]
    kept.sort()
    assert len(kept) >= engine_module._ARRAYS_FROM
    for cue, reach, boundary, places in (
        (engine_module._REPORTER, engine_module._SENTENCE_REACH, engine_module._SENTENCE_END,
         engine_module._REPORTER_PLACES),
        (engine_module._BELIEF, engine_module._BELIEF_REACH, engine_module._CLAUSE_END, engine_module._BELIEF_PLACES),
    ):
        fast = engine_module._drop_preceded(text, kept, cue, reach, boundary, places)
        assert len(fast) < len(kept)  # some claims were preceded by the cue
        assert fast == engine_module._drop_preceded(text, kept, cue, reach, boundary)


def test_claims_inside_quotations_are_found_the_same_on_arrays(monkeypatch):
    # thousands of claims, so the quotations holding them are found on arrays; claims before the first
    # quotation, after the last, inside one, and running from a lead-in into one (承诺“年化收益)
    text = "保本在前。" + _corpus_text() + "\n他说“保本保息”不可信，承诺“年化收益8%”，“全报销”\n收益在后"
    rules = default_rules()
    kept = [(f.start, f.end, 0, rules.rules[0]) for f in check_text(text, second_opinion=False)]
    kept += [(m.start(), m.end(), 0, rules.rules[0]) for m in re.finditer("保本|全报销|收益|承诺“年化", text)]
    kept.sort()
    quotes = engine_module._quoted(text)
    assert len(kept) >= engine_module._ARRAYS_FROM and quotes
    fast = engine_module._outside_quotes(kept, quotes)
    assert 0 < len(fast) < len(kept)
    monkeypatch.setattr(engine_module, "_ARRAYS_FROM", len(kept) + 1)
    assert fast == engine_module._outside_quotes(kept, quotes)


def test_windows_are_merged_the_same_on_arrays():
    rng = random.Random(7)
    for _ in range(200):
        parts = []
        for _ in range(rng.randint(1, 5)):
            starts = sorted(rng.sample(range(0, 3000), rng.randint(1, 60)))
            parts.append((starts, rng.randint(0, 50), rng.randint(1, 150)))
        windows = engine_module._windows(parts)
        assert windows == engine_module._windows_on_arrays([(np.array(s), b, r) for s, b, r in parts])
        assert all(lo < hi for lo, hi in windows)
        assert all(a[1] + engine_module._MERGE_GAP < b[0] for a, b in itertools.pairwise(windows))
