"""Paraphrase families of s18 (issue 17): mechanisms seen in the rules' misses and false alarms on the 2027-01-21
sets (regression sets since), each written here in wordings of our own — a return fixed like a contract term or
for life, the state or the regulator named as guarantor, a regulator's emblem, licence or praise, Cantonese in
traditional characters (加價, 咩都賠, 同定期差唔多, 監管局批准嘅), free cover whose price sits in another fee,
withdrawal said in other words (不再对外销售, 结束本期发售, 换条款, 要降到2%), cover from head to toe, rivals
named by kind (外资公司, 老牌公司, 那边的理赔员, 某互联网平台); and the look-alikes that claim nothing (a question
about which is best, an ordinal in a comparison table, a guaranteed rate reported as lowered, a warning about a
free offer, a filing with its disclaimer).

None of the sentences below is taken from any labelled set (tests/engines/test_rule_examples_are_fresh.py only
guards the rule file, so keep it that way by hand). The rules alone must find them: the transcripts engine uses
the rules without the classifier.
"""

import pytest

from xiaobao.engines.marketing import check_text, violation_codes

# (code, family, its wordings one a line); code None: wordings that make no claim
FAMILIES: list[tuple[str | None, str, str]] = [
    ("GUARANTEED_RETURN", "a return as fixed as a contract term, or for life", """
计划书上那个3%，您就当成写进合同的
这份收益风吹雨打都不会变
每月能领多少，都是白纸黑字算好的
这个利息跟您一辈子，谁也改不了
存五年，领终身，养老不用愁
"""),
    ("GUARANTEED_RETURN", "the state or the regulator guaranteeing the return", """
这相当于政府担保您的本金
说白了就是国家保证你的收益
有监管部门保证，您一分钱都不会少
"""),
    ("GUARANTEED_RETURN", "the illustration's column given as what will be paid", """
演示表里中档那一栏就是您将来实际到手的
"""),
    ("REGULATOR_ENDORSEMENT", "an emblem, a licence or an official's praise as the state's backing", """
单页上印着金融监管总局的标志，这就是官方产品
我们有牌照，拿了牌照就等于国家给我们做了背书
市里的监管领导上次来视察，当场表扬了我们这款
真有纠纷，监管会替您做主
股东是国企，背后就是国家
有政府替您看着，出不了事
"""),
    ("REGULATOR_ENDORSEMENT", "Cantonese in traditional characters", """
呢份計劃有政府睇住，唔使驚
監管局批准嘅產品，穩陣過銀行
"""),
    ("REGULATOR_ENDORSEMENT", "a state scheme as a state guarantee", """
这份养老计划的安全性和社保是一个级别的
"""),
    ("MISLEADING_FREE", "free cover whose price sits in another fee", """
办卡就送一份意外险，不另外收钱，年费每年二百八
开通会员即赠住院保障，不额外收费，会员费每月十九元
买这台空调送一年家财险，保险免费，售价里已经包含了保费
"""),
    ("MISLEADING_FREE", "a gift of cover on a condition, or with the charge after it", """
送您一份孩子的学平险，您只要先把自己那份交了
免费领体检卡，条件是买一份我们的医疗险
公司送您的意外保障，一分不收，绑定银行卡开通自动续费就行
这份保障不需要支付任何费用，下个月起每月从银行卡扣款9元
"""),
    ("PANIC_SELLING", "withdrawal and price rises in other words, with a push", """
这款月底起不再对外销售，有想法的抓紧
本周日结束本期发售，想买的赶紧
下个月要换条款，轻症会缩水，这周定下来吧
听说年后要降到2.5%，现在上车还来得及
"""),
    ("PANIC_SELLING", "Cantonese pressure and the last year at a rate", """
而家唔買，下個月加價三成
今年是这个利率的收官之年，明年就没了
"""),
    ("PANIC_SELLING", "a date, and what is gone after it", """
25号一过，这款就换新版本了
元旦之后全面上调，到时候同样的保障要多掏两成
过了这个月，这份保障就再也买不回来了
"""),
    ("EXAGGERATED_COVERAGE", "every illness, head to toe, paid on sight", """
不管得了什么病，保险公司都给你负担到底
这份保单从头管到脚
门诊、住院、特药一把抓
确诊就赔，马上到账，不用等
只要航班晚点就赔
赔不赔您根本不用操心
車險買咗，咩都賠
"""),
    ("EXAGGERATED_COVERAGE", "an exclusion said to be handled after all", """
就算是酒驾出的事，只要买了我们这份，撞了也能处理
"""),
    ("DENIGRATE_COMPETITOR", "rivals named by kind, or by their staff", """
外资保险公司在国内就是水土不服
老牌公司产品老掉牙，早就落伍了
那边的理赔员就会鸡蛋里挑骨头
某互联网平台的那些产品全是坑
别的业务员都是奔着佣金去的
XX健康的客服根本打不通
别家的？那纯属交智商税
你在那个小程序上买的保险，就是个骗局
"""),
    ("ABSOLUTE_TERM", "the whole country searched for nothing better", """
全国翻个底朝天也挑不出更好的
"""),
    ("DEPOSIT_CONFUSION", "a deposit in other words", """
这是我们行新出的三年期理财
钱放这儿，想用随时取
您到时候凭这张单子来取就行
您那笔定期到期了，可以转到这个新计划里
这个跟您平时办定期是一个流程
呢個同定期差唔多
"""),
    (None, "a question, an ordinal or a report that ranks nothing", """
朋友问我哪家最好，我说要看预算
第二款价格最低，但不含身故责任
有人问top1是哪款，我没法排名
"""),
    (None, "rates and filings stated as facts", """
今年的保证利率从2.5%下调到2.0%，已买的保单不受影响
本产品已备案，备案不等于监管部门对收益作出保证
"""),
    (None, "delivery and gifts that are no free insurance", """
骑手送餐期间发生意外，由平台投保的团体意外险赔付
"""),
    # second round (what the first left on 2027-01-21)
    ("PANIC_SELLING", "an exclusive quota that lapses", """
您的专享名额下周一作废，请尽早联系顾问
这个额度到期后就不再向您开放了
"""),
    ("MISLEADING_FREE", "free, with the cost shared out among members", """
入会所有保障免费，理赔的钱由全体会员按月均摊
"""),
    ("DENIGRATE_COMPETITOR", "ours pays for all, theirs only for one thing", """
我们门诊住院统统都赔，他们家只赔住院
"""),
    ("MISLEADING_FREE", "no charge said outright, the fee beside it", """
这份意外险对持卡人一律不收钱，卡的年费每年260元
"""),
    ("PANIC_SELLING", "the old version only for a few more days", """
新版下月上线，想买旧条款的就剩这几天
"""),
    ("REGULATOR_ENDORSEMENT", "the protection fund a few words from its backing", """
有保险保障基金在背后兜着，出不了事
"""),
    (None, "a Hong Kong savings plan named by its product name, with its limits", """
這份儲蓄計劃的非保證紅利視乎投資表現，提早退保可能少於已繳保費
"""),
    (None, "a quoted claim in news of an order to correct it, or in a notice not to believe it", """
报道：某代理人在朋友圈写“稳赚不赔”，被当地监管部门责令删除
群里转发的“零元领保险”海报与本店无关，勿轻信
"""),
]

CASES = [(code, family, line.strip()) for code, family, lines in FAMILIES for line in lines.splitlines() if line.strip()]


def _found(text: str, classifier: bool) -> list[str]:
    return violation_codes(check_text(text, second_opinion=classifier))


@pytest.mark.parametrize(("code", "family", "text"), [c for c in CASES if c[0] is not None])
def test_the_rules_alone_find_every_wording_of_a_family(code, family, text):
    assert code in _found(text, classifier=False), f"{family}: {text}"


@pytest.mark.parametrize(("family", "text"), [(f, t) for c, f, t in CASES if c is None])
def test_a_wording_that_claims_nothing_is_flagged_neither_by_the_rules_nor_with_the_classifier(family, text):
    assert _found(text, classifier=False) == [], f"{family}: {text}"
    assert _found(text, classifier=True) == [], f"{family}: {text} (rules + classifier)"
