"""Paraphrase families by speaker (s11): for every code, wordings of our own as five kinds of seller say
them — a live-streamer (直播间), a bank wealth manager (理财经理), a 车险 renewal caller, the host of a health
talk for the elderly (养生讲座) and a 小红书 note — and compliant look-alikes in the same voices.

All of them were written before anyone ran the engine on them (none comes from a labelled set). Wordings the
engine still misses stay here as xfail(strict=True) with the reason, so a fix shows up as an XPASS failure and
a wording can never pass silently. Like the rest of the suite, these run the rules alone (the classifier is
switched off in tests/conftest.py).
"""

import pytest

from xiaobao.engines.marketing import check_text, violation_codes

# code -> wordings that make that claim (other codes may come along; the test asks for this one)
CLAIMS: dict[str, list[str]] = {
    "ABSOLUTE_TERM": [
        "家人们，这是我们直播间卖过的最牛的一款医疗险，没有之一！",
        "全网找不到比它更划算的了，我敢说独一份",
        "这是我们行今年代销产品里顶配的一款，各方面都挑不出毛病",
        "我们家的车险服务在全市数一数二，理赔速度没人比得过",
        "专门给老年人设计的，市面上再也找不出第二款这么好的",
        "闭眼入！研究了三个月才挖到的天花板级重疾险",
        "保障责任拉满，行业里绝对的标杆",
        "论性价比，它说第二没人敢说第一",
        "我们公司的服务是全行业口碑最好的",
        "史上最强的一款意外险，今天终于上架了",
        "王炸产品，同类里面无敌的存在",
        "这款可以说是医疗险里的天花板了",
        "我们的理赔服务在业内排名第一",
        "找遍全市场也没有比这个更便宜的",
    ],
    "GUARANTEED_RETURN": [
        "这款存进去多少，到期只多不少，一分钱风险都没有",
        "年化3.5%是板上钉钉的，您放心放",
        "这笔钱放进去就是旱涝保收",
        "叔叔阿姨们，这个钱交进去每年都有得领，只赚不赔",
        "亲测！每年躺赚几千块养老钱，本金一点不动",
        "真要是亏了，差多少我补给您",
        "我给您算过了，十年下来稳拿八万多的收益",
        "这款就是给钱找了个保险箱，只涨不跌",
        "您的本金绝对安全，利息一分都不会少",
        "钱生钱，利滚利，二十年翻三倍没问题",
        "续保加的这个附加险交三年返五年，稳赚",
        "收益高还不担一点风险，这种好事可不多",
        "到手收益保底4%，上不封顶",
        "每个月固定到账两千，一辈子旱涝保收",
    ],
    "DEPOSIT_CONFUSION": [
        "这款是我们行新出的五年期存单，利率比普通定期高",
        "您的定期到期了吧？转存到这个产品里，一样是存钱，利息高多了",
        "阿姨，这就是存钱，跟您去银行存一样，只是换个地方存",
        "就当零存整取，每个月存一千，到时候一起取",
        "我把压箱底的存款全挪到增额寿里了，比放银行香多了",
        "这是保险公司版的大额存单",
        "跟余额宝差不多，就是收益更稳",
        "您就理解成一个储蓄账户，钱存进去慢慢长",
        "还在银行存死期？来我们这存，利息甩它几条街",
        "保险也是一种存款，只不过存期长一点",
        "这个储蓄计划存满五年，随取随用",
        "存银行不如存保险",
    ],
    "PANIC_SELLING": [
        "最后三分钟！倒计时结束就下架，家人们手速要快",
        "库存就剩最后二十单，拍完今天就没了",
        "这款额度很紧张，今天下午三点前不打款就被别的客户抢走了",
        "您这个续保优惠今天是最后一天，明天再办就恢复原价了，建议现在就定下来",
        "这个名额只给今天到场的叔叔阿姨，散会以后就不办了",
        "姐妹们冲！听说下个月这款要改版，保障缩水，赶紧上车",
        "新规一出这种产品就绝版了，现在不买以后想买都买不到",
        "预定利率马上要下调，再犹豫就亏大了",
        "明天零点涨价，今晚必须拿下",
        "这一期的额度卖完就封盘了",
        "手慢无，抢到就是赚到",
        "下周一产品就下线了，您今天一定要拿个主意",
        "总部只批了这么几个名额，先到先得，卖完为止",
    ],
    "REGULATOR_ENDORSEMENT": [
        "这是国家专门为咱们老年人推出的，政府都在背后撑着",
        "银保监会批准的重点推荐产品，放心买",
        "出了事有国家给咱们兜着",
        "这款是人民银行和金融监管总局联合推荐的",
        "社保局指定合作的补充医疗，有政府背书",
        "这是国家队出品，有政府信用担保",
        "官方认证的良心产品，监管都点名表扬过",
        "医保局牵头搞的，保险公司要是赔不出来，政府会兜底",
        "国家都认可的产品，错不了",
        "有监管部门给咱们担保，这款不会出问题",
        "政府给每一份保单都打了包票",
    ],
    "EXAGGERATED_COVERAGE": [
        "大病小病、住院门诊，统统都能报",
        "只要进了医院，花多少赔多少",
        "买了我们的全险，不管什么情况撞了车都不用您掏一分钱",
        "高血压糖尿病这些老毛病，带着病也照样全赔",
        "这款医疗险什么都报，真的太香了",
        "不管是意外还是生病，全都包了",
        "一旦出险，理赔款一分不少全到账，从来没有拒赔一说",
        "任何原因导致的身故都赔",
        "有了这一份，这辈子看病都不用愁了",
        "自费药、进口药，不限额全报",
        "保障范围没有死角，方方面面全覆盖",
        "不管是谁开、开到哪、出了啥事，保险公司全兜着",
        "住院一天就给钱，住多少天给多少天，没有上限",
    ],
    "DENIGRATE_COMPETITOR": [
        "别去买那些小公司的，赔起钱来推三阻四",
        "某某人寿偿付能力都不达标了，您那份还是赶紧退了吧",
        "您去年在那家投的吧？他们家定损员出了名的抠，换我们吧",
        "别的公司那种产品都是骗老年人的，只有我们实在",
        "踩雷预警！X家的百万医疗全是坑，还是我推荐的这款靠谱",
        "那家公司快不行了，保单说不定哪天就作废",
        "他们的产品就是花架子，看着保得多，真出事一分都拿不到",
        "网上那些互联网保险都是割韭菜的",
        "隔壁那家的理赔员，能拖一年就不会拖半年",
        "外资那几家水土不服，在中国根本玩不转",
        "其他家的业务员只管卖不管赔，我们可不一样",
        "买他们家的还不如不买",
    ],
    "MISLEADING_FREE": [
        "0元领取百万医疗，领完次月开始每月扣29.9",
        "家人们，今天这份意外险不要钱，白送！下单时勾选自动续费就行",
        "这个驾乘险是免费送您的，我直接帮您加到这次续保里，一共3860元",
        "今天来的叔叔阿姨每人免费领一份保险，每个月从养老金卡里扣一点点管理费",
        "薅羊毛！1分钱就能拿下的重疾险，第二个月才开始正常扣费",
        "不花一分钱就能有保障，只需要开通自动续费",
        "免费升级保额到300万，升级后每月保费68元",
        "这份保险是公司送您的福利，前三个月免单，之后按月交",
        "零元投保，零门槛，下个月才开始收钱",
        "白拿一份保障，领取后自动开通月缴",
        "关注公众号免费领一年意外险，次年自动续保扣费398元",
        "赠送的这份重疾保障不收钱，保费从您的返现里抵扣",
    ],
}

# the same voices saying something compliant: facts, conditions, disclaimers, warnings, reports, questions
COMPLIANT: list[str] = [
    "家人们，这款不是最便宜的，但免赔额只有五千，适合预算中等的家庭",
    "直播间不承诺收益，演示利益只是举例，以合同为准",
    "今晚下播后链接还在，不用抢，想清楚再买",
    "这是保险产品，不是存款，也不是我行理财，提前退保可能损失本金",
    "如果这笔钱三年内要用，我建议您还是存定期",
    "这款的保证利益写在合同第五条，超出部分的分红不确定",
    "续保送的道路救援每年两次，是保单自带的服务，不另收费",
    "您去年没出险，无赔款优惠系数下调了，所以今年保费比去年低一些",
    "这次续保优惠月底到期，过期后按正常价格续，也不影响保障",
    "叔叔阿姨，今天讲座只讲健康知识，不卖产品，大家放心听",
    "有人说国家给兜底，这是假的，大家千万别信",
    "保健品和保险都不能包治百病",
    "避坑：看到“保本高收益”的保险广告一律划走",
    "我买的百万医疗有一万免赔额，小病基本用不上，大病才报",
    "首月1元其实是营销，第二个月开始是正常保费，大家算清楚再买",
    "这款是我个人觉得适合我的，不代表适合所有人，不构成推荐",
    "某公司因在直播中使用“史上最强”“闭眼入”等用语被罚款",
    "金融监管总局提示：警惕“保险存单”“高息揽储”等说法",
    "所谓“政府兜底”的养老保险，多数是骗局",
    "王大爷听信了“每年躺着领钱”的说法，结果提前退保损失两万",
    "银行网点销售保险必须双录，并明确告知客户这不是存款",
    "保单贷款可以应急，但要支付利息",
    "本产品保险期间内累计赔付以保额为限",
    "理赔款一般在资料齐全后五个工作日内到账",
    "停售是因为产品升级，新产品的费率会在官网公布",
    "有客户买了另一家的，我觉得也挺好，各有侧重",
    "我们公司去年的综合偿付能力充足率是230%，数据来自公开披露",
    "问：有没有保证收益的年金？答：保证利率的部分有，但不高",
    "“保证续保20年”是合同条款，不是销售承诺",
    "这份赠险是信用卡的持卡权益，持卡期间免费，不会扣费",
    "住院费用医保报销后，剩下的合规费用扣掉一万免赔额再按100%报销",
    "意外身故赔付，但酒驾、无证驾驶和故意行为不赔",
    "分红险的分红每年都不一样，有的年份可能没有",
    "这款重疾险的等待期是90天，等待期内确诊不赔",
    "有同事说别家的理赔慢，我没经历过，不好评价",
]

# a second round, written after the first round's fixes and before running the engine on it: what the first
# round's families reach on wordings they were not made for
CLAIMS_ROUND2: dict[str, list[str]] = {
    "ABSOLUTE_TERM": [
        "同价位里它就是无冕之王",
        "这么良心的产品，整个市场上我只见过这一款",
        "我们家的赔付速度，同行只能望其项背",
        "不吹不黑，这就是目前能买到的最优解",
        "各大测评机构都把它排在头名",
        "要论保障全面，它排第一谁也不服不行",
    ],
    "GUARANTEED_RETURN": [
        "交够五年，后面就等着每年收钱，稳稳当当",
        "这个账户的钱只会往上涨，不会往下掉",
        "买了以后您的钱就再也不会缩水",
        "等于每年白捡一笔利息，一点风险没有",
        "放心，过十年取出来，本钱利息一起拿，少不了",
        "按我们的经验，每年拿个百分之五六没有任何问题",
    ],
    "DEPOSIT_CONFUSION": [
        "您就当是在我们这办了一张长期存折",
        "阿姨，钱放在这里跟放在银行没什么两样",
        "这个跟定期一个道理，只是期限长一些",
        "咱们这个是能生利息的存钱账户",
        "把孩子的压岁钱存到这个账户里，十八岁一次性取",
        "比起放余额宝，还是放这里更划算",
    ],
    "PANIC_SELLING": [
        "今天是这个价最后的日子了，明天一早就调回去",
        "这么好的条件，公司一年也就放这么一回",
        "群里已经有三十多个人下单了，剩下的不多",
        "再晚两天，您这个年龄就上不了这一档了",
        "趁现在规则还宽松，赶快把健康告知做了",
        "只剩今天最后几个小时，错过不补",
    ],
    "REGULATOR_ENDORSEMENT": [
        "这是市里民生办和保险公司一起搞的，错不了",
        "监管部门专门发文表扬过这款产品",
        "有政府财政托底，您放一百个心",
        "这是国家鼓励老年人买的，都有政策支持",
        "保监局备案的产品，就等于国家给您担保了",
        "县里的领导带头买了，您还担心什么",
    ],
    "EXAGGERATED_COVERAGE": [
        "不管在哪家医院看，花了多少都给您报回来",
        "从头到脚，从感冒到癌症，全都管",
        "这张保单一买，全家老小的风险都兜住了",
        "就算有既往症，照样一分不少地赔",
        "理赔不用看条款，报上去就给钱",
        "别的保险不赔的这里都赔",
    ],
    "DENIGRATE_COMPETITOR": [
        "那家公司的客服电话打十次有九次没人接",
        "别人家的代理人卖完就换工作了，出了事找不到人",
        "那些网红产品都是营销吹出来的，真出险就露馅",
        "您那份旧保单就是个摆设，关键时候派不上用场",
        "某些大公司店大欺客，理赔能拖就拖",
        "他们家的条款坑多得数不过来",
    ],
    "MISLEADING_FREE": [
        "扫码就送一份百万医疗，第二个月开始每月扣15元",
        "今天办卡免费送保险，年费里已经包含保费了",
        "首月不收钱，从第二个月起按月从工资卡扣",
        "这份重疾是免费体验的，体验期过了自动转成正式保单",
        "白送您三个月保障，到期后自动续费",
        "免费给家里老人领一份意外险，只需要绑定银行卡",
    ],
}

# published texts that name the phrases only to warn, punish or explain (item 3 of s11's brief)
PUBLISHED_ROUND2: list[str] = [
    "【风险提示】近期有不法分子以“政府补贴保险”“免费领取养老保险”为名骗取老年人个人信息，请勿轻信。",
    "行政处罚决定书显示，该公司在网络平台发布的广告中含有“理赔速度全国第一”的内容，无法提供依据，被罚款三万元。",
    "以案说险｜业务员说“这款产品跟存款一样，随时可以取”，李阿姨信以为真，退保时才发现只能拿回现金价值。",
    "监管部门提醒：保险产品停售属于正常经营行为，消费者不要被“最后一天”“马上涨价”等说法左右。",
    "新闻：某地法院审结一起保险纠纷，代理人曾向客户承诺“每年保底6%收益”，法院认定构成误导。",
    "消费者权益保护专栏：看到“首月0元”时，记得问清楚第二个月起每月扣多少钱。",
    "金融知识进社区：保险不是储蓄，不能简单拿来和银行存款比利息。",
    "案例回顾：某平台将“赠险”与付费险捆绑销售，消费者在不知情的情况下被扣费，平台被责令整改。",
    "有网友发帖称某公司“理赔全靠拖”，公司回应已联系当事人核实，将依法依规处理。",
    "答疑：所谓“什么病都能赔”的医疗险并不存在，每款产品都有责任免除和等待期。",
    "提醒老年朋友：讲座上说“国家兜底、稳赚不赔”的，十有八九是骗局。",
    "本文不构成投资建议，保险产品的收益以合同约定为准，分红具有不确定性。",
]

# a third round (same rule: written before running the engine): conditionals, rhetorical questions, slang
CLAIMS_ROUND3: dict[str, list[str]] = {
    "ABSOLUTE_TERM": [
        "医疗险界的yyds，谁用谁知道",
        "难道你还能找到比它更香的？不可能",
        "这款要是排第二，没有哪款敢排第一",
        "同类产品我全比过了，它是最能打的",
        "业内公认的标杆产品，闭眼冲",
    ],
    "GUARANTEED_RETURN": [
        "您要是不放心，我可以写个保证，到期少一分我赔您",
        "这钱放进去还能亏？不可能的事",
        "就算经济不好，该到手的收益也一分跑不了",
        "存满年限，本金加收益稳稳到手",
        "收益是写死的，不会随市场变",
    ],
    "DEPOSIT_CONFUSION": [
        "您就当它是一张利息更高的银行卡",
        "这个产品本质上就是银行存款，只不过是保险公司发的",
        "与其把钱锁在定期里，不如放到这个年金账户",
        "存期灵活，三年五年十年都能选，利息比银行高",
        "跟银行的大额存单一样，起存五万",
    ],
    "PANIC_SELLING": [
        "今天不定下来，明天就没这个价了",
        "不抓紧的话名额一会儿就没了",
        "还在等什么？再等就真的抢不到了",
        "下个月新规落地，这种产品就要全部下架，现在是最后的窗口",
        "您现在不签，下周再来价格就不一样了",
    ],
    "REGULATOR_ENDORSEMENT": [
        "这个产品是金融监管总局点过名的好产品",
        "咱们社区跟政府合作推的，绝对靠谱",
        "有国家做后盾，这个钱您放心交",
        "这是政府部门牵头、财政兜底的惠民项目",
        "央视都报道过，国家都在推广",
    ],
    "EXAGGERATED_COVERAGE": [
        "买了它，生老病死全都有着落",
        "不论是门诊还是住院，统统一分不用自己出",
        "得了什么病都能赔，没有例外",
        "出险以后不用提供任何资料，打个电话钱就到",
        "这份意外险，上班下班、出差旅游，哪种意外都赔",
    ],
    "DENIGRATE_COMPETITOR": [
        "别的公司那点保额，真出事连医药费都不够",
        "那几家的百万医疗，续保的时候说停就停",
        "您朋友推荐的那款就是个坑，买了后悔都来不及",
        "他们家理赔要跑断腿，我们手机上就办好了",
        "外面那些便宜货，便宜是有原因的",
    ],
    "MISLEADING_FREE": [
        "免费领！到手就有保障，后续每月只需12.8元",
        "这份保障不要钱，只要您同意开通自动续保",
        "白领一份意外险，次年起每年扣费99元",
        "公司免费给您升级保障，从下个月起保费多收20元",
        "0元加入，出险了才需要分摊费用",
    ],
}

COMPLIANT_ROUND3: list[str] = [
    "不买也没关系，您可以先把条款带回去看看",
    "如果您不着急，可以等新产品出来再比较",
    "这款收益不是写死的，演示利益只作参考",
    "我不能跟您说它是最好的，只能说适合您现在的情况",
    "监管从来不为具体产品背书，您看到这种说法要当心",
    "答：这不是存款，退保可能拿不回全部保费",
    "2023年某公司因“0元投保”误导宣传被处罚，消费者要看清续费规则",
    "医疗费用需在扣除免赔额后按合同约定比例报销",
    "您朋友推荐的那款我没研究过，不好评价",
    "这个活动明天结束，结束以后照常可以买，只是没有赠品",
]

# a fourth round, published texts (same rule): product pages and posts that sell, beside notices that only report
PUBLISHED_CLAIMS_ROUND4: dict[str, list[str]] = {
    "ABSOLUTE_TERM": ["【爆款推荐】全网销量遥遥领先的少儿重疾险，宝妈们的一致选择",
                      "产品亮点：保障全面程度同类第一，理赔服务行业领先"],
    "GUARANTEED_RETURN": ["年金险详情页：交10年领终身，现金价值稳步增长，收益确定，不受利率下行影响",
                          "公众号推文：给孩子存一笔教育金，18岁时连本带利领回，稳稳的幸福"],
    "DEPOSIT_CONFUSION": ["理财经理朋友圈：存款利率又降了！把定期换成增额终身寿，锁定长期收益",
                          "宣传单页：“安心储”五年期储蓄计划，存得越久拿得越多"],
    "PANIC_SELLING": ["【紧急通知】受政策影响，本款产品将于本月底全面下架，欲购从速！",
                      "直播预告：今晚8点最后一场，下播即恢复原价，错过等一年"],
    "REGULATOR_ENDORSEMENT": ["惠民保海报：市医保局官方推荐，政府兜底，人人可保",
                              "宣传折页：本产品经国家金融监管部门审核认证，安全可靠"],
    "EXAGGERATED_COVERAGE": ["产品页：不限疾病、不限年龄、不限职业，有病无病都能赔",
                             "车险续保短信：续保全险，出了任何事故都由保险公司全额买单"],
    "DENIGRATE_COMPETITOR": ["测评文章：某互联网平台的医疗险看似便宜，实际理赔难于登天，建议选择我们推荐的这款",
                             "代理人海报：别再被小公司的低价骗了，出险了找谁去？"],
    "MISLEADING_FREE": ["活动页：免费领取10万元意外保障！（次月起每月自动扣费6.6元）",
                        "银行APP弹窗：恭喜您获得免费医疗险一份，点击领取，首年保费由您的账户按月扣缴"],
}

PUBLISHED_COMPLIANT_ROUND4: list[str] = [
    "某财险公司分支机构因在宣传材料中使用“政府兜底”“全网第一”等表述，被监管部门警告并罚款。",
    "以案说险：张先生在直播间听主播说“最后一场、下播恢复原价”，冲动购买后发现价格一直没变，遂申请退保。",
    "风险提示：增额终身寿险不是存款，前期退保可能损失本金，所谓“稳赚不赔”并不成立。",
    "新闻｜多家保险公司下调预定利率，业内人士提醒消费者理性看待“停售潮”，按需配置。",
    "产品说明：本产品保险期间1年，等待期30天，一般医疗保险金免赔额1万元，按100%比例赔付，年度限额200万元。",
    "科普：“免费赠险”通常只保一个月，到期后是否续保由您决定，续保需另行付费。",
    "投诉处理结果公示：销售人员曾向投诉人表示“什么病都能赔”，经核实属实，已对该销售人员作出处理。",
    "本产品由XX财产保险股份有限公司承保，医保部门仅提供政策指导，不承担保险责任。",
    "消费提示：对“存款搬家”“保险存单”等说法要提高警惕，购买前请看清合同。",
    "答网友问：某公司理赔慢是真的吗？我们无法评价其他公司，建议查看各公司公开的理赔时效数据。",
]

# the round-2 wordings the rules alone still miss or flag, and why (rules alone: 24 of 48 claims found and 1 of 12
# published texts flagged before the fixes of the same commit, none missed or flagged after)
MISSED_ROUND2: dict[str, str] = {}
FLAGGED_ROUND2: dict[str, str] = {}
# round 3: rules alone found 22 of 40 claims and flagged 1 of 10 compliant texts before the fixes of its commit
# (rules + classifier 36 of 40, 1 flagged), none missed or flagged after
MISSED_ROUND3: dict[str, str] = {}
FLAGGED_ROUND3: dict[str, str] = {}
# round 4 (published): rules alone found 13 of 16 claims and flagged 1 of 10 notices before the fixes of its commit
# (rules + classifier 15 of 16, 2 flagged), none missed or flagged after (the classifier still flags one)
MISSED_ROUND4: dict[str, str] = {}
FLAGGED_ROUND4: dict[str, str] = {}

# wordings the rules alone still miss or flag, with why (none after s11's fixes; keep the mechanism for the next)
MISSED: dict[str, str] = {}
FLAGGED: dict[str, str] = {}


def codes(text: str) -> list[str]:
    return violation_codes(check_text(text))


def _param(*values: str, known: dict[str, str]):
    text = values[-1]
    marks = [pytest.mark.xfail(strict=True, reason=known[text])] if text in known else []
    return pytest.param(*values, marks=marks)


ROUNDS = ((CLAIMS, MISSED), (CLAIMS_ROUND2, MISSED_ROUND2), (CLAIMS_ROUND3, MISSED_ROUND3),
          (PUBLISHED_CLAIMS_ROUND4, MISSED_ROUND4))


@pytest.mark.parametrize(
    ("code", "text"),
    [_param(code, text, known=missed) for claims, missed in ROUNDS for code, texts in claims.items() for text in texts],
)
def test_every_voice_of_a_claim_is_found(code, text):
    assert code in codes(text), text


@pytest.mark.parametrize(
    "text",
    [_param(text, known={**FLAGGED, **FLAGGED_ROUND2, **FLAGGED_ROUND3, **FLAGGED_ROUND4})
     for text in COMPLIANT + PUBLISHED_ROUND2 + COMPLIANT_ROUND3 + PUBLISHED_COMPLIANT_ROUND4],
)
def test_compliant_voices_and_published_warnings_claim_nothing(text):
    assert codes(text) == [], text


def test_every_wording_is_new():
    from tests.engines.marketing.test_families import CLAIMS as OLD_CLAIMS
    from tests.engines.marketing.test_families import TALKED_ABOUT
    from xiaobao.engines.marketing.build_classifier import DATA, TRAINING_SETS, load_items

    old = {t for _, texts in OLD_CLAIMS.values() for t in texts} | {t for ts in TALKED_ABOUT.values() for t in ts}
    mine = [t for claims, _ in ROUNDS for ts in claims.values() for t in ts] + COMPLIANT + PUBLISHED_ROUND2
    mine += COMPLIANT_ROUND3 + PUBLISHED_COMPLIANT_ROUND4
    assert len(mine) == len(set(mine)) and not set(mine) & old
    labelled = "\n".join(i["text"] for i in load_items([DATA / p for p in TRAINING_SETS]))
    assert [t for t in mine if t in labelled] == []
