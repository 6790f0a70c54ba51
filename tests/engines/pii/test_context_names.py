"""The model tier's names read from their context (context_names.py): variants written here, and the look-alikes
that must stay no names (expected [])."""

import pytest

from xiaobao.engines.pii import scan

CASES = {
    # a word that is also a name, after a role word; not when the word goes on (高峰期, 宁静的)
    "定损员黎明到场后拍了照。": ["黎明"],
    "经治医生：高峰": ["高峰"],
    "理赔员江河已将材料退回。": ["江河"],
    "同事周全都知道这件事。": ["周全"],
    "投诉人闻一鸣，电话见附件。": ["闻一鸣"],
    "客户高峰期来电较多，请增加坐席。": [],
    "客户宁静的生活被打乱了。": [],
    "联系高峰时段请错开。": [],
    "一审判决后，申请人一直不服。": [],
    # lists of three or more names; not lists of words, products or places
    "参保人员：孙有福、陈秀兰、冶永平、马成林。": ["孙有福", "陈秀兰", "冶永平", "马成林"],
    "名单如下：王卫国，李丰收，赵淑华，刘国栋。": ["王卫国", "李丰收", "赵淑华", "刘国栋"],
    "新增：杨明（会计）、宋词（出纳）、吕强（司机）": ["杨明", "宋词", "吕强"],
    "车险、意外险、健康险均可在线投保。": [],
    "乌鲁木齐、昌吉、石河子三地的网点已恢复营业。": [],
    "周一、周三、周五下午办理。": [],
    "保单号、身份证号、银行卡号请一并提供。": [],
    "高速、国道、省道上的事故由交警处理。": [],
    # a given name alone after a family word, a name in brackets, 受…委托, …收; not nicknames or words
    "他妹妹秀英说保单在她那里。": ["秀英"],
    "老伴儿桂兰也同意退保。": ["桂兰"],
    "本人（钱立军）确认以上内容属实。": ["钱立军"],
    "我们受韩晓东的委托，向贵司提出申请。": ["韩晓东"],
    "寄件信息：奎屯市团结路8号，石建明收，电话见上。": ["石建明"],
    "客户小军说他不知道。": [],
    "她女儿欣欣说想退保。": [],
    "客户本人说没收到短信。": [],
    "客户多次说明情况。": [],
}


@pytest.mark.parametrize("text", list(CASES))
def test_names_read_from_their_context(text):
    assert [f.text for f in scan(text, tier="model") if f.type == "PERSON"] == CASES[text]
