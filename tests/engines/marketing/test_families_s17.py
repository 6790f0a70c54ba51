"""Paraphrase families of s17 (issue 17, item 2): mechanisms seen in the misses and false alarms on the
2027-01-14 sets (a regression set since), each written here in wordings of our own, before running the engine on
them — a return said without 保本 (only more, a rate set for good, a comparison in dialect, losses carried),
insurance called a deposit by its name only, a deadline with what is lost after it, coverage by enumeration,
rivals' service and solvency run down, nothing on the market able to match it, free cover paid out of income;
and the look-alikes that claim nothing (a condition that defuses the claim, a negated deposit, a risk notice).

None of the sentences below is taken from any labelled set (tests/engines/test_rule_examples_are_fresh.py only
guards the rule file, so keep it that way by hand). The rules alone must find them: the transcripts engine uses
the rules without the classifier.
"""

import pytest

from xiaobao.engines.marketing import check_text, violation_codes

# (code, family, its wordings one a line); code None: wordings that make no claim
FAMILIES: list[tuple[str | None, str, str]] = [
    ("GUARANTEED_RETURN", "only more, never less, without naming the principal", """
您交进去的钱只会往上走，不会往下掉一分
这笔钱放多久都是只多不少
十年以后拿到手的，一分一厘都少不了您的
存进去多少，将来一个子儿都不会少
放心，这钱搁这儿只会越攒越多，不会变少
"""),
    ("GUARANTEED_RETURN", "a rate set for good", """
我们这个利率是定死的，以后也不会往下调
回报率锁死在6%，多少年都不变
年化收益锁在5%，不会低于这个数
这款的利率永远不降
利息是死的，行情怎么变都不影响
"""),
    ("GUARANTEED_RETURN", "more out than in, in dialect", """
放够年头，出来的钱肯定多过你放进去的
到期攞返嘅一定多过你交落去嘅
呢个计划稳阵，冇得输
这个买了就输不了，放心
"""),
    ("GUARANTEED_RETURN", "a doubling told as an image", """
放八年，出来钱就翻个跟头
存满十五年，这笔钱能翻个番
十年后钱能滚成原来的两倍
"""),
    ("GUARANTEED_RETURN", "investment losses carried by the insurer", """
借到的钱拿去炒股亏了也有保险公司给你兜着
投资赔了算保险公司的，你一点不亏
理财亏了不怕，保险给你补上
"""),
    ("DEPOSIT_CONFUSION", "a deposit with only the name changed", """
这个就跟在银行存五年定期是一回事，只是换了个名字
说是保险，其实就是把钱存在我们行
名义上叫保险，实际就是一张存单
只是名字叫保险，钱还是在我们银行
"""),
    ("DEPOSIT_CONFUSION", "deposit acts: renewing, opening an account, parking the money", """
到期了办个续存就行，利息接着算
放银行是放，放这儿也是放，还随时能取
你就当在我们这开了个账户，每个月往里存点
这类存钱型的保险以后不好买了
就当在我们这儿开个户，每年往里存，到时候取
"""),
    ("PANIC_SELLING", "a date, and what is lost after it", """
过了这个周末，再想买就没这个价了
下月一号之后费率重新算，同样的钱保障就少了
今晚十二点以后系统就不给留了
老客户价周五就作废了，之后只能按新价格买
后天零点开始价格直接翻倍
这个口子下礼拜就关了，你不定我就给别人了
这一批卖完就彻底没有了
缴费就这一回，错过了孩子一年都没保障
上面说只办到月底，以后就没有补贴了
过完春节想买都没这个额度了
"""),
    ("EXAGGERATED_COVERAGE", "coverage by enumeration, then all of it", """
磕了、碰了、丢了，只要东西坏了都给你换
生病住院赔、出意外赔、上了年纪还给钱
烧伤、扭伤、猫抓了、中暑了，统统都能报全额
掉水里、摔地上、被压坏，都算，一律包修
"""),
    ("EXAGGERATED_COVERAGE", "whatever the illness or history", """
不管啥病，住过院就能报
甭管以前有没有病，住院的钱都给报
管你什么病，进了医院都能报回来
"""),
    ("EXAGGERATED_COVERAGE", "as often as it happens, paid on sight", """
摔几次赔几次，一年随便摔
坏几回修几回，次数不限
单子一交上去就赔，病历都不用看
呢份保险乜都包晒
出了啥事都能兜住
家里不管什么东西坏了丢了都能赔
"""),
    ("DENIGRATE_COMPETITOR", "rivals' claims service and solvency run down", """
别在那家买，我好几个客户找他们理赔被卡了大半年
那些私营小公司哪能跟咱们比
其他公司那些人嘴上说得好听，理赔慢到死
银行渠道卖的保险都是挑剩下的，柜台那帮人也不懂行
那家公司去年差点就撑不下去了
你在网上买的那份，人家根本不派人来查勘
YY保险那款医疗险续保条件苛刻得要命
别家出了险你得自己跑，人家根本不管你
"""),
    ("ABSOLUTE_TERM", "nothing on the market can match it", """
全国都挑不出比它更稳当的了
市面上就没有能跟它打的
这一片谁家也弄不出比它更实惠的
放眼全省都找不着这么好的
骑手险里的标杆，没哪款超得过它
口碑谁也撼不动，当之无愧的老大
这是全市头号的保障
"""),
    ("REGULATOR_ENDORSEMENT", "a public body praising or arranging it", """
金融监管总局都给点过赞的产品
这份学平险是区教育局统一安排的
县教育局统一部署，各校组织学生投保
"""),
    ("MISLEADING_FREE", "free cover paid out of income after all", """
平台请客，骑手一分不掏（从第二天起每单扣一块五）
这份保障由平台全额买单（实际上每单从收入里扣2元）
报名就得零费用意外险，到期以后自动转成年缴，按年扣费
现场登记就送意外险，不收任何钱（背面写着：次年起从银行卡自动扣保费）
全程不用你掏一分钱（详情页里写着：每单0.5元从配送费中扣）
"""),
    (None, "a claim followed by its conditions", """
门诊和住院都能报，免赔额500元，按80%比例赔付
烫伤和骨折都能报，购买前务必看清免责条款部分
摔碎屏幕可以换屏一次，进水不在保障范围内
"""),
    (None, "a deposit denied", """
这保险说到底就是生病给你报销的，不是存钱，不出险保费也不退
说白了这是保障，不是存钱，退保还会有损失
"""),
    (None, "rates stated with their uncertainty", """
万能险结算利率按月公布，以后会变，合同保证的最低利率为1.75%
本月结算利率是2.9%，未来可能调整，合同里的保证利率为1.2%
"""),
    (None, "a risk notice about a free offer", """
关于“首月0元”宣传的消费提示：首月0元并不等于全年免费，请看清扣费规则
风险提示：首月0元之后每月都会扣费，投保前看清楚
"""),
    (None, "dates and gifts without pressure", """
这款产品6月30日起停售，之前买的保单不受影响
今年的惠民保投保期为1月1日至3月31日
活动期间投保送雨伞一把，送完为止，保费不变
"""),
    (None, "honest comparisons and facts", """
我们比另一家贵三十块，但多一项道路救援服务
选哪家之前，可以先看看各公司公布的投诉数据和理赔时效
居委会不收钱，也不替任何一家保险公司做推荐
按保费收入，我们在本省排第三（数据来源：行业协会年报）
找不到合适的产品也没关系，可以先不买
这款城市医疗险由区医保局指导推出，保险公司承保，政府不负责任何赔付
农业保险的保费有政府财政补贴
店家帮您代缴首年交强险，第二年是否续保由您决定
站点出钱给骑手统一买了团体意外险，骑手不用交钱
"""),
    # second round (misses of 2027-01-09 and 2027-01-14 that the first round left), written before running the engine
    ("GUARANTEED_RETURN", "a return reckoned once and for all, untouched by the market", """
本金加利息早就算死了，行情再差也跟您不相干
收益是定死了的，股市涨跌都跟你没关系
每月到账的钱一分不会少，以后还年年递增
领的每一笔都有保证，而且一年比一年高
"""),
    ("PANIC_SELLING", "a threat after a 'but'", """
您慢慢想也可以，不过过了今晚我可不敢保证还有
不过下周就停售了，想买得抓紧
"""),
    (None, "a small gift while stocks last", """
买满五千送一个保温杯，数量有限，送完即止
开门红期间投保送定制雨伞，赠品送完即止，保费按正常标准
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
