"""Families behind the PERSON misses on the 2026-12-20…29 complaint sets (regression sets since s15), with variants of
our own: rarer surnames and minority names after a cue, cues of letters and rulings, a name's last character that
starts what follows it, and words that start with a surname character."""

import pytest

from .test_tuning_2026_12_08 import names as _names


def names(text: str) -> list[str]:
    return _names(text, tier="model")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surnames of the Hui, the Zhuang and the Dai, and Tibetan names starting 泽 or 仁 or 格, after a cue
        ("驾驶人阴小军轻伤，已送医。", ["阴小军"]),
        ("投保人纳玉梅申请变更地址。", ["纳玉梅"]),
        ("家属侬丽红代其母亲投诉。", ["侬丽红"]),
        ("投诉人：岩香（傣族），电话见附件。", ["岩香"]),
        ("驾驶员泽旺多吉受了轻伤。", ["泽旺多吉"]),
        ("客户仁增卓玛来电咨询退保。", ["仁增卓玛"]),
        ("联系人格桑央金，电话已留。", ["格桑央金"]),
        # cues of letters, rulings and surveys
        ("上访人马占福（回族）称其子受伤。", ["马占福"]),
        ("本案第三人田永贵未到庭。", ["田永贵"]),
        ("来电人反映其母周秀珍的住院费用被拒赔。", ["周秀珍"]),
        ("公估师区志明核定损失一万二千元。", ["区志明"]),
    ],
)
def test_a_name_after_a_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a last character that starts what follows: a cause, a confirmation, a possessive, a household
        ("对理赔岗韩冰因处理超时予以通报。", ["韩冰"]),
        ("经核查，业务员邹强确有误导行为。", ["邹强"]),
        ("被保险人魏刚之配偶来电。", ["魏刚"]),
        ("理赔部卢晓梅荣获服务之星称号。", ["卢晓梅"]),
        # words of handling notes that start with a surname character, lines of insurance, a plate's province
        ("当事人陈述：车是停着的。请客户查收短信。", []),
        ("回访时长十二分钟，客户满意。", []),
        ("投保的是政策性林果险，已受理。", []),
        ("学员驾驶教练车新A·3867学在训练场倒车。", []),
        # a name inside a title of a work, a law or a form
        ("他推荐大家去看《阿甘正传》和《李小龙传》。", []),
        ("请填写《王建国理赔申请表》后交给理赔员张立。", ["张立"]),
    ],
)
def test_no_more_and_no_less_than_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
