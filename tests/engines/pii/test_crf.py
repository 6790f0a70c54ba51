"""The PERSON/ADDRESS CRF of the model tier (crf.py, build_crf.py) and how it joins the rules (combine_crf)."""

import hashlib
import json

import pytest

from xiaobao.engines.pii import crf, scan, scan_many
from xiaobao.engines.pii.combine import combine_crf, crf_units


def test_units_are_sentences_and_long_ones_are_cut_at_a_comma():
    text = "投诉人王芳来电。地址：新市区北京南路1号\n" + "客户表示理解，" * 60 + "完"
    spans = crf.units(text)
    assert spans[0] == (0, 8)
    assert text[spans[1][0] : spans[1][1]] == "地址：新市区北京南路1号\n"
    assert all(0 < b - a <= crf.MAX_UNIT for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(text[b - 1] in "。\n，" for _, b in spans[:-1])
    assert crf.units("") == []


def test_tags_and_spans_round_trip():
    gold = [(2, 4, "PERSON"), (7, 12, "ADDRESS"), (12, 14, "PERSON"), (15, 16, "MOBILE")]
    tags = crf.tags_for(16, gold)
    assert tags[:5] == ["O", "O", "B-PER", "I-PER", "O"]
    assert tags[15] == "O"  # (structured types stay on the regex path)
    assert crf.spans_from_tags(tags, offset=10) == [(12, 14, "PERSON"), (17, 22, "ADDRESS"), (22, 24, "PERSON")]
    assert crf.spans_from_tags(["I-PER", "I-PER", "O", "I-ADDR"]) == [(0, 2, "PERSON"), (3, 4, "ADDRESS")]


def test_features_of_a_character_see_its_neighbours_and_the_word_lists():
    feats = crf.features("投诉人欧阳娜娜，家住昌吉市")
    assert len(feats) == 13
    first = feats[3]  # 欧 of the compound surname 欧阳, after the cue word 投诉人
    assert "c欧" in first and "p人" in first and "n阳" in first and "cn欧阳" in first
    assert "wBk" in first  # a compound surname starts here
    assert "wbc" in first  # a cue word ends right before it
    assert "kH" in feats[0]  # a Chinese character
    assert "fA" in feats[12] and "fnA" in feats[11]  # 市: an administrative unit, seen from 吉 too


# ---------------------------------------------------------------- combine_crf: each mode on small cases
TEXT = "路" * 50  # (a CRF address needs a part below district level, 路; the "_vetted" modes read the text: below)
RULES = [(0, 3, "PERSON", 0.85), (5, 7, "PERSON", 0.65), (10, 20, "ADDRESS", 0.75), (22, 33, "MOBILE", 0.97)]


def test_a_crf_address_needs_a_part_below_district_level():
    text = "家住新疆乌鲁木齐市沙依巴克区，后搬到友好南路。"
    found = [(2, 14, "ADDRESS"), (18, 22, "ADDRESS")]
    assert combine_crf(text, [], found, address="add", person="rules") == [(18, 22, "ADDRESS", 0.8)]


def test_rules_mode_ignores_the_crf():
    assert combine_crf(TEXT, RULES, [(40, 43, "PERSON"), (8, 21, "ADDRESS")], address="rules", person="rules") == RULES


def test_add_puts_a_crf_span_only_where_nothing_was_found():
    out = combine_crf(TEXT, RULES, [(40, 43, "PERSON"), (5, 8, "PERSON"), (23, 26, "PERSON")], address="rules", person="add")
    assert (40, 43, "PERSON", 0.6) in out
    assert (5, 8, "PERSON", 0.6) not in out and (5, 7, "PERSON", 0.65) in out
    assert (23, 26, "PERSON", 0.6) not in out  # (inside a mobile number: the regex path wins)


def test_add_vetted_adds_only_names_the_lexicon_and_lac_let_stand():
    text = "昨天老王陪杨红梅去了乌鲁木齐，看了阿森纳的比赛。"
    found = [(2, 4, "PERSON"), (5, 8, "PERSON"), (10, 14, "PERSON"), (17, 20, "PERSON")]
    out = combine_crf(text, [], found, address="rules", person="add_vetted", vetoed=[(17, 20)])
    # (no city, nothing LAC read as a place; 老王 stands: a form of address is a person, as the datasets README
    # labels a surname + title)
    assert [text[s:e] for s, e, _, _ in out] == ["老王", "杨红梅"]
    assert len(combine_crf(text, [], found, address="rules", person="add")) == 4


def test_replace_takes_the_crf_address_edges_and_extend_only_longer_ones():
    longer = combine_crf(TEXT, RULES, [(8, 21, "ADDRESS")], address="replace", person="rules")
    assert (8, 21, "ADDRESS", 0.75) in longer and (10, 20, "ADDRESS", 0.75) not in longer
    shorter = combine_crf(TEXT, RULES, [(12, 18, "ADDRESS")], address="replace", person="rules")
    assert (12, 18, "ADDRESS", 0.75) in shorter
    assert combine_crf(TEXT, RULES, [(12, 18, "ADDRESS")], address="extend", person="rules") == RULES
    assert (8, 21, "ADDRESS", 0.75) in combine_crf(TEXT, RULES, [(8, 21, "ADDRESS")], address="extend", person="rules")
    # never over another type
    assert combine_crf(TEXT, RULES, [(18, 25, "ADDRESS")], address="replace", person="rules") == RULES


def test_crf_plus_keeps_the_rules_strong_spans_and_lets_the_crf_decide_the_rest():
    out = combine_crf(TEXT, RULES, [(0, 2, "PERSON"), (40, 43, "PERSON")], address="rules", person="crf+0.85")
    assert (0, 3, "PERSON", 0.85) in out  # a cue name stays, the CRF's overlapping span does not replace it
    assert (5, 7, "PERSON", 0.65) not in out  # a weak name the CRF does not confirm is dropped
    assert (40, 43, "PERSON", 0.6) in out
    out = combine_crf(TEXT, RULES, [(5, 8, "PERSON")], address="rules", person="crf+0.85")
    assert (5, 8, "PERSON", 0.6) in out  # the CRF's edges for a weak name
    hint = [(0, 3, "PERSON", 0.99)]
    assert combine_crf(TEXT, hint, [], address="rules", person="crf+0.99") == hint  # hints always stay
    out = combine_crf(TEXT, RULES, [(9, 20, "ADDRESS")], address="crf+0.9", person="rules")
    assert (9, 20, "ADDRESS", 0.8) in out and (10, 20, "ADDRESS", 0.75) not in out
    cue = [(10, 20, "ADDRESS", 0.9)]
    assert combine_crf(TEXT, cue, [(9, 20, "ADDRESS")], address="crf+0.9", person="rules") == cue


def test_replace_weak_vetted_never_shortens_a_name_and_vets_what_it_takes():
    text = "据悉腾格尔与付晓会在周末见面。"
    weak = [(2, 5, "PERSON", 0.65), (6, 8, "PERSON", 0.65)]
    out = combine_crf(text, weak, [(3, 5, "PERSON")], address="rules", person="replace_weak_vetted")
    assert out == weak  # (格尔 inside 腾格尔: the CRF does not shorten a name)
    out = combine_crf(text, weak, [(6, 9, "PERSON")], address="rules", person="replace_weak_vetted")
    assert out == weak  # (付晓会 + 在: 会 starts what follows)
    out = combine_crf(text, weak, [(6, 9, "PERSON")], address="rules", person="replace_weak")
    assert (6, 9, "PERSON", 0.65) in out


def test_crf_mode_replaces_the_type_outright():
    out = combine_crf(TEXT, RULES, [(1, 3, "PERSON")], address="rules", person="crf")
    assert [sp for sp in out if sp[2] == "PERSON"] == [(1, 3, "PERSON", 0.6)]


# ---------------------------------------------------------------- where the CRF reads
def test_the_crf_reads_only_units_where_a_name_or_an_address_can_be():
    text = "客户表示理解。家住团结路12号。经核实，金额无误。王芳已签字。"
    units = crf.units(text)
    found = crf_units(text, [(25, 27, "PERSON", 0.85)], [])
    assert [text[a:b] for a, b in found] == ["家住团结路12号。", "王芳已签字。"]
    assert crf_units(text, [], [(0, 2)]) == [units[0], units[1]]


# ---------------------------------------------------------------- in the engine
TEXTS = [
    "报案人古丽娜尔来电称车辆在五工台镇幸福村三组路口被撞，联系电话13912345678。",
    "客户反映，邻居马建军帮忙把材料送到了呼图壁县园户村镇。",
    "记者从理赔中心了解到，查勘员宁远和赛力克当天就到了现场。",
    "标的地址为奎屯市北京东路18号院3号楼2单元501室，投保人包晓霞。",
    "客户表示理解。",
    "",
]


def test_the_engine_runs_the_crf_with_the_modes_chosen_by_leave_one_set_out():
    from xiaobao.engines.pii import scanner

    assert scanner.CRF_MODES == {"address": "extend", "person": "replace_weak_vetted"}
    text = "施工队的杨红梅和伊力哈木一起去了现场，住在奎屯市北京东路18号院3号楼。"
    model = {(f.type, f.text) for f in scan(text)}
    assert {("PERSON", "杨红梅"), ("PERSON", "伊力哈木"), ("ADDRESS", "奎屯市北京东路18号院3号楼")} <= model


def test_scan_and_scan_many_agree_with_the_crf_on():
    from xiaobao.engines.pii.model import tagger as lac

    crf.tagger().clear_cache()
    lac().clear_cache()
    many = scan_many(TEXTS + TEXTS[::-1])
    crf.tagger().clear_cache()
    lac().clear_cache()
    one = [scan(t) for t in TEXTS + TEXTS[::-1]]
    assert many == one
    assert many[: len(TEXTS)] == many[len(TEXTS) :][::-1]


def test_the_crf_tags_names_and_addresses_in_a_unit():
    tag = crf.tagger().spans

    def found(unit: str) -> list[tuple[str, str]]:
        return [(unit[s:e], t) for s, e, t in tag(unit)]

    # (the raw tags; scan() tidies an address's end where they take in 路口: address_edges.py)
    assert found("报案人古丽娜尔来电称车辆在五工台镇幸福村三组路口被撞。") in (
        [("古丽娜尔", "PERSON"), ("五工台镇幸福村三组路口", "ADDRESS")],
        [("古丽娜尔", "PERSON"), ("五工台镇幸福村三组", "ADDRESS")],
    )
    assert [f.text for f in scan("报案人古丽娜尔来电称车辆在五工台镇幸福村三组路口被撞。") if f.type == "ADDRESS"] == [
        "五工台镇幸福村三组"
    ]
    assert found("施工队的杨红梅和伊力哈木一起去了白杨河村。") == [
        ("杨红梅", "PERSON"), ("伊力哈木", "PERSON"), ("白杨河村", "ADDRESS")
    ]
    assert found("客户表示理解。") == []


# ---------------------------------------------------------------- the model file
def test_the_model_file_is_rebuilt_from_the_training_sets_the_same():
    from xiaobao.engines.pii import build_crf

    if not (build_crf.SHARED / "pii.jsonl").exists():
        pytest.skip("the shared dev corpus is a training set and is not here")
    missing = [p for p in build_crf.training_sets() if not p.exists()]
    assert not missing
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "m.crfsuite"
        build_crf.build(out)
        assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(crf.MODEL_PATH.read_bytes()).hexdigest()


def test_real_names_dev_is_never_a_training_set():
    from xiaobao.engines.pii import build_crf

    assert all("real_names" not in p.name for p in build_crf.training_sets())
    assert json.dumps([str(p) for p in build_crf.training_sets()]).count("pii.jsonl") == 1
