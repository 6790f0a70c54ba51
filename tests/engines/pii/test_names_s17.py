"""Written in s17-names (before the engine was run on them): the name that fills a person field of a form or a
record (names._role_fields), transliterated names of four or more syllables after a role word, a surname and a
title after a word that ends in a surname character (names.find_names), words of claims and complaints that start with a surname character, shops named for
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
    # a transliterated name of four or more syllables after a role word, then a word of any kind
    "村支书阿力木江出具了情况说明。": ["阿力木江"],
    "报案人哈斯巴根所说的地点在河边。": ["哈斯巴根"],
    # a surname and a title after a word or a house number that ends in a surname character; 车主 before a name
    "物业公司祁经理说下午来看。": ["祁经理"],
    "5号楼邵阿姨家的水管爆了。": ["邵阿姨"],
    "车主任志刚来电称车被刮了。": ["任志刚"],
    "信访人郝老先生由其子陪同来访。": ["郝老先生"],
    "电话打了三遍，邹奶奶才接起来。": ["邹奶奶"],
    # a person's studies after the name: no school
    "韩雨萱大学毕业后回到县里做了理赔员。": ["韩雨萱"],
    # a verb or an adverb right after a name of two does not lend it a third character
    "庭审中被告邵俊辩称其不知情。": ["邵俊"],
    "理赔员庞雪正在核实材料。": ["庞雪"],
    # rarer surnames (贲, 丘, 淳于 …), and the same characters in ordinary words
    "被保险人贲海波于昨日出院。": ["贲海波"],
    "客户淳于佳来电询问退保。": ["淳于佳"],
    "经办人丘志明已联系客户。": ["丘志明"],
    "宝贝的疫苗本丢了，能补办吗？": [],
    "他对村里的贡献大家都记得。": [],
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
    # a name before a firm's trade or a product is the firm's or the product's (the person named first stays)
    "投诉人金鼎说，金鼎证券的客服一直不接电话。": ["金鼎"],
    "业务员推荐的“康宁保”不保既往症。": [],
    "宣传页上的“秦月女性健康险”写着保证续保。": [],
    # a firm whose name is masked after its city, a road named after a person
    "被保险人：杭州XX包装材料有限公司\n出险地点：二号仓库": [],
    "网点搬到了冼星海路与东风路交叉口。": [],
    # a storm's name
    "台风“白鹭”过境后，大棚塌了一半。": [],
}


@pytest.mark.parametrize(("text", "names"), CASES.items(), ids=range(len(CASES)))
def test_names_s17(text, names):
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


def test_a_role_field_name_is_found_on_the_fast_tier_too():
    assert [f.text for f in scan("受访人：鲁大江\n结果：满意", tier="fast") if f.type == "PERSON"] == ["鲁大江"]
