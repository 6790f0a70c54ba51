"""Paraphrase families: each family is one way agents make a claim (or one way a text talks about a claim
without making it), written here in several wordings of our own — different verbs, word order, colloquial and
written — so that the rules are held to the family, not to one sentence of an evaluation set.

Families come from the misses on tests/data/fresh/2026-12-07/marketing_unseen.jsonl and (s10) on the two
2026-12-08 sets and (s10-mkt2) on the two 2026-12-09 sets (regression sets since);
none of the sentences below is taken from any set (tests/engines/test_rule_examples_are_fresh.py only guards
the rule file, so keep it that way by hand).
"""

import pytest

from xiaobao.engines.marketing import check_text, violation_codes


def codes(text: str) -> list[str]:
    return violation_codes(check_text(text))


# family -> (code, wordings that make the claim)
CLAIMS: dict[str, tuple[str, list[str]]] = {
    # ------------------------------------------------------------------ GUARANTEED_RETURN
    "the money comes back, and more": ("GUARANTEED_RETURN", [
        "等满期了，领回来的钱肯定比您交进去的多",
        "二十年后取出来的是您当初交的两倍",
        "放五万进去，十五年后变成十万",
        "交的每一块钱到时候都会回到您口袋里",
        "退保的时候起码能把交的保费全拿回来",
        "到时候拿到手的比存进去的多出一大截",
        "存十万，二十年后领走二十多万",
    ]),
    "the money only grows, whatever the market does": ("GUARANTEED_RETURN", [
        "不管股市怎么跌，这笔钱都不受影响",
        "放进去以后账上的数字一年比一年多",
        "跟行情好坏没关系，该给您的一分都少不了",
        "经济再不景气，您的回报也摆在那儿，谁都拿不走",
        "房价跌了它也不跌，基金亏了它也不亏",
        "账户里的钱只会越来越多",
    ]),
    "certainty about money to come": ("GUARANTEED_RETURN", [
        "每年这笔分红铁定能拿到",
        "这个收益是跑不了的，妥妥的",
        "去年分了这么多，今年的分红肯定也少不了",
        "结算利率以后也不会低于现在这个数",
        "利率只会往上走，不会往下掉",
    ]),
    "a personal promise to get the money back": ("GUARANTEED_RETURN", [
        "我敢拍胸脯跟您保证，到时候本钱一分不少",
        "出了问题我负责，您的钱保证能拿回来",
        "我跟您打包票，退的时候交的钱全都能拿回来",
        "您的钱永远不会打水漂",
    ]),
    "nobody ever lost money on it": ("GUARANTEED_RETURN", [
        "我卖了这么多年，还没有一个客户亏过钱",
        "身边买这个的，没听说谁亏了",
        "干了十几年，没见过哪个客户买这个赔钱的",
    ]),
    "easy money with no effort": ("GUARANTEED_RETURN", [
        "什么都不用管，躺着拿钱就行",
        "闭着眼睛每年领钱",
        "坐在家里每个月就有钱进账",
    ]),
    "the principal untouched, the interest paid out": ("GUARANTEED_RETURN", [
        "本金一直放着不动，每年利息自动打到您卡上",
        "本钱纹丝不动，光拿利息",
        "每个月利息按时到账，本金原封不动",
    ]),
    "a fixed yield handed over every year": ("GUARANTEED_RETURN", [
        "每年固定给您返4个点",
        "年年都按时给您打2.5%的钱",
        "每个月稳定给你发0.3%的收益",
    ]),
    "paid more than a bank deposit (both codes)": ("GUARANTEED_RETURN", [
        "银行定期现在才一点几，我们这个利息是它的两倍",
        "利息肯定比银行定期高出一截",
        "同样十万块，放这里比放银行每年多拿好几千",
        "比存定期多拿不少利息",
    ]),
    # ------------------------------------------------------------------ DEPOSIT_CONFUSION
    "it is just a kind of deposit": ("DEPOSIT_CONFUSION", [
        "说白了就是一种定期，只是放在保险公司",
        "它跟银行理财是一个性质的东西",
        "本质上就是存钱，换了个名字而已",
        "您就把它当成一张利息高一点的定期",
    ]),
    "move the money here from the bank": ("DEPOSIT_CONFUSION", [
        "钱放活期里一年才几十块利息，太亏了，挪到我们这",
        "把钱从银行转过来，收益更好",
        "存在银行的钱取出来放这里，多划算",
        "来我们这儿存五年，比银行强",
    ]),
    "withdraw whenever you like": ("DEPOSIT_CONFUSION", [
        "急用钱的时候随时能取出来",
        "想取就取，跟活期一样方便",
        "钱放进来随时想拿就能拿",
    ]),
    "as safe as a bank": ("DEPOSIT_CONFUSION", [
        "跟存在银行里一样安全",
        "和放银行保险柜一样稳当",
        "就像钱放在银行里，一点不用操心",
    ]),
    "the bank pays little": ("DEPOSIT_CONFUSION", [
        "银行一年期利率才1.5%，哪有我们这个好",
        "现在银行利息低得可怜",
        "定期那点利息还不够塞牙缝的",
    ]),
    # ------------------------------------------------------------------ PANIC_SELLING
    "past this village there is no such shop": ("PANIC_SELLING", [
        "过了这个村可就没这个店了",
        "过了这村儿就没这店儿了",
        "错过这一批就没有了",
        "错过这次就得等明年",
    ]),
    "lock in the old rate or price before it changes": ("PANIC_SELLING", [
        "趁利率还没降，先把老利率锁住",
        "今天下单的还按老价格算，下周就提价了",
        "现在投保还能享受原来的费率，过几天就调了",
        "赶在调整之前锁定现在的利率",
    ]),
    "a discontinuation date with a push": ("PANIC_SELLING", [
        "该产品将于本月底退出市场，之后无法投保，请抓紧办理",
        "下周五起将不再接受投保，有需要的请尽快",
        "这款经典产品即将谢幕，想要的抓紧",
        "年终收官在即，压箱底的产品最后上架几天",
    ]),
    "the quota runs out, others take it": ("PANIC_SELLING", [
        "名额一天比一天少，再等就被抢光了",
        "好多人都在抢，晚一步就没了",
        "这批额度批完就没有了，下一批不知道什么时候",
        "您不要别人就要了，额度就剩这些",
    ]),
    "a clock time when it ends": ("PANIC_SELLING", [
        "明晚十点准时下架",
        "周五零点停止投保",
        "下周一开始就要调整了，赶紧的",
        "今晚八点以后这个方案就关了",
    ]),
    "the last days": ("PANIC_SELLING", [
        "最后一周了",
        "只剩最后两个星期",
        "活动进入最后48小时",
    ]),
    "underwriting gets stricter soon": ("PANIC_SELLING", [
        "下个月核保就收紧了，现在有点小毛病的还能过",
        "过几天规则一改，您这种情况就投不了了",
        "健康告知马上要变严，趁现在还能投赶紧投",
    ]),
    # ------------------------------------------------------------------ REGULATOR_ENDORSEMENT
    "the authorities run the scheme": ("REGULATOR_ENDORSEMENT", [
        "这是银保监牵头做的项目",
        "政府部门主办的，错不了",
        "市里医保局组织搞的惠民项目，您放心",
        "县里统一组织的，这是政府的意思",
    ]),
    "someone above watches over it": ("REGULATOR_ENDORSEMENT", [
        "上面有人管着，出不了岔子",
        "有政府罩着，您怕什么",
        "背后有国家撑着呢",
    ]),
    "officials buy it themselves": ("REGULATOR_ENDORSEMENT", [
        "监管局的领导家里都买了这个",
        "好多政府干部自己都在买",
        "银保监的人自己都买了好几份",
    ]),
    "the state catches you if the insurer fails": ("REGULATOR_ENDORSEMENT", [
        "公司真不行了国家会接手",
        "万一公司出事，国家给您接着",
        "就算倒闭了还有政府托着",
    ]),
    "the government backs the product": ("REGULATOR_ENDORSEMENT", [
        "政府大力支持的养老产品",
        "国家鼓励大家买的，错不了",
        "这是国家政策支持的，您放心买",
    ]),
    # ------------------------------------------------------------------ EXAGGERATED_COVERAGE
    "never spend your own money on illness": ("EXAGGERATED_COVERAGE", [
        "以后去医院一分钱都不用自己掏",
        "住院的钱全由我们出，您不用花自己的钱",
        "再贵的进口药也不用您自己掏钱",
        "有了这个，看病再也不用自己花钱了",
    ]),
    "whatever happens, someone else carries it": ("EXAGGERATED_COVERAGE", [
        "不管出什么事都由我们扛着",
        "出了啥事都归保险公司管",
        "什么事都是我们来兜底，您啥也别管",
        "修车的钱全算我们的",
        "出了任何问题都是公司负责，您什么也不用操心",
    ]),
    "even if it is excluded, still paid": ("EXAGGERATED_COVERAGE", [
        "就算是酒后开车出了事，也一样给您赔",
        "哪怕是以前得过的病，我们也照样报",
        "就算喝了点酒，保险照样管",
    ]),
    "everything listed by its extremes": ("EXAGGERATED_COVERAGE", [
        "所有的药都能报，自费药也不例外",
        "什么医院都能去，什么检查都能报",
        "进口药、自费药，统统都报",
        "重病轻病统统不怕",
    ]),
    "as long as something happens, it is paid": ("EXAGGERATED_COVERAGE", [
        "只要是受伤了，我们就赔",
        "只要进了医院，就能拿到钱",
        "只要是意外，伤多轻都能赔好几万",
    ]),
    "no claim ever refused": ("EXAGGERATED_COVERAGE", [
        "我们这里理赔还从来没拒过一单",
        "从没拒赔过任何一位客户",
        "交了钱就相当于钱到手了",
    ]),
    "no threshold to claim": ("EXAGGERATED_COVERAGE", [
        "理赔没有门槛，材料随便交",
        "理赔零门槛",
        "报销不设任何条件",
    ]),
    "I will get all of it back for you": ("EXAGGERATED_COVERAGE", [
        "单据交给我，保证给您全部报下来",
        "住院的钱我包您全都能报回来",
        "医药费我给您全额搞定",
    ]),
    # ------------------------------------------------------------------ DENIGRATE_COMPETITOR
    "their staff come and go": ("DENIGRATE_COMPETITOR", [
        "那家公司的业务员干几个月就走人",
        "他们家的代理人三天两头换人",
        "隔壁公司的人做不了半年就跑了",
    ]),
    "replace the old policy with ours": ("DENIGRATE_COMPETITOR", [
        "您之前买的那份老保险早过时了，退掉换我们的",
        "你手上那个保单保障太少，赶紧退了买我们这款",
        "把原来那份退了，在我们这重新买一份更划算",
    ]),
    "their adjusters squeeze you": ("DENIGRATE_COMPETITOR", [
        "他们家的理赔员专挑毛病压价",
        "某平的查勘员定损时使劲压价",
        "买他们的车险，出了事有你好受的",
    ]),
    "their clauses are written to refuse": ("DENIGRATE_COMPETITOR", [
        "那家的条款就跟天书似的，就是为了好拒赔",
        "别家合同故意写得让人看不懂",
    ]),
    "messy small companies": ("DENIGRATE_COMPETITOR", [
        "那些乱七八糟的小公司，说没就没了",
        "不像那些杂牌小公司",
        "野鸡公司的保险你也敢买",
    ]),
    "a rival named by a letter": ("DENIGRATE_COMPETITOR", [
        "A寿那款就是个噱头",
        "B财的理赔特别磨叽",
    ]),
    # ------------------------------------------------------------------ MISLEADING_FREE
    "we pay the premium, you switch on the payment": ("MISLEADING_FREE", [
        "保费公司出，您只用开通一下自动续费",
        "这份保险我们替您交，您绑个卡就行",
        "钱不用您出，把免密支付开一下就好",
        "公司补贴保费，您只需要开个自动扣款",
    ]),
    "zero to join, paid later": ("MISLEADING_FREE", [
        "0元就能上车，下个月自动转正式",
        "零元开通，体验期结束后自动续费",
        "0元体验一个月，之后自动升级",
    ]),
    # ------------------------------------------------------------------ ABSOLUTE_TERM
    "nothing cheaper anywhere": ("ABSOLUTE_TERM", [
        "您在别处不可能找到更便宜的了",
        "再也找不到比这更划算的了",
        "翻遍全网也找不到更低的价",
    ]),
    "top-of-the-heap slang": ("ABSOLUTE_TERM", [
        "车险里的一哥",
        "顶配的医疗险",
        "同类产品排名头一名",
        "业内公认的王者",
        "保险圈的扛把子",
    ]),
    "the lowest anywhere": ("ABSOLUTE_TERM", [
        "全国范围内价格最低",
        "全网的保费就数它最低",
        "市面上保费最便宜的",
    ]),
    "nobody can compare": ("ABSOLUTE_TERM", [
        "没有哪家能跟我们比",
        "哪家都比不了这款",
        "别家都没法跟它比",
    ]),
    "absolutely nothing goes wrong": ("ABSOLUTE_TERM", [
        "买了绝对出不了问题",
        "百分百不会出事",
    ]),
    "second batch: returns promised without the textbook words": ("GUARANTEED_RETURN", [
        "这笔钱放进去，二十年后翻一番不是问题",
        "现金价值每年往上涨，一年比一年值钱",
        "交够五年就回本了，后面全是赚的",
        "第八年开始就能回本，之后每年都是净赚",
        "收益写进合同里的，谁也改不了，您就等着拿钱吧",
        "放心，这钱就跟存在自己口袋里一样，一分都跑不掉",
        "您投多少，到时候就拿回多少，另外还有一笔分红",
        "这个产品就是稳，年年有钱拿，一点风险没有",
        "复利滚起来，越往后越多",
        "我给您算过了，到六十岁稳稳拿到一百万",
        "这个收益率是定死的，不会变",
        "不管公司经营得好不好，该给您的钱一分不会少",
        "只赚不亏的买卖，何乐而不为",
        "您的本金在任何情况下都是安全的",
        "买了就是稳赚，早买早享受",
        "年年领钱，领到一百岁，本金还在",
    ]),
    "second batch: insurance put as a bank product": ("DEPOSIT_CONFUSION", [
        "就当是给自己存了一笔养老钱，到时候连本带利取出来",
        "这就是银行推出的一种高利率存款产品",
        "在我们银行柜台办的，跟定期存款一个流程",
        "比零存整取灵活多了",
        "您把它理解成一个强制储蓄的账户就行",
        "每年往里存一万，存五年就不用管了",
        "这是我们行的明星理财产品",
    ]),
    "second batch: pressure through dates, rationing and age": ("PANIC_SELLING", [
        "开门红就这一个月，过了就恢复原价",
        "这个预定利率的产品全国就剩最后一批",
        "明年就没有这种产品了，监管不让卖了",
        "你今天不定，明天我就给下一个客户了",
        "限时限量，每人限购一份",
        "这款下个月就停了，到时候想买都没地方买",
        "领导说了，这是今年最后一次放额度",
        "再不下手就只能买更贵的了",
        "您今年55岁，过了生日保费就涨一大截，这几天就得定",
        "下月1号起全面涨价，还没买的抓紧",
    ]),
    "second batch: the state's product, welfare, orders from the street office": ("REGULATOR_ENDORSEMENT", [
        "这是社保局跟保险公司合作推出的，等于是政府的保险",
        "这个是国家出的惠民保，跟医保一起用",
        "银保监会审核过的，绝对安全",
        "有国家信用背书的产品，您还担心什么",
        "街道办通知大家都要买这个",
        "这个保险是政府给老百姓的福利",
        "这是央企，背后是国家",
        "监管部门专门发文推荐的产品",
    ]),
    "second batch: everything, any hospital, any cause": ("EXAGGERATED_COVERAGE", [
        "买了这个，住院的钱一分不用出",
        "意外、疾病、住院、门诊，一张保单全包",
        "从头到脚都保，大病小病都管",
        "全国任何医院都能报，自费药也报",
        "买了以后看病就跟不花钱一样",
        "不管是谁的责任，车损我们全赔",
        "癌症、心脏病、中风，什么大病都在保障范围里",
        "孩子磕着碰着，只要去医院就能报",
        "理赔不看原因，出险就给钱",
        "百万医疗，花多少给多少",
        "以前有病也没关系，一样能赔",
    ]),
    "second batch: rivals' claims, staff and solvency run down": ("DENIGRATE_COMPETITOR", [
        "那几家互联网保险就是骗流量的",
        "别家那个便宜是便宜，真出事了一分钱都拿不到",
        "XX人寿去年偿付能力都不达标了，还敢买？",
        "他们公司的理赔员态度特别恶劣",
        "小公司的产品看着便宜，到时候赔不赔还两说",
        "某东那个保险就是个坑",
        "你买的那个是网红产品，理赔起来麻烦得要死",
    ]),
    "second batch: free, a cent, a trial, then paid": ("MISLEADING_FREE", [
        "扫码领取免费保障，第二个月开始按月扣费",
        "白给的保险，为什么不要？后面每月几块钱而已",
        "1分钱领百万医疗，次月起19元每月",
        "免费试用30天，到期自动续费",
        "这个不花钱，就是以后每个月从卡里扣一点",
        "送您一份重疾险，首年免费，第二年起正常缴费",
    ]),
    "second batch: no rival, ceiling, number one": ("ABSOLUTE_TERM", [
        "全网性价比天花板",
        "绝对是市场上最划算的",
        "这款是真正的无敌产品",
        "保障全面程度，行业内没有对手",
        "这是我见过最好的重疾险，没有之一",
        "同类产品里它排第一",
        "市场上独一份的设计",
        "理赔速度全省领先，没有谁比我们快",
    ]),
    # ------------------------------------------------------------------ s10: families of 2026-12-08's misses
    "it does not follow the market (s10)": ("GUARANTEED_RETURN", [
        "这笔钱不看股市的脸色",
        "行情涨也好跌也好，跟您的收益都没关系",
    ]),
    "one direction only (s10)": ("GUARANTEED_RETURN", [
        "放进去的钱只会越来越多",
        "这个账户只会一直红",
        "年金账户里的钱每年都在往上长",
        "利息按年往上滚",
        "降息也影响不到这份年金的收益",
    ]),
    "a sum you will surely get (s10)": ("GUARANTEED_RETURN", [
        "表上这一栏就是您肯定能领到的钱",
        "最坏的结果也就是拿回本金",
        "选它图的就是确定的收益",
        "到时候本金就在那里等着您",
    ]),
    "a deposit with a better rate (s10, both codes)": ("GUARANTEED_RETURN", [
        "跟银行存定期一码事，利息还高一点",
        "说白了就是保险版的定期存款，利率比银行高",
    ]),
    "deposit words (s10)": ("DEPOSIT_CONFUSION", [
        "存款搬家正当时，选这款年金",
        "老人们都管它叫养老存款",
        "跟银行零存整取没两样",
    ]),
    "it may go any day, few places left (s10)": ("PANIC_SELLING", [
        "公司随时可能叫停这款产品",
        "这一档的名额也不多了",
        "额度就剩七八个了",
        "抢完就真的没了",
        "再考虑几天，这个价就没了",
        "过了这个月就锁不住了",
        "新费率只会更贵",
        "这周下单还能按现在的价格",
        "赶在降息前把钱转过来",
        "这可能是最后一班车",
    ]),
    "the state behind it, in other words (s10)": ("REGULATOR_ENDORSEMENT", [
        "这个项目有国家保障",
        "这是政府的民生工程",
        "有关部门专门打过招呼",
        "监管那边是点过头的",
        "这是国家定点的产品",
        "配合政府的惠民政策推出的",
        "由政府部门统一组织推广",
    ]),
    "coverage for whoever, wherever (s10)": ("EXAGGERATED_COVERAGE", [
        "全家谁生病都能报",
        "任何部位受伤都能赔",
        "不管怎么撞，自己都不用花一分钱",
        "老毛病也照样赔",
        "报了案就赔",
        "理赔不附带任何条件",
        "门诊住院统统都管",
    ]),
    "rivals as 有的公司, 某些品牌, what a friend bought (s10)": ("DENIGRATE_COMPETITOR", [
        "有的公司理赔电话一直没人接",
        "某些大品牌理赔拖上大半年",
        "那些名字都没听过的公司，说不定哪天就没了",
        "你同事推荐的那款，到时候赔不下来",
        "别家的定损员一个比一个抠",
        "那家公司偿付能力都亮红灯了",
    ]),
    # s10, second round: wordings of our own beyond the sets
    "pay-later and few-left pressure (s10)": ("PANIC_SELLING", [
        "这个价格周末一过就没有了，要的赶紧",
        "今年的额度快用完了，建议您这两天定下来",
        "听说下批产品条件要差很多，现在这批买到就是赚到",
    ]),
    "medical bills and old illnesses covered (s10)": ("EXAGGERATED_COVERAGE", [
        "买了这个，以后看病的钱都不用您操心了",
        "不管您以前有什么病，都照样给赔",
    ]),
    "jabs at rivals' claims handling (s10)": ("DENIGRATE_COMPETITOR", [
        "那家公司的理赔员就知道推，能拖就拖",
        "他们那个产品就是个空壳子，什么都不保",
        "小公司的车险，出了险连个查勘员都派不出来",
    ]),
    "a deposit account in other words (s10)": ("DEPOSIT_CONFUSION", [
        "这就相当于在保险公司开了个户头存钱",
    ]),
    # s10, third round: agents' everyday wordings of our own, one list per code
    "everyday wordings (s10, GUARANTEED_RETURN)": ("GUARANTEED_RETURN", [
        "姐，这个您就放心交，二十年后一次性领回，只赚不会赔的",
        "复利滚起来，到时候本金翻好几番",
        "这笔钱存进去以后每年自动长，一分力气都不用花",
        "放心，收益一定比您现在拿的高，而且稳",
        "钱交进去，多少年以后都是您的，只多不少",
        "行情再差，该给您的钱一分钱都不会少给",
        "不管经济好坏，每年的钱都会准时到账",
    ]),
    "everyday wordings (s10, DEPOSIT_CONFUSION)": ("DEPOSIT_CONFUSION", [
        "您就当这是一张十年期的大存单",
        "这个比您放余额宝强多了",
        "把活期里的钱挪一部分过来，利息比银行划算",
        "就是换个地方存钱，钱还是您的",
    ]),
    "everyday wordings (s10, PANIC_SELLING)": ("PANIC_SELLING", [
        "这款下周一正式下架，想要的今天联系我",
        "现在不买，等明年涨价了又要后悔",
        "库存只剩最后三单，先到先得",
        "下个月起这个年龄段就不能投了，抓紧时间",
        "限时特惠只剩今天，明天恢复原价",
    ]),
    "everyday wordings (s10, REGULATOR_ENDORSEMENT)": ("REGULATOR_ENDORSEMENT", [
        "这是国务院发文推广的养老保险",
        "这款产品上了监管的推荐名单",
        "政府给我们公司背书的，不会倒",
        "这是国家出钱补贴的项目，政府担保",
    ]),
    "everyday wordings (s10, EXAGGERATED_COVERAGE)": ("EXAGGERATED_COVERAGE", [
        "只要是意外，不管大小都赔",
        "这个医疗险所有的药都能报，进口药也一样",
        "投保之后出了任何问题，我们都负责到底",
        "家里被偷、着火、漏水，全都给赔",
        "癌症、心脏病、脑中风，什么大病都包",
    ]),
    "everyday wordings (s10, DENIGRATE_COMPETITOR)": ("DENIGRATE_COMPETITOR", [
        "XX保险那个产品理赔的时候故意刁难人",
        "别去买那家的，他们赔款慢得要命",
        "其他公司的业务员卖完就不管你了",
        "那家公司经营不善，早晚要出问题",
        "别人家的条款全是坑，我们的才是真保障",
    ]),
    "everyday wordings (s10, MISLEADING_FREE)": ("MISLEADING_FREE", [
        "这份意外险免费送，每月只扣九块九",
        "0元投保，首月免费，次月起自动扣款",
        "公司请客，保险白送，只要每年交点管理费",
    ]),
    "everyday wordings (s10, ABSOLUTE_TERM)": ("ABSOLUTE_TERM", [
        "本地最专业的车险服务团队",
        "绝对是全网性价比之王",
        "全国独家的保障方案，只有我们有",
        "理赔速度业内顶尖",
    ]),
    # s10, fourth round: published-style posts and pages of our own (朋友圈, 公众号, 直播间, leaflets, SMS)
    "published-style (s10, GUARANTEED_RETURN)": ("GUARANTEED_RETURN", [
        "「朋友圈」很多人问我现在钱放哪里好？我的答案一直是这份年金。合同写得清清楚楚，每年该领多少就领多少，一分不差，比什么理财都踏实。",
        "【公众号】与其把钱放在会亏的地方，不如交给这份计划：每年稳定增长，到期全部领回，还有额外的收益等着您。",
        "「朋友圈」算笔账：每年交五万，交十年，第二十年账户里稳稳有八十多万，这钱谁也拿不走。",
    ]),
    "published-style (s10, DEPOSIT_CONFUSION)": ("DEPOSIT_CONFUSION", [
        "「朋友圈」这两年银行利率一降再降，身边的朋友都在把定期换成这款增额寿，我自己也给孩子存了一份。",
    ]),
    "published-style (s10, PANIC_SELLING)": ("PANIC_SELLING", [
        "「朋友圈」紧急！这款产品月底就要下架了，想给家人配置的抓紧时间，过了月底就再也买不到了。",
        "【直播间】今天是最后一场，这个优惠价下播就没了，还在犹豫的家人们赶紧拍。",
    ]),
    "published-style (s10, REGULATOR_ENDORSEMENT)": ("REGULATOR_ENDORSEMENT", [
        "「宣传单」本项目由市医保局联合推出，政府兜底保障，参保群众人人受益，请各社区居民踊跃参保。",
    ]),
    "published-style (s10, EXAGGERATED_COVERAGE)": ("EXAGGERATED_COVERAGE", [
        "「公众号」有了这份保障，从小感冒到大手术，全家老小的医疗费都能报，真正实现看病不花钱。",
        "【产品页】意外住院，不限医院、不限药品，100%报销，不设免赔额。",
    ]),
    "published-style (s10, DENIGRATE_COMPETITOR)": ("DENIGRATE_COMPETITOR", [
        "「朋友圈」前两天一个客户拿来某公司的保单给我看，条款里的坑多到数不过来，交了这么多年钱，真出事了一分都赔不了。幸好及时发现了。",
    ]),
    "published-style (s10, MISLEADING_FREE)": ("MISLEADING_FREE", [
        "「短信」尊敬的客户，您已获得免费住院保障一份，点击链接即可激活，保障期间每月仅需支付5元服务费。",
    ]),
    "published-style (s10, ABSOLUTE_TERM)": ("ABSOLUTE_TERM", [
        "「公众号」作为全国最具影响力的保险品牌，我们的理赔服务多年来始终保持行业领先，无人能及。",
    ]),
    # s10, fifth round: more everyday wordings of our own, weighted to the codes the rules recall worst
    "everyday wordings, round 5 (s10, DENIGRATE_COMPETITOR)": ("DENIGRATE_COMPETITOR", [
        "隔壁那家的保险就是骗老年人的钱",
        "您那份老保单保障太落后了，赶紧退了换我们的",
        "其他平台卖的都是阉割版，保额看着高，实际啥也不赔",
        "那家公司的客服态度特别差，打过去爱答不理的",
        "买那种互联网保险，出了事你连人都找不到",
        "别的代理人只管卖，理赔的时候人影都没有",
        "A公司的重疾险条款里全是陷阱",
        "他们家规模那么小，万一倒了你的保单就废了",
    ]),
    "everyday wordings, round 5 (s10, GUARANTEED_RETURN)": ("GUARANTEED_RETURN", [
        "这个账户每年收益都稳在三个点以上，从来没低过",
        "交十年，领一辈子，怎么算都不亏",
        "放心吧，这钱放进去只会变多不会变少",
        "这就是给孩子攒的一笔稳稳当当的钱，到时候连本带息一起拿",
        "本金有保障，收益还不低，这种好事上哪找",
        "利率写在合同上，几十年都不会变",
    ]),
    "everyday wordings, round 5 (s10, PANIC_SELLING)": ("PANIC_SELLING", [
        "这个月是最后一个月能按这个利率买了",
        "赶紧的，晚一天就多交好几百",
        "这款马上就要升级成新版本，新版保障少价格还高",
        "过了年龄这个档，保费直接翻倍，趁生日前赶紧定",
        "公司就给了我五个名额，先到先得",
        "活动今晚截止，明天就恢复原价",
    ]),
    "everyday wordings, round 5 (s10, EXAGGERATED_COVERAGE)": ("EXAGGERATED_COVERAGE", [
        "这份意外险，走路摔了、做饭烫了、运动伤了，统统能报",
        "我们的车险，不管谁的责任，都由我们来赔",
        "癌症确诊直接赔钱，不用任何检查报告",
        "住院不管花多少，保险公司全包",
        "这个重疾险一百多种病都能赔，基本上等于所有病都保了",
        "家里老人有高血压糖尿病也能买，买了照样赔",
    ]),
    "everyday wordings, round 5 (s10, REGULATOR_ENDORSEMENT)": ("REGULATOR_ENDORSEMENT", [
        "这款是人社局推荐大家买的补充医疗",
        "金融监管局都认可我们这款，肯定没问题",
        "这可是国家认证过的好产品",
    ]),
    "everyday wordings, round 5 (s10, DEPOSIT_CONFUSION)": ("DEPOSIT_CONFUSION", [
        "您就当是在我们这儿存了个定期，到期连本带息拿走",
        "跟银行的大额存单一个道理，只是期限长点",
    ]),
    "everyday wordings, round 5 (s10, MISLEADING_FREE)": ("MISLEADING_FREE", [
        "这份保险我们免费帮您办，每月从工资卡扣一点就行",
        "新用户首月1分钱，次月起每月29元",
    ]),
    "everyday wordings, round 5 (s10, ABSOLUTE_TERM)": ("ABSOLUTE_TERM", [
        "同类产品里就数我们家最划算",
        "我们是本市唯一一家能当天赔付的保险公司",
    ]),
    # s10, sixth round
    "everyday wordings, round 6 (s10, DEPOSIT_CONFUSION)": ("DEPOSIT_CONFUSION", [
        "这个就是保险公司的定期，您存五年就行",
        "不想钱放在银行里贬值的，可以考虑转到这个年金里",
        "这个产品本质上就是储蓄，只是多了一份保障",
        "比起买理财，这个更像是把钱存起来慢慢生息",
    ]),
    "everyday wordings, round 6 (s10, REGULATOR_ENDORSEMENT)": ("REGULATOR_ENDORSEMENT", [
        "这款产品是保监会审核通过的，安全性没问题",
        "咱们这个是政府采购的项目，大家都在买",
        "国家有政策扶持，这个产品绝对靠谱",
        "监管部门专门为老百姓推出的惠民产品",
    ]),
    "everyday wordings, round 6 (s10, MISLEADING_FREE)": ("MISLEADING_FREE", [
        "注册就送意外险，一分钱不用花，下个月开始每月扣12元",
        "公司福利，免费给您上一份医疗险，只要绑定一下银行卡自动续费就行",
        "首年保费我们来出，第二年开始您自己交",
    ]),
    "everyday wordings, round 6 (s10, ABSOLUTE_TERM)": ("ABSOLUTE_TERM", [
        "我敢说这是最适合中老年人的保险，没有之一",
        "全市找不出第二家理赔这么快的",
        "这款是业内公认最好的医疗险",
        "行业领先，服务第一，客户满意度百分之百",
    ]),
    "everyday wordings, round 6 (s10, GUARANTEED_RETURN)": ("GUARANTEED_RETURN", [
        "保底收益百分之三，上不封顶",
        "这种产品，只要你不退保就不会有任何损失",
        "钱在里面越放越多，放得越久拿得越多",
    ]),
    "everyday wordings, round 6 (s10, PANIC_SELLING)": ("PANIC_SELLING", [
        "现在是年底冲量，过了这几天就没有这么好的政策了",
        "名额是按批放的，这一批放完要等很久",
    ]),
    "everyday wordings, round 6 (s10, EXAGGERATED_COVERAGE)": ("EXAGGERATED_COVERAGE", [
        "不管是生病还是意外，只要住院就能拿钱",
        "这份保障全球通用，在哪看病都能报",
    ]),
    "everyday wordings, round 6 (s10, DENIGRATE_COMPETITOR)": ("DENIGRATE_COMPETITOR", [
        "那家公司的理赔我太清楚了，拖到你不想要为止",
        "买别家的等于白买，关键时刻指望不上",
    ]),
    # s10, seventh round: telesales and counter talk
    "telesales and counter talk (s10, GUARANTEED_RETURN)": ("GUARANTEED_RETURN", [
        "您好，我们这款储蓄险年年有钱领，领到老，而且只会多不会少",
        "阿姨您就放宽心，这钱交进来一点风险没有",
        "我做了十年，给客户算的收益从来没出过错，到时候就是这个数",
    ]),
    "telesales and counter talk (s10, DEPOSIT_CONFUSION)": ("DEPOSIT_CONFUSION", [
        "您就当是把钱存在我们公司，随用随取",
    ]),
    "telesales and counter talk (s10, PANIC_SELLING)": ("PANIC_SELLING", [
        "这是我们给老客户的专属优惠，今天不定明天就给别人了",
        "下周开始这个产品就要重新定价了，贵多少还不知道，建议您先锁一份",
        "过完这个周末就要调整保障内容，错过的话就只能买新版的了",
    ]),
    "telesales and counter talk (s10, EXAGGERATED_COVERAGE)": ("EXAGGERATED_COVERAGE", [
        "您放心，我们这个是全险，撞了别人撞了自己都能赔",
        "这款意外险，猝死、中暑、高原反应这些别家不赔的我们都赔",
        "报销不限社保目录，自费药也能百分之百报",
    ]),
    "telesales and counter talk (s10, REGULATOR_ENDORSEMENT)": ("REGULATOR_ENDORSEMENT", [
        "我们是跟政府合作的正规项目，有红头文件的",
        "这个产品通过了国家的严格审批，绝对安全",
    ]),
    "telesales and counter talk (s10, DENIGRATE_COMPETITOR)": ("DENIGRATE_COMPETITOR", [
        "您要是买了那些网红产品，将来理赔有您头疼的",
        "那个公司去年刚被罚过，你还敢买他们的",
    ]),
    "telesales and counter talk (s10, MISLEADING_FREE)": ("MISLEADING_FREE", [
        "免费领取一年保障，到期自动续保续费，不用您操心",
    ]),
    "telesales and counter talk (s10, ABSOLUTE_TERM)": ("ABSOLUTE_TERM", [
        "我们的服务是这个城市里独一份的",
    ]),
    # s10, eighth round
    "everyday wordings, round 8 (s10, GUARANTEED_RETURN)": ("GUARANTEED_RETURN", [
        "这个跟炒股不一样，是只赚不赔的买卖",
        "十万块放进去，二十年后至少翻一倍，这是最保守的算法",
        "买了就等于给家里请了个会生钱的管家，年年有进账",
    ]),
    "everyday wordings, round 8 (s10, PANIC_SELLING)": ("PANIC_SELLING", [
        "这个价只给前一百名，后面的就按原价了",
        "我这边今天最后帮您申请一次，过了今天我也没办法了",
    ]),
    "everyday wordings, round 8 (s10, EXAGGERATED_COVERAGE)": ("EXAGGERATED_COVERAGE", [
        "您孩子磕了碰了，去医院的钱我们全出",
        "从门诊到住院再到买药，一条龙全给您报了",
    ]),
    "everyday wordings, round 8 (s10, DENIGRATE_COMPETITOR)": ("DENIGRATE_COMPETITOR", [
        "那家保险公司连自己的员工都不买他们的产品",
        "他们家的重疾险，九成的病都不在保障里",
    ]),
    "everyday wordings, round 8 (s10, REGULATOR_ENDORSEMENT)": ("REGULATOR_ENDORSEMENT", [
        "这是社保的补充，政府给大家谋的福利，人人有份",
    ]),
    "everyday wordings, round 8 (s10, DEPOSIT_CONFUSION)": ("DEPOSIT_CONFUSION", [
        "零存整取的方式，每个月存一点，老了领一大笔",
    ]),
    "everyday wordings, round 8 (s10, MISLEADING_FREE)": ("MISLEADING_FREE", [
        "领取0元保障，系统默认开通续费，每月自动扣款",
    ]),
    "everyday wordings, round 8 (s10, ABSOLUTE_TERM)": ("ABSOLUTE_TERM", [
        "本年度最值得买的一款重疾险，错过不再有",
    ]),
    "free, on conditions (s10)": ("MISLEADING_FREE", [
        "抽中免费洗车，只需要办一份车险就可以领",
        "获赠一份医疗保障，激活后次月起每月扣费",
        "送给您父母一份防癌险，不用您花一分钱，每年续上就行",
        "首期保费全免，次月起正常扣费",
        "0元获得住院保障，之后按月从卡里扣",
    ]),
    # ------------------------------------------------------------------ s10-mkt2 (misses on the 2026-12-09 sets)
    "the seller carries the loss": ("GUARANTEED_RETURN", [
        "万一亏了，公司自己兜着，您一分不担",
        "投资亏损的话由我们来扛",
        "真赔了都由公司兜底",
    ]),
    "only more than the illustration": ("GUARANTEED_RETURN", [
        "实际分红只会比演示的多",
        "到手的钱只能比计划书上高",
    ]),
    "approved from above, the fund or officials behind it": ("REGULATOR_ENDORSEMENT", [
        "这个险种是上级特批给我们公司的",
        "有保险保障基金兜底，怎么都不会亏",
        "条款是跟监管一起定的，放心买",
        "区长亲自推动的项目，大家都上了",
        "居委会推荐给老人的这份意外险",
    ]),
    "the only one, no second choice": ("ABSOLUTE_TERM", [
        "买重疾险，这款就是不二之选",
        "这款的保障在同类里断层领先",
        "全市只有我们一家能办这个",
        "全网低价，放心下单",
    ]),
    "a last chance in other words": ("PANIC_SELLING", [
        "这款产品怕是要成绝唱了",
        "我这边还剩几个名额，要的私我",
        "目前仍有少量额度，需要的抓紧",
        "利率要降了，早点下手",
    ]),
    "paid whenever, as often, for everything": ("EXAGGERATED_COVERAGE", [
        "理赔从来没被拒过一次",
        "材料报上去就给钱",
        "身体有点毛病也没关系，买了就能赔",
        "门诊想报多少次就报多少次",
        "一份保单覆盖一生所有风险",
        "只要是路上出的事故，都在保障范围内",
        "这份医疗险能解决全部医疗费用",
        "只要是意外受的伤，都可以申请赔付",
    ]),
    "free in other words, charged all the same": ("MISLEADING_FREE", [
        "这份保障不收您钱，就是之后每月从卡里自动扣款",
        "意外险是平台送的，每期账单里扣一点服务费",
        "这个月算免单，下月起按月扣",
        "附加险是送的不要钱，保费里一共多收了120元",
    ]),
    "rivals shamed, squeezing, gone after the sale": ("DENIGRATE_COMPETITOR", [
        "那家的车险修车只给副厂件，开出去真丢人",
        "那些外资公司理赔卡得死死的",
        "他们那边的业务员签完单就走人",
    ]),
}

# family -> wordings that talk about a claim, qualify it or state a fact, and make no claim
TALKED_ABOUT: dict[str, list[str]] = {
    "a warning to be wary": [
        "听到“保本”两个字，就要多长个心眼",
        "别再相信“最后三天”这种话了",
        "“第一品牌”这种字眼被广告法明确禁止",
    ],
    "a mistaken belief told": [
        "很多人以为买了重疾险就什么都能赔，其实不然",
        "李大姐原以为这款产品保本，后来才发现不是",
    ],
    "a question asked, then answered": [
        "客户问我会不会亏，我说前几年退保会有损失",
        "您问能不能保本？这款产品不保本",
    ],
    "a case report quoting the claim": [
        "某业务员对客户保证“年化不低于5%”，最终被罚款",
        "典型案例：销售人员宣称“保底回报4%”，被责令整改",
    ],
    "a product parameter stated": [
        "这款产品的预定利率为2.5%，已投保的不受调整影响",
        "目前这款的预定利率是1.75%，以合同载明为准",
    ],
    "a free service paid by the premium": [
        "保费已含一次免费换屏",
        "购买即享免费道路救援，费用已包含在保费中",
    ],
    "a gift paid in full by the company": [
        "赠送的意外险由公司全额承担保费，不会收取任何后续费用",
        "活动赠送的航意险由本公司全额支付保费，不会产生任何额外费用",
    ],
    "the only difference is…": [
        "两款产品唯一的区别是缴费期不同",
        "唯一需要注意的是等待期",
    ],
    "participating policy described": [
        "交费期满后，保单还有分红，分红不保证",
    ],
    "third batch: penalties and corrections after the claim, beliefs, reported speech (谁跟你说…), complaints": [
        "经查，该公司业务员在销售过程中向投保人承诺到期拿回的钱比交的多，违反了相关规定。",
        "处罚决定：当事人在宣传单上写有“交多少拿回多少”字样，属于误导性宣传。",
        "风险提示：一些人会跟您说，这款产品跟存定期一样，这种说法是错误的。",
        "提醒老年朋友：不要相信“政府出的保险”“国家兜底”之类的说法。",
        "以案说险：业务员告诉王大爷“过了这个村就没这个店”，王大爷匆忙投保，后悔不已。",
        "很多消费者误以为惠民保是政府办的，其实它是商业保险。",
        "监管提示：对于“限时限量”“最后一批”等营销话术，消费者应保持理性。",
        "有的销售人员声称“只要住院就能报”，实际上需要符合合同约定的条件。",
        "消费者反映，某代理人称其他公司“理赔特别磨叽”，该代理人已被公司处理。",
        "本产品首年保费由公司承担，次年起按每年120元收取，您可随时取消。",
        "产品介绍：本计划为两全保险，满期给付满期生存保险金，具体金额以合同载明为准。",
        "现金价值随保单年度增长，具体数值见现金价值表。",
        "请注意：提前退保可能拿不回全部已交保费。",
        "本保险的等待期为90天，等待期内确诊的疾病不予赔付。",
        "这个问题我没法跟您保证，分红要看公司的经营情况。",
        "我们的产品不敢说是最好的，但理赔服务确实比较及时。",
        "千万不要听信“零风险、高收益”的承诺。",
        "宣传中不得出现“稳赚不赔”“银行存款”等表述。",
        "我不能跟您说这个保本，合同里写得很清楚，前几年退保有损失。",
        "谁跟你说保险一定不会亏，那都是忽悠。",
    ],
    "s10: product pages with their conditions, honest posts, advice": [
        "本产品保险期间一年，首年保费99元，次年起按续保时年龄对应费率收取。",
        "意外医疗每次事故免赔100元，超过部分按90%赔付，累计限额2万元。",
        "我们的理赔时效承诺是资料齐全后5个工作日内结案，具体以公司公告为准。",
        "想买储蓄型产品的朋友注意：前几年的现金价值比较低，提前退保会有损失。",
        "今天有客户问我，哪家公司最好？我说没有最好，只有最合适的。",
        "这款产品不保证收益，分红水平取决于公司经营情况。",
        "保险和理财是两回事，保险先解决保障问题，再考虑其他。",
        "这款百万医疗有1万元免赔额，住院医疗费用需要先走社保。",
        "直播间不会承诺收益，所有利益演示都不代表未来实际收益。",
        "停售消息以官网公告为准，不要相信所谓的内部消息。",
        "车险出险后请第一时间报案，理赔需要提供驾驶证、行驶证等材料。",
        "免费赠送的航意险保障期一个月，到期自动终止，不会自动续费。",
        "我们不评价其他公司的产品，您可以把条款放在一起对比。",
        "有朋友说某公司理赔慢，我查了一下，那是个别案件，不能一概而论。",
        "为了保障您的权益，请在犹豫期内仔细阅读条款。",
        "年金险的领取金额以合同载明为准，分红部分不确定。",
        "今年预定利率调整的消息是真的，但已经买了的保单不受影响，没必要着急。",
        "这份重疾险等待期90天，等待期内确诊不赔，既往症需如实告知。",
        "部分产品宣传“全家共享保额”，实际上需要看合同约定的被保险人范围。",
        "监管部门从来不会为某一款保险产品背书，看到类似宣传请拨打12378反映。",
    ],
    "s10: published-style compliant texts of our own (cases, penalties, tips, rumour denials, product pages)": [
        "【以案说险】王阿姨在银行办业务时，被人推荐了一款“比定期划算”的产品，对方说钱随时能取。半年后王阿姨急用钱想退保，才发现只能拿回现金价值。提醒大家：保险不是存款，购买前要看清合同。",
        "国家金融监督管理总局某监管分局行政处罚信息公开表：当事人存在欺骗投保人的违法行为，具体为业务员在销售过程中夸大保险责任，称该产品“所有疾病都能赔”。处罚内容：罚款十万元，对相关责任人给予警告。",
        "消费者权益保护小贴士：遇到声称“限时优惠、名额有限”的保险推销，不要急于付款。正规保险产品的停售信息会在官网公告，已购保单的权益不受影响。",
        "关于近期网络流传“某保险公司即将倒闭”的说明：经核实，该消息不实。我公司经营稳健，偿付能力充足，请广大客户不要轻信谣言。",
        "本产品为一年期医疗保险，保障范围内的住院费用在扣除1万元免赔额后按比例报销，社保内100%、社保外60%，等待期30天。详细责任和免除条款请阅读保险条款。",
        "客户常问：增额终身寿的收益是保证的吗？回答：合同中列明的现金价值是确定的，但它在前几年低于已交保费，提前退保会有损失，不能把它当作存款。",
        "某财险公司分公司因在车险销售中给予投保人合同约定以外的利益，被监管部门罚款。该公司员工曾向客户承诺“买车险送加油卡”，此行为属于违规。",
        "风险提示：有人冒充政府工作人员推销“政府兜底”的养老项目，请消费者提高警惕，发现可疑情况及时拨打12378或报警。",
        "我做保险八年，从不跟客户说保本，也不说哪家公司不好。适合您的产品，我会把条款一条一条讲清楚。",
        "新闻：多地惠民保今年开放投保，参保人群不限年龄和职业，既往症人群可参保但相关费用报销比例较低，具体以各地方案为准。",
    ],
    "s10: honest agent talk that names prices, deadlines, rivals and returns": [
        "您好，这款产品下个月确实会调整费率，调整后的价格我会第一时间发给您，您不用急着做决定。",
        "这个保险能报多少要看发票和医保结算单，我先帮您算一下大概范围。",
        "我们公司去年的理赔数据在官网上有公示，您可以自己去看。",
        "您之前买的那份保险保障也不错，没必要退，可以再补一份医疗险。",
        "这款产品的收益分两部分，保证的部分写在合同里，分红部分每年不一样。",
        "姐，您要是近期要用钱，这款就不太合适，前几年退保会亏。",
        "听说隔壁那家公司的产品也不错，您可以都了解一下再定。",
        "赠送的体检卡是免费的，保险费另算，每年一千二。",
        "这个活动确实只到月底，但是月底以后还是可以正常买的，价格一样。",
        "别人说的“什么都能赔”您别信，我把免责条款给您划出来了。",
        "理赔要看是否属于保险责任，我没法提前跟您保证一定能赔。",
        "医保局每年都会公布惠民保的参保数据，这个项目是商业保险公司承保的。",
    ],
    "s10: facts with 第一, 最, 0元, 免费, 政府 that claim nothing": [
        "第一次投保的客户可以享受首年保费九五折，次年起恢复标准费率。",
        "这款产品的最高保额是50万元，最低投保年龄为出生满30天。",
        "我们是本地第一家开通线上理赔的公司，2019年上线。",
        "车主购买商业车险可免费享受每年两次道路救援服务，费用已包含在保费中。",
        "银行代销的保险产品不是存款，也不受存款保险保障。",
        "惠民保由政府部门指导、保险公司承保，政府不承担兜底责任。",
        "0元体检活动由体检中心承担费用，与是否投保无关。",
        "您问的“国家兜底”是不存在的，保险公司经营出问题有保险保障基金，但也有额度限制。",
        "这款产品在某平台的销量排名第三，数据来自平台公开页面。",
        "我们的理赔时效是行业平均水平，不敢说最快。",
    ],
    "s10: negations, disclaimers and corrections in agent talk": [
        "我不敢跟您保证收益，过去的分红只能作参考。",
        "市面上没有零风险又高收益的产品，谁这么说您都要留个心眼。",
        "这款不是保本产品，前五年退保的现金价值低于所交保费。",
        "我们这款不是最便宜的，但免赔额低一些，您可以对比一下。",
        "如果有业务员跟您说“错过就没了”，您可以直接挂电话。",
        "停售不等于涨价，停售以后已经买的保单照常有效。",
        "理赔款一般在资料齐全后十个工作日内到账，复杂案件会长一些。",
        "客户经理告诉我这个能当存款用，我问了客服，客服说不能。",
        "我们不承诺“百分百理赔”，理赔要按合同约定审核。",
        "这个免费的健康咨询服务是保单附带的，不需要另外付钱。",
    ],
    "s10: rates, refusals and prices stated as facts": [
        "这款产品今年的结算利率是2.8%，以后每年会公布，可能上调也可能下调。",
        "保险公司理赔也有拒赔的情况，主要是未如实告知或者属于免责范围。",
        "我们这款百万医疗首月保费3元，次月起每月23元，可随时取消。",
        "惠民保是政府指导的普惠型商业保险，不是社保，也不是政府兜底。",
        "很多客户问能不能保本，我一律说不能，合同里怎么写就怎么算。",
    ],
    "s10: reports that tell what a seller said, without quotation marks": [
        "经查，当事人在微信群中向客户宣传某年金产品保本保息、收益稳定，属于对保险产品的不实宣传，我局决定对其罚款五万元。",
        "违法事实：当事人销售人员向投保人介绍该产品时称其比银行定期存款利息高，并称到期本金全部返还。",
        "案例中，代理人宣称该医疗险什么病都能报，但合同中列明了多项责任免除，最终被监管部门责令整改。",
    ],
    "s10: questions, explainers, reports and advice (families of 2026-12-08's false alarms)": [
        "看到“倒计时”三个字先冷静，停售要以公司官网公告为准",
        "有人跟您说“政府的项目”，先问清承保公司是哪家",
        "朋友问我买什么能“保本”，我说保险不是理财",
        "网友问“存十年拿回本金加利息”是不是真的，要看合同",
        "客户问：有没有什么病都能报的？我说没有",
        "把保险当存款用的人不少，其实两者差别很大",
        "这个和存定期有什么区别？前几年退保会有损失",
        "什么是“炒停售”？就是用“最后一批”之类的说法催促消费者",
        "当事人员工虚构监管机构背书，被处以罚款",
        "适合自己的才是最好的保险",
        "入行三年，我最骄傲的是认识了很多客户",
        "保证续保、保证利率这些词各有所指，要看合同",
        "保险和存款不是一回事",
        "领取免费赠险时要注意：升级保障那部分通常是要收费的",
        "国家鼓励的个人养老金制度可以抵税",
        "为数不多的建议：先看免责条款",
    ],
    "second batch: penalties, warnings, cases, conditions, disclaimers, negations": [
        "经查，当事人在微信朋友圈发布“保本保息、稳赚不赔”等内容，构成误导宣传，罚款一万元。",
        "监管提醒：不要轻信保本保息、高收益等宣传，保险不是存款。",
        "以案说险：刘女士听业务员说这款产品“什么都能赔”，出险后才发现免责条款很多。",
        "住院医疗费用在扣除1万元免赔额后按100%报销，年度限额200万。",
        "本产品不承诺收益，红利分配是不确定的。",
        "我不会跟您说保本，这个产品前几年退保是有损失的。",
        "我们不搞停售炒作，您想清楚了再买。",
        "本产品为保险产品，不是银行存款，也不是理财产品。",
        "免费领取的赠险保障期一个月，到期自动终止，不会扣费。",
        "行政处罚决定书：某公司销售人员向客户宣称“银行存款利率太低，不如买保险”。",
        "请您注意，保险和存款不同，不能简单比较收益。",
        "我们不说别家的不好，您可以自己对比条款。",
        "如实告知后，既往症相关的费用不在保障范围内。",
        "本次活动为首年保费八折，次年起按正常费率收取，可随时取消。",
        "这款产品会在月底停售，已经购买的客户不受影响，没有需要的不必着急。",
        "产品的保证利率为1.5%，超出部分不确定。",
        "有人说买保险就是存钱，这个说法不对。",
        "消费者应当谨慎对待“全网最低价”“销量第一”等宣传用语。",
        "监管部门从未推荐过任何具体保险产品。",
        "理赔需提供病历、发票等材料，并经审核后赔付。",
        "分红不保证，过往分红不代表未来。",
        "我们的产品不是最便宜的，但保障比较全面。",
        "这款产品不是什么都赔的，您看一下免责条款。",
        "网传“某保险公司要倒闭”系谣言，该公司经营正常。",
        "《广告法》规定，广告不得使用“最佳”“第一”等用语。",
        "退保时只能退还现金价值，可能低于已交保费。",
        "犹豫期过后退保会有损失。",
        "保险公司偿付能力充足率是衡量公司实力的指标之一。",
        "警惕“0元投保”背后的自动扣费。",
        "该产品由某某财险承保，政府部门不对其承担担保责任。",
    ],
    "s10-mkt2 look-alikes": [
        "第一次出险理赔，材料报上去一般三个工作日内审核完毕",
        "保险保障基金依法对保单利益提供有限救助，并不全额兜底",
        "买了就保障生效吗？不是，有等待期",
        "我们还剩几个问题没解答",
        "居委会组织了一次防诈骗讲座",
        "领导亲自到现场慰问了受灾群众",
        "实际结算利率可能比演示的低，也可能比演示的高",
        "想问一下，这个年金是保本的吗？",
        "满60岁后每年领取基本保额的20%，这部分写在合同里",
    ],
}


@pytest.mark.parametrize(
    ("family", "code", "text"),
    [(family, code, text) for family, (code, texts) in CLAIMS.items() for text in texts],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 and v.isascii() else None,
)
def test_every_wording_of_a_family_makes_its_claim(family, code, text):
    assert code in codes(text), f"{family}: {text}"


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in TALKED_ABOUT.items() for text in texts],
)
def test_every_wording_that_talks_about_a_claim_makes_none(family, text):
    assert codes(text) == [], f"{family}: {text}"


def test_higher_than_the_bank_is_both_a_promised_return_and_a_deposit_comparison():
    for text in CLAIMS["paid more than a bank deposit (both codes)"][1]:
        assert {"GUARANTEED_RETURN", "DEPOSIT_CONFUSION"} <= set(codes(text)), text


def test_a_bare_comparison_with_the_bank_is_a_deposit_comparison_only():
    # the labelled sets disagree here (2026-12-07 labels a higher rate than a deposit as a promised return too,
    # the corpus and regression sets do not); a return is promised when it is a multiple, an amount gained,
    # or certain — a bare "higher than the bank" stays DEPOSIT_CONFUSION alone
    assert codes("这个利率比银行的定期高") == ["DEPOSIT_CONFUSION"]
    assert codes("这个利率肯定比银行的定期高") == ["GUARANTEED_RETURN", "DEPOSIT_CONFUSION"]
