"""Written in s17-names (before the engine was run on them): the name that fills a person field of a form or a
record (names._role_fields), words of claims and complaints that start with a surname character, shops named for
their trade or their owner's family (lexicon.SHOP_WORDS, combine._no_false_persons); the look-alikes must stay no
names (expected [])."""

import pytest

from xiaobao.engines.pii import scan

CASES = {
    # a role label, a colon and a name that fills the field, also a name that starts with a word (黄金, 韩国, 大海)
    "来访人：黄金华\n来访事由：退保金额有异议": ["黄金华"],
    "诉求人：韩国庆\n诉求内容：理赔款迟迟未到账": ["韩国庆"],
    "收件人：鲁大江  联系电话：见附件": ["鲁大江"],
    "被回访人：曲海燕（本人）\n回访结果：满意": ["曲海燕"],
    # a field that holds a role, an organisation or a withheld name is no name
    "投保人：车主\n被保险人：同上": [],
    "申请人：平安银行\n申请事项：撤回保全": [],
    "投诉人：王某某\n投诉事项：退保": [],
    # words of arbitration and claims that start with a surname character
    "本案仲裁庭由三名仲裁员组成，开庭日期另行通知。": [],
    "客户问惠民保能不能和医保一起报销。": [],
    "车停在修理厂三天了，没人来定损。": [],
    "货车为避让牛群冲出路基。": [],
    "楼下的阿伯说水是从他家漏下来的。": [],
    # a shop named for its trade or for its owner's family: no person
    "秦川麻辣烫门口的电瓶车被撞倒了两辆。": [],
    "刘记羊汤馆的后厨起火，烧坏了冰柜。": [],
    "车送到了老孙汽修，师傅说要换保险杠。": [],
    # a storm's name
    "台风“白鹭”过境后，大棚塌了一半。": [],
}


@pytest.mark.parametrize(("text", "names"), CASES.items(), ids=range(len(CASES)))
def test_names_s17(text, names):
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


def test_a_role_field_name_is_found_on_the_fast_tier_too():
    assert [f.text for f in scan("受访人：鲁大江\n结果：满意", tier="fast") if f.type == "PERSON"] == ["鲁大江"]
