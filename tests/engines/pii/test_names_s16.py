"""Written in s16-names (before the engine was run on them): names the CRF reads that are also words, standing
where their context holds a person (combine._in_context, context_names.model_name_in_context), the units a person
hint sends to the CRF (combine._PERSON_HINT_RE), forms of address that are dictionary words (combine._familiar),
the end of a cue word's name taken from the CRF (combine._cue_edge), shops named after a person and titles after
titles (names.py); the look-alikes must stay no names (expected [])."""

import pytest

from xiaobao.engines.pii import scan

CASES = {
    # a word that is also a name, after a role word, a title after it, or joined to another name
    "查勘员岩松就到了现场，拍了十几张照片。": ["岩松"],
    "律师钟声，电话稍后提供。": ["钟声"],
    "投诉人晨光称保单被人代签。": ["晨光"],
    "伍佳和宁静一起去了营业厅。": ["伍佳", "宁静"],
    # at a clause start, before what is said of a person
    "白鸽是一名刚入职的客服，说话很温和。": ["白鸽"],
    "麦穗是一位哈萨克族牧民，今年五十岁。": ["麦穗"],
    # the same words as words
    "阳光是免费的，保险可不是。": [],
    "石头砸坏了车窗，玻璃碎了一地。": [],
    "石榴是新疆的特产，果园投了农险。": [],
    "美军在当地驻扎了三年。": [],
    "客服中心在三楼，电梯右手边。": [],
    # the end of a cue word's name: the character that starts what follows is not the name's, a last given
    # character outside the common list is
    "业务员邹文和郝强两个人都没回电话。": ["邹文", "郝强"],
    "经办人万飞先生已经离职了。": ["万飞"],
    "客户包其音，六十八岁，住院九天。": ["包其音"],
    # where LAC reads no window (a common word), a person hint sends the unit to the CRF all the same
    "竹青是一名老查勘员，跑遍了南疆的乡镇。": ["竹青"],
    "高山从部队转业后进了保险公司。": ["高山"],
    "高山上的牧场受了雪灾。": [],
    # 老/小 + a common surname that the dictionary lists as a word (老周, 小马) is a form of address all the same
    "这事你问老周，他最清楚。": ["老周"],
    "小马说车已经修好了。": ["小马"],
    "两小时后客户才到，小区门口停满了车。": [],
    # a shop named after a person is no other mention of the person; no name starts inside the title before it
    "客户余华投诉称，其在余华专卖店门口被剐蹭。": ["余华"],
    "伤者在华佗大药房门口滑倒。": [],
    "请主管杜明先生回电。": ["杜明"],
    "拟表扬客服部上官晓云、林峰、宋佳三名同志。": ["上官晓云", "林峰", "宋佳"],
    # a name of two and a word after it, read by the CRF as one name of four, is the name
    "研讨会上，骆平博士介绍了新规。": ["骆平"],
}


@pytest.mark.parametrize(("text", "names"), CASES.items(), ids=range(len(CASES)))
def test_names_in_context(text, names):
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


def test_a_word_alone_is_no_name_on_the_fast_tier():
    assert [f.text for f in scan("投诉人晨光称保单被人代签。", tier="fast") if f.type == "PERSON"] == []


@pytest.mark.xfail(strict=True, reason="the CRF does not read 水仙 (a flower) as a name here: the context alone never makes "
                   "a word a name")
def test_a_word_the_model_does_not_read_as_a_name():
    assert [f.text for f in scan("投诉人水仙称保单被人代签。") if f.type == "PERSON"] == ["水仙"]
