"""Paraphrase families of s19 (issue 17): mechanisms seen in the rules' misses and false alarms on the 2027-01-25
sets (regression sets since), each written here in wordings of our own — pressure by the hour, the call or the
system (挂了电话就失效, 一会儿就没了, 系统不让录单), a quota open a few more days, a rule change with a push,
full-then-closed and late-means-gone; cover whatever the cause or the illness, the bill held for you, paid on a
diagnosis slip, lost-as-much-paid-as-much; the luxury brand of its kind and "no need to look at the rest"; rivals
pocketing the money, service so-so, a one-word verdict; the state standing behind, an office bargaining in person,
a 惠民 project of the government, a social-security office arranging it; saving through a policy, a bank's term
product at a deposit's maturity, principal and interest paid out; free medical cover, a waived bill (免单),
compulsory motor cover "given", a return-of-premium policy called free cover; and the look-alikes that claim
nothing (a stated difference from a deposit, a warning to read the contract, a free check of a claim's state,
a correction of a quoted word, a product's ordinary cover).

None of the sentences below is taken from any labelled set (tests/engines/test_rule_examples_are_fresh.py only
guards the rule file, so keep it that way by hand). The rules alone must find them: the transcripts engine uses
the rules without the classifier.
"""

import pytest

from xiaobao.engines.marketing import check_text, violation_codes

# (code, family, its wordings one a line); code None: wordings that make no claim
FAMILIES: list[tuple[str | None, str, str]] = [
    ("PANIC_SELLING", "gone with the call, within the hour, or when the system closes", """
这个方案只在本次通话有效，挂断以后就作废了
这档优惠眨眼就没了，您快拿主意
折扣是按小时计的优惠，错过就按原价
这个报价链接我只开半个小时
今天不签的话，明天系统就不能出单了
"""),
    ("PANIC_SELLING", "a quota open a few more days, an insider's word, full then closed", """
这几天还剩几个额度，要的私信
内部消息，下季度起这款要上调费率
名额满了就停，迟了真的没有
这个利率马上就要没有了
过了这周，这个保额就不会这么高了
等改完条款，你现在能买的这款就没了
老产品买一天少一天，以后就碰不到了
"""),
    ("PANIC_SELLING", "a rule change, then a push", """
下个月要改规则，门槛会变高，想买的赶紧
新规马上落地，建议这两天就把续保办了
"""),
    ("EXAGGERATED_COVERAGE", "whatever the cause or illness, all held for you", """
平时有个磕磕碰碰，这份保险全帮您扛着
意外住院就赔，不论是什么原因
这个医疗险啥病都可以报
有了这份车险，碰了哪儿都不用您操心，全是保险公司的事
只要拿到诊断书，钱立马到账
家里被偷了多少东西就赔多少
有这张保单，以后住院不花自己一分钱
"""),
    ("ABSOLUTE_TERM", "the luxury brand of its kind, better than any, the rest not worth a look", """
这是养老年金里的爱马仕
论品质，简直没得比
这份重疾险比哪一家的都划算
认准这一款，别家的都不用再看了
全市就我们这一家能办这个价
"""),
    ("DENIGRATE_COMPETITOR", "rivals pocketing the money, so-so service, a one-word verdict", """
那家公司理赔就一个字：慢
外面那些中介卖的保单，保费都进了他们自己腰包
您现在那家车险公司，服务也就一般，出了事还得先垫钱
那些老牌子的公司，条款十几年都不更新
某某保险的产品跟我们比就是个弟弟
"""),
    ("REGULATOR_ENDORSEMENT", "the state standing behind, an office in person, a government 惠民 project", """
我们是央企，身后站着国家，倒不了
这款是民政局亲自帮大家争取来的
县政府惠民工程，家家都能参加
根据医保部门统一安排，本月起办理补充医疗
"""),
    ("DEPOSIT_CONFUSION", "saving through a policy, a bank term product, principal and interest paid out", """
管不住钱的年轻人，就用年金帮自己攒钱
您那笔存款月底到期，可以转来看看这款三年期的
到期本金利息一次性兑付给您
换了个地方存而已，跟银行没两样
您就当是往存折里攒钱
"""),
    ("MISLEADING_FREE", "free medical cover, a waived bill, compulsory cover given, a refund called free", """
手机号一填，百万医疗险免费开通
住院医疗险白拿，点一下就生效
一分钱不用花就能领一份防癌险
国庆期间投保意外险，首月免单
续保送交强险，您只管付商业险的钱
保费到期全退，相当于没花钱
宠物医疗不要钱，需开通会员才能领
这份意外保障您不用出钱，以后每月扣几块
"""),
    (None, "a stated difference from a deposit, and a warning to read the contract", """
年金险有储蓄功能，但和银行存款在流动性上差异明显
有人把年金险与定期存款比较，这两者并不相同
送的赠品是否真的免费，请看清合同
"""),
    (None, "a quoted word corrected, a product's ordinary cover, a real free service", """
把它叫成“存单”是不对的，它是一份保险合同
住院医疗年度限额5万元，意外门诊免赔额100元，既往症不赔
出险后免费查询理赔进度，不收任何费用
这款医疗险保费按年交，不是免费的
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
