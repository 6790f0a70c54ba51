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
这份意外险一年才几十块，相当于没花钱
宠物医疗不要钱，需开通会员才能领
这份意外保障您不用出钱，以后每月扣几块
"""),
    # second round: the rules' misses on 2027-01-03's unseen set (the classifier found most of them there)
    ("EXAGGERATED_COVERAGE", "all of it carried, paid as billed, paid once it happens", """
台风刮了、水泡了、玻璃碎了，这份统统我们扛
这份运输险货只要装上车，坏了一律照单赔
老人家只要摔了就给钱
这个意外险连中暑都包
修车的钱一分都不用您掏
就算喝了点酒出的事，我们照样认
什么意外都能兜底
"""),
    ("DENIGRATE_COMPETITOR", "a rival's tricks, slowness and collusion", """
某某财险那个打折就是数字游戏
人家那家公司小地方来的，出了事找谁去
那家公司理赔拖到年底，最后还少赔了一半
别去那家，他们的查勘员跟修理厂串通
其他平台送的那种险，都是不靠谱的小公司承保的
"""),
    ("ABSOLUTE_TERM", "crowned, or no better one anywhere", """
这款医疗险性价比称王，谁家都比不过
全市没有比我们更快的理赔
"""),
    ("PANIC_SELLING", "gone when full, when slow, at the cut-off", """
名额一满系统就锁了
手慢的就没了
这款今晚就截单，错过就要等明年
过了今天这个价我给不了了
下个月要提价两成，好多公司已经不接了，想买的这周内找我
村里补贴月底就取消了，还没交的赶紧
"""),
    ("REGULATOR_ENDORSEMENT", "an authority recommending, partnering or ordering", """
交警大队都推荐这款驾乘险
我们是市交通运输局的定点服务商
这份保单是交通部门认可的
国家统一要求电动车都要上这个险
这个险是车管所跟我们合作推的
放这里就跟放在国库里一样
"""),
    ("DEPOSIT_CONFUSION", "a term deposit by another name", """
就当给孩子办了个定期
跟您原来那个一样，只是换了个名字
闲钱放进这个账户，随取随用
这份的利息比您手里那张存单的利息还高
"""),
    ("GUARANTEED_RETURN", "the money back and more, a floor on income", """
交五年，五年后一起拿回来
满三年没出险，全退给你还多给一些
不管收成怎样，至少给你兜住三千块
年底不出险返奖励金，最少是保费的两成，跑不了的
"""),
    ("MISLEADING_FREE", "given, with the price inside another or a card number taken", """
买全险的话，座位险就当白送您了
报名就送意外险，报名费里已经包含了
来听课的每位送一份意外险，留个银行卡号就行
这份保障个人不用交，以后按月从工资卡扣
"""),
    # third round: what the rules and the classifier both missed on 2026-12-17's published set
    ("EXAGGERATED_COVERAGE", "every worry of a life solved", """
一张保单解决家庭的所有后顾之忧
"""),
    ("GUARANTEED_RETURN", "a rate locked in points", """
现在签约，等于锁定了终身3个点
"""),
    ("DENIGRATE_COMPETITOR", "other banks' products: dear and poor", """
别家银行卖的同类保险费用高、收益低
"""),
    (None, "a stated difference from a deposit, and a warning to read the contract", """
年金险有储蓄功能，但和银行存款在流动性上差异明显
有人把年金险与定期存款比较，这两者并不相同
送的赠品是否真的免费，请看清合同
"""),
    (None, "cover held within a stated limit", """
三者险保额三百万，撞了别人，人伤车损都给您兜着
"""),
    (None, "a quoted word corrected, a product's ordinary cover, a real free service", """
把它叫成“存单”是不对的，它是一份保险合同
住院医疗年度限额5万元，意外门诊免赔额100元，既往症不赔
出险后免费查询理赔进度，不收任何费用
这款医疗险保费按年交，不是免费的
科普：学校“赠送”的学平险是谁出的钱？多数已含在学杂费中，学生无需另外付费
本店赠送一年玻璃险，保费由本店承担，保单出在您名下
家财险全年可投保，没有名额限制
住建部门不指定承保公司，由企业自主选择
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


def test_premiums_returned_called_free_cover_are_a_return_promise_not_free_cover():
    """白保 beside the premiums coming back: a return promise to the authors of 2027-01-03, 2026-12-08 and s12a."""
    assert _found("交满二十年保费全部返还，等于白保了", classifier=False) == ["GUARANTEED_RETURN"]
