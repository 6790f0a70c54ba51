"""The n-gram classifier (the marketing engine's second opinion): features, the model file, its rebuild."""

import json
import subprocess
import sys

import numpy as np
import pytest

from xiaobao.engines.marketing.classifier import (
    DEFAULT_MODEL_PATH,
    ORDERS,
    Violating,
    default_model,
    features,
    gram_hashes,
    model_from_data,
    ngram_hashes,
    normalise,
)


def test_normalise_folds_width_case_and_digits_and_keeps_length():
    assert normalise("保证年化５．５%，ＡＢc") == "保证年化0.0%,abc"
    assert normalise("保证年化3.5%") == normalise("保证年化8.0%")
    text = "稳赚不赔，年化１２%"
    assert len(normalise(text)) == len(text)


def test_gram_hashes_agree_with_the_text_scan():
    cps = np.frombuffer("保本保息".encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    scanned = {n: h for n, (h, _) in zip(ORDERS, ngram_hashes(cps), strict=True)}
    assert gram_hashes(["保", "本保", "保本保", "保本保息"]).tolist() == [
        scanned[1][0], scanned[2][1], scanned[3][0], scanned[4][0]
    ]


def test_ngrams_never_cross_from_one_snippet_into_the_next():
    vocab = np.sort(gram_hashes(["本保"]))
    rows, _, _ = features(["保本", "保息"], vocab)  # "本保" only across the boundary
    assert rows.tolist() == []
    rows, _, _ = features(["保本保息"], vocab)
    assert rows.tolist() == [0]


def test_a_batch_scores_each_snippet_as_alone():
    model = default_model()
    texts = ["本产品保本保息，稳赚不赔", "等待期为90天，具体以合同为准", "今晚十二点后停售，赶紧下单"]
    together = model.probabilities(texts)
    alone = np.vstack([model.probabilities([t]) for t in texts])
    assert np.allclose(together, alone)


def test_the_model_reads_claims_it_was_never_shown_word_for_word():
    model = default_model()
    probs = dict(zip(model.codes, model.probabilities(["存够十年，本金一分不少还能多拿利息"])[0], strict=True))
    assert probs["GUARANTEED_RETURN"] > 0.5
    assert max(model.probabilities(["本产品等待期为30天，等待期内出险不予赔付"])[0]) < 0.5


def test_the_runtime_needs_neither_scikit_learn_nor_scipy():
    code = (
        "import sys; sys.modules['sklearn'] = None; sys.modules['scipy'] = None\n"
        "from xiaobao.engines.marketing.classifier import default_model\n"
        "print(default_model().probabilities(['稳赚不赔']).shape)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "(1, 8)"


def test_rebuilding_the_model_gives_the_same_file():
    pytest.importorskip("sklearn")
    from xiaobao.engines.marketing.build_classifier import build

    assert build() == DEFAULT_MODEL_PATH.read_text(encoding="utf-8")


# ------------------------------------------------------------------ the second opinion in the engine
def _model(add: float, veto: float, violating=None):
    from dataclasses import replace

    model = default_model()
    return replace(model, add_threshold=add, veto_threshold=veto,
                   violating=violating if violating is not None else model.violating)


def test_units_are_lines_and_long_lines_are_cut_after_sentences():
    from xiaobao.engines.marketing.second_opinion import MAX_UNIT, units

    text = "  第一段，保本保息。 \n\n第二段" + "。这是一句很长的话" * 60
    spans = units(text)
    assert spans[0] == (2, text.index("。 \n") + 1)
    assert all(0 < b - a <= MAX_UNIT for a, b in spans)
    assert "".join(text[a:b] for a, b in spans[1:]) == text[text.index("第二段"):]
    assert all(text[b - 1] == "。" for _, b in spans[1:-1])
    assert units(" \n \n") == []


def test_a_code_the_rules_missed_is_added_and_marked_as_the_classifiers():
    from xiaobao.engines.marketing import check_text, default_rules
    from xiaobao.engines.marketing.second_opinion import apply

    text = "开头一句。\n存够十年，本金一分不少还能多拿利息"
    rules_only = check_text(text, second_opinion=False)
    everything_added = apply(text, rules_only, _model(add=0.0, veto=0.0), default_rules())
    added = [f for f in everything_added if f.source == "classifier"]
    assert {f.code for f in added} | {f.code for f in rules_only if f.start > 5} >= {"GUARANTEED_RETURN"}
    assert all(f.rule == "classifier" and "文本分类模型" in f.explanation for f in added)
    assert {(f.start, f.end) for f in added} <= {(0, 5), (6, len(text))}
    assert all(f.source == "rules" for f in rules_only)
    nothing = apply(text, rules_only, _model(add=1.01, veto=-1.0), default_rules())
    assert nothing == rules_only


def test_a_rule_finding_the_classifier_is_sure_against_is_dropped():
    from xiaobao.engines.marketing import check_text, default_rules
    from xiaobao.engines.marketing.second_opinion import apply

    text = "本产品保本保息"
    rules_only = check_text(text, second_opinion=False)
    assert rules_only
    assert apply(text, rules_only, _model(add=1.01, veto=1.0), default_rules()) == []


# (add threshold, veto threshold, "violates at all" thresholds): everything added, everything vetoed, the shipped
# thresholds, in between, every paragraph rescued, every rule finding dropped by the "violates at all" score
_NEUTRAL = Violating(gate=0.0, rescue=1.01, rescue_min=1.01, veto=-1.0)  # the per-code decisions alone
_ALL_RESCUED = Violating(gate=1.01, rescue=0.0, rescue_min=0.0, veto=-1.0)
_ALL_DROPPED = Violating(gate=0.0, rescue=1.01, rescue_min=0.0, veto=1.0)


@pytest.mark.parametrize(("add", "veto", "violating"), [
    (0.0, -1.0, _NEUTRAL), (1.01, 1.0, _NEUTRAL), (None, None, None), (0.5, 0.5, None), (1.01, -1.0, _ALL_RESCUED),
    (0.5, -1.0, _ALL_DROPPED),
])
def test_a_long_text_is_decided_on_arrays_as_a_short_one_in_a_loop(add, veto, violating):
    from xiaobao.engines.marketing import check_text
    from xiaobao.engines.marketing.second_opinion import _decide_in_loop, _decide_on_arrays, units

    text = ("本产品保本保息，稳赚不赔。\n  \n开头一句，等待期为90天。\n今晚十二点后停售，赶紧下单！别家理赔慢。\n"
            "国家监管，绝对安全，收益最高。" * 8 + "\n存够十年，本金一分不少还能多拿利息") * 3
    model = default_model() if add is None else _model(add=add, veto=veto, violating=violating)
    spans = units(text)
    findings = check_text(text, second_opinion=False)
    probs, scores = model.opinion([text[a:b] for a, b in spans])
    assert scores is not None
    kept, sure, rescued = _decide_on_arrays(spans, findings, probs, scores, model)
    assert (kept, sure, rescued) == _decide_in_loop(spans, findings, probs, scores, model)
    assert len(spans) > 4 and findings
    if add == 0.0:
        assert kept == findings and len(sure) >= len(spans) * len(model.codes) - len(findings)
    if veto == 1.0:
        assert kept == [] and sure == [] and rescued == []
    if violating is _ALL_RESCUED:  # nothing added by code: every paragraph without a kept rule finding is rescued
        units_found = {i for i, (a, b) in enumerate(spans) for f in kept if a <= f.start < b}
        assert sure == [] and [u for u, _ in rescued] == [u for u in range(len(spans)) if u not in units_found]
        assert all(k == int(probs[u].argmax()) for u, k in rescued)
    if violating is _ALL_DROPPED:
        assert kept == [] and rescued == [] and sure


def test_the_violates_at_all_score_rescues_a_paragraph_with_its_most_likely_code():
    from xiaobao.engines.marketing import check_text, default_rules
    from xiaobao.engines.marketing.second_opinion import apply

    text = "开头一句。\n存够十年，本金一分不少还能多拿利息"
    rules_only = [f for f in check_text(text, second_opinion=False) if f.start < 5]
    model = _model(add=1.01, veto=-1.0, violating=_ALL_RESCUED)
    added = [f for f in apply(text, rules_only, model, default_rules()) if f.source == "classifier"]
    probs, scores = model.opinion(["开头一句。", "存够十年，本金一分不少还能多拿利息"])
    # (开头一句。 has fewer letters than MIN_ADD_CHARS: nothing is added there, whatever the scores)
    assert scores is not None and len(added) == 1 and added[0].start == 6
    assert [f.code for f in added] == [model.codes[int(probs[1].argmax())]]
    assert added[0].code == "GUARANTEED_RETURN" and "很可能违规" in added[0].explanation
    assert all(f.rule == "classifier-violating" for f in added)
    # the gate: a sure code is not added where the "violates at all" score is below it
    gated = _model(add=0.0, veto=-1.0, violating=Violating(gate=1.01, rescue=1.01, rescue_min=1.01, veto=-1.0))
    assert apply(text, rules_only, gated, default_rules()) == rules_only


def test_a_model_file_without_the_violates_at_all_score_reads_as_before():
    from xiaobao.engines.marketing.build_classifier import dumps, train
    from xiaobao.engines.marketing.rules import CODES

    pytest.importorskip("sklearn")
    claims = ["全国第一", "保本保息", "存款一样", "马上停售", "国家兜底", "什么都赔", "别家很坑", "免费领取"]
    items = [{"text": t, "violations": [c]} for t, c in zip(claims, CODES, strict=True)]
    items += [{"text": "等待期九十天", "violations": []}, {"text": "以合同为准", "violations": []}]
    plain = model_from_data(json.loads(dumps(train(items, min_df=1, violating=None))), "<plain>")
    with_score = model_from_data(json.loads(dumps(train(items, min_df=1))), "<with>")
    assert plain.violating is None and plain.weights.shape[1] == 8 and plain.opinion(["保本"])[1] is None
    assert with_score.violating is not None and with_score.weights.shape[1] == 9
    assert np.allclose(plain.probabilities(["保本保息"]), with_score.probabilities(["保本保息"]))
    assert with_score.opinion(["保本保息"])[1][0] > with_score.opinion(["等待期"])[1][0]


def test_the_switch_turns_the_classifier_off(monkeypatch):
    from xiaobao.engines.marketing import check_text
    from xiaobao.engines.marketing.engine import classifier_enabled

    text = "这款产品跟你放在银行里没区别，还能多拿点。"
    monkeypatch.setenv("XIAOBAO_MARKETING_CLASSIFIER", "0")
    assert classifier_enabled() is False
    assert check_text(text) == check_text(text, second_opinion=False)
    monkeypatch.setenv("XIAOBAO_MARKETING_CLASSIFIER", "1")
    assert classifier_enabled() is True
    assert check_text(text) == check_text(text, second_opinion=True)


def test_the_cli_says_whether_the_classifier_ran(tmp_path, capsys):
    from xiaobao.engines.marketing.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "本产品保本保息"}\n', encoding="utf-8")
    assert main(["check", "--jsonl", str(src), "--no-classifier"]) == 0
    captured = capsys.readouterr()
    assert "rules only" in captured.err
    assert json.loads(captured.out)["findings"][0]["source"] == "rules"


def test_rules_and_classifier_together_keep_the_corpora_they_learned_from():
    from xiaobao.engines.marketing import check_text, violation_codes
    from xiaobao.engines.marketing.build_classifier import DATA, SHIPPED_SETS, load_items
    from xiaobao.engines.marketing.scoring import score_sets

    items = load_items([DATA / p for p in SHIPPED_SETS])
    _, micro = score_sets((i["violations"], violation_codes(check_text(i["text"], second_opinion=True)))
                          for i in items)
    assert micro.f1 >= 0.97


def test_short_texts_in_plain_python_score_as_the_numpy_path():
    model = default_model()
    texts = ["存够十年，本金一分不少还能多拿利息", "ＡＢＣ保险，年化５%，稳赚", "", "a\0b", "等待期90天。" * 3]
    fast = np.array([model._decision_small(t) for t in texts])
    assert np.allclose(fast, model._decision(texts), atol=1e-5)
    assert np.allclose(model.decision(texts), fast)


@pytest.mark.parametrize("piece", [1, 40, 1000, 10**9])
def test_a_long_batch_scores_the_same_whatever_its_pieces(monkeypatch, piece):
    from xiaobao.engines.marketing import classifier

    model = default_model()
    texts = ["存够十年，本金一分不少还能多拿利息", "", "今晚十二点后停售。" * 30, "a\0b", "等待期90天"] * 60
    expected = model._decision(texts)
    monkeypatch.setattr(classifier, "_PIECE", piece)
    assert np.array_equal(model.decision(texts), expected)


def test_the_engine_version_names_the_model_only_when_the_classifier_runs(monkeypatch):
    from xiaobao.engines.marketing import engine_version

    monkeypatch.setenv("XIAOBAO_MARKETING_CLASSIFIER", "0")
    rules_only = engine_version()
    monkeypatch.setenv("XIAOBAO_MARKETING_CLASSIFIER", "1")
    with_model = engine_version()
    assert rules_only.startswith("rules.") and "classifier" not in rules_only
    assert with_model.startswith(rules_only + "+classifier.")
    assert engine_version(second_opinion=False) == rules_only


def test_the_trie_scores_as_the_build_scripts_features():
    # the run-time walk (longest n-gram per position) against the training features (every n-gram's hash
    # looked up in the sorted vocabulary): the same scores, across snippet boundaries, full-width text,
    # characters beyond the trie's table, a NUL inside a text and the empty text
    model = default_model()
    texts = ["本产品保本保息，稳赚不赔！", "ＡＢＣ保险年化５％", "", "a\0b保本", "\U0010ffff保证\U0001f525收益",
             "今晚十二点后停售，赶紧下单。" * 40, "等待期为90天", "保"]
    rows, cols, values = features([t.replace("\0", " ") for t in texts], model.vocab)
    expected = np.zeros((len(texts), model.weights.shape[1]))  # the codes, then "violates at all"
    np.add.at(expected, rows, values[:, None] * model.weights[cols])
    expected += model.intercept
    assert np.allclose(model._decision(texts), expected, atol=1e-9)


def test_a_vocabulary_too_large_for_32_bit_keys_scores_the_same(monkeypatch):
    from xiaobao.engines.marketing import classifier

    texts = ["本产品保本保息，稳赚不赔！", "ＡＢＣ保险年化５％" * 30, "今晚十二点后停售，赶紧下单。" * 40]
    narrow = classifier.load_model()
    monkeypatch.setattr(classifier, "_KEY32_LIMIT", 0)
    wide = classifier.load_model()
    assert narrow.trie.keys.dtype == np.int32 and wide.trie.keys.dtype == np.int64
    assert np.array_equal(wide._decision(texts), narrow._decision(texts))


def test_the_child_look_up_finds_every_node_when_the_slots_are_crowded(monkeypatch):
    # a table with few slots per node: many keys probe past others' slots
    from xiaobao.engines.marketing import classifier

    texts = ["本产品保本保息，稳赚不赔！", "ＡＢＣ保险年化５％" * 30, "今晚十二点后停售，赶紧下单。" * 40]
    roomy = classifier.load_model()
    expected = roomy._decision(texts)
    monkeypatch.setattr(classifier, "_SLOT_BITS", 17)
    crowded = classifier.load_model()
    trie = crowded.trie
    assert len(trie.slots) == 1 << 17 and len(trie.keys) > len(trie.slots) / 2
    deep = np.flatnonzero(trie.keys >= 0)
    parents, chars = np.divmod(trie.keys[deep], trie.width)
    assert np.array_equal(trie.child(parents, chars), deep)
    assert not trie.child(np.zeros_like(chars), chars).any()  # no n-gram extends "no n-gram"
    assert np.array_equal(crowded._decision(texts), expected)
    assert np.array_equal(roomy._decision(texts), expected)  # each table read with its own size


def test_the_child_look_up_probes_round_the_end_of_the_table():
    from dataclasses import replace

    from xiaobao.engines.marketing import classifier

    def home(k: int) -> int:
        return int(classifier._slot(np.array([k], dtype=np.int32), 4)[0])

    last = [k for k in range(1, 5000) if home(k) == 15][:3]  # three keys whose slot is the last of 16
    absent = next(k for k in range(5000, 10000) if home(k) == 15)
    keys = np.array([-1, *last], dtype=np.int32)  # nodes 1..3
    slots = classifier._probe_table(keys, np.arange(1, 4), 4)
    assert slots[15] == 1 and slots[0] == 2 and slots[1] == 3 and not slots[2:15].any()
    trie = replace(default_model().trie, keys=keys, slots=slots, slot_bits=4, width=1)  # key = parent + char
    found = trie.child(np.array([*last, absent], dtype=np.int32), np.zeros(4, dtype=np.int32))
    assert found.tolist() == [1, 2, 3, 0]
    with pytest.raises(ValueError, match="do not fit"):
        classifier._probe_table(np.arange(-1, 16, dtype=np.int32), np.arange(1, 17), 4)


@pytest.mark.parametrize("text", ["您好。", "开头一句。", "谢谢您！"])
def test_a_paragraph_too_short_for_the_ngrams_gets_no_finding_from_the_classifier(text):
    from xiaobao.engines.marketing import default_rules
    from xiaobao.engines.marketing.second_opinion import MIN_ADD_CHARS, apply

    assert sum(c.isalnum() for c in text) < MIN_ADD_CHARS
    for model in (_model(add=0.0, veto=-1.0), _model(add=1.01, veto=-1.0, violating=_ALL_RESCUED)):
        assert apply(text, [], model, default_rules()) == []
    longer = text + "存够十年本金一分不少"
    assert apply(longer, [], _model(add=0.0, veto=-1.0), default_rules()) != []
