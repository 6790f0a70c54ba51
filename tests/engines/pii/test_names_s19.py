"""Written in s19-names: a transliterated given name, a dot and a Chinese surname before a title (names.find_names),
a brand that is also a person's name before 先生, a shop named after a person and a title, the model's names in
a word before them (外孙, 我司), shops listed with 等商户, words of trades, festivals and forms that start with a
surname character, and adverbs after a name of two (lexicon.STOP_BIGRAMS); the look-alikes stay no names."""

import pytest

from xiaobao.engines.pii import scan

CASES = {
    # a transliterated given name, a dot and the Chinese surname (or name) before a title: one name, no title
    "苏菲亚·林女士来电询问保单贷款。": ["苏菲亚·林"],
    "客户玛丽·陈先生要求更改受益人。": ["玛丽·陈"],
    "居民马丁·罗志强先生在横琴出险。": ["马丁·罗志强"],
    # a brand named like a person, as a person before a title; the brand alone stays none
    "王老吉先生投诉车险续保涨价太多。": ["王老吉"],
    "他买了两罐王老吉。": [],
    # a surname and a title that name a shop
    "车停在那家王师傅水饺门口被蹭了。": [],
    "朝阳门外一家赵先生牛肉面门口有监控。": [],
    # the model's two characters after a word they end (外孙, 我司), shops listed before 等商户
    "王阿婆由外孙代为办理退保。": ["王阿婆"],
    "客户在我司官网上看到了这款产品。": [],
    "与老凤祥、吴裕泰等商户核对了营业额。": [],
    # trades, festivals and words of forms that start with a surname character
    "棉农们反映今年的保费涨了。": [],
    "每到古尔邦节，村里都很热闹。": [],
    "来电人未留全称，只说姓何。": [],
    "过年回老家给外婆拜年。": [],
    # an adverb after a name of two
    "查勘员孟涛连续两天加班核损。": ["孟涛"],
    # a surname and a kinship or familiar title after a word for a person, a verb of passing, or an opening quote
    "邻居秦姐帮老人报的案。": ["秦姐"],
    "案子已转郑工复核。": ["郑工"],
    "“付哥您放心，明天就到账。”": ["付哥"],
    "他拿的高工资也不够赔。": [],
    # 代 after a name is the verb (on behalf of)
    "客户吕佳代父亲申请理赔。": ["吕佳"],
    # a name a cue word found, said again with the next character read into it
    "坐席唐悦接起电话。唐悦先核对了身份。": ["唐悦", "唐悦"],
    # a spoken particle after a name and a title; a given name ending in 来 before 来电
    "我们那个经理蒋总啊 天天说没问题": ["蒋总"],
    "被保险人任福来来电询问进度。": ["任福来"],
    # a Tibetan name whose first syllable is no transliteration character
    "感谢理赔员降央拉姆耐心解释。": ["降央拉姆"],
    # a given name in 来 (春来, 福来) after a cue word, not 来 + what comes (来电); an adverb after a dotted name
    "申请人田福来的儿子代为签字。": ["田福来"],
    "客户张春来电询问保单。": ["张春"],
    "阿依古丽·吐尔逊特意打来电话致谢。": ["阿依古丽·吐尔逊"],
    # a name among brands named like people, or before 联名款; people who sign a letter together stay people
    "仓库里王老吉、吴天成和周大福的货全泡了。": [],
    "客户穿着一双高志远联名款球鞋摔倒了。": [],
    "来信人冯小钢、冯立军联名反映修理厂虚报。": ["冯小钢", "冯立军"],
    # a surname and 总/工 that the model reads with the word after them (罗总好, 侯总审批); 总结 is a word
    "短信：罗总好，报告已发您邮箱。": ["罗总"],
    "报分管领导侯总审批。": ["侯总"],
    "公司在礼堂开了消保宣传周总结会。": [],
    # a road named after a person with a title; a remark on a name field
    "他搬到了黄兴将军路附近。": [],
    "她租的房子在冼星海博士大道旁。": [],
    "来电人只说姓吴，未留姓名全称。": [],
}


@pytest.mark.parametrize(("text", "names"), CASES.items(), ids=range(len(CASES)))
def test_names_s19(text, names):
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


def test_a_dotted_name_before_a_title_on_the_fast_tier():
    assert [f.text for f in scan("苏菲亚·林女士来电", tier="fast") if f.type == "PERSON"] == ["苏菲亚·林"]
