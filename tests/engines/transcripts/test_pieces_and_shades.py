"""Identity given in pieces and consent in its shades (s17), each in wording written for this file, with the
look-alikes that must stay missing."""

import pytest

from xiaobao.engines.transcripts import check_transcript

A, C = "agent", "customer"

# a complete accident call without the agent's identity; each test puts an opening in front of it or replaces
# its last turn (the customer's answer to the question for the decision)
REST = [
    (A, "这个电话会录音。跟您说下青松财险的《安康住院医疗》。"),
    (C, "嗯。"),
    (A, "住院花的医药费扣掉一万免赔以后报销，最高两百万。"),
    (A, "投保前就有的病、整容这些不报。"),
    (A, "每月三十八元，按月扣，保障一年。"),
    (A, "收到保单十五天内可以退，全额退还。"),
    (A, "要不要给您投上？"),
    (C, "好，办吧。"),
]


def run(turns, line="accident"):
    return check_transcript({"id": "t", "product_line": line, "turns": [{"speaker": s, "text": t} for s, t in turns]})


def identity(*opening):
    return "AGENT_IDENTITY" in run([*opening, *REST]).steps_present


def consent(*ending):
    return "CUSTOMER_CONSENT" in run([*REST[:-1], *ending]).steps_present


# ---- AGENT_IDENTITY ----------------------------------------------------------------------------------------

# (opening turn, whether it identifies the agent)
OPENINGS = [
    # a call centre answering by its name before the staff number
    ("您好，橙路出行客服，工号CL5402，请问是孙女士吗？", True),
    ("喂您好，蓝鲸旅游网热线，坐席号2217，打扰您一分钟。", True),
    ("您好，禾苗商城服务中心，工号四七二九，给您回个电话。", True),
    # a desk or a number without a company
    ("您好，客服，工号5521，给您回个电话。", False),
    ("喂您好，人工客服，工号5521为您服务。", False),
    ("您好，工号5521为您服务。", False),
    # sellers of the car trade, delivery stations, agricultural insurers' field agents, with a name
    ("李哥，我是金顺二手车的保险专员陶然，车过户了，保险得跟着办。", True),
    ("王姐，我是快修汽修厂的保险顾问乔木，您车的保险我给算了下。", True),
    ("阿杰，我是鹿鸣配送站的站长韩冰，说下你们骑手的保险。", True),
    ("大姐，我是镇上给青禾农险跑业务的郑江，来说说种粮的保险。", True),
    # a seller's name in quotation marks, a mutual insurer
    ("您好，我是“易保达”保险经纪平台的顾问，工号YB3310。", True),
    ("您好，我是「车无忧」平台的客服，工号CW2045。", True),
    ("您好，我是恒信相互保险社的会员顾问方卉，工号HX0042。", True),
    # a name beside an unnamed shop or a trade
    ("张哥，我是店里做保险的小吴，跟您说下续保。", False),
    ("张哥，我是专门跑保险的老马，跟您说下续保。", False),
    ("张哥，我是帮人办车险的小吴，工号0012。", False),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_an_opening_identifies_the_agent_only_with_a_company_and_a_name_or_number(text, expected):
    assert identity((A, text)) is expected


def test_an_ivr_line_names_the_company_and_the_agent_gives_a_seat_number():
    assert identity(
        (A, "您好，这里是雪莲财险，为保障您的权益，本次通话将被录音。"),
        (A, "您好，坐席2231为您服务，给您说下这款意外险。"),
    )


def test_the_company_guessed_by_the_customer_and_confirmed_beside_a_name():
    assert identity(
        (A, "您好，我姓贺，耽误您两分钟。"),
        (C, "你是雪莲财险的吧？"),
        (A, "对，是雪莲财险，给您说下意外险。"),
    )


def test_a_name_alone_with_the_company_refused_stays_no_identity():
    assert not identity(
        (A, "您好，我姓贺，耽误您两分钟。"),
        (C, "你哪家的？"),
        (A, "哪家的您先不用管，产品好就行。"),
    )


# ---- CUSTOMER_CONSENT --------------------------------------------------------------------------------------

# (the customer's answer to the question for the decision, whether it is consent)
ANSWERS = [
    ("可以，我跟我爱人都加上。", True),
    ("那全家三口都加上吧。", True),
    ("好，按这个出单吧。", True),
    ("行，就照这个方案给我出吧。", True),
    ("那就按刚才说的出吧。", True),
    ("那就转到你们这边吧。", True),
    ("那就换成你们家的吧。", True),
    ("那麻烦你帮我下单吧。", True),
    ("既然这样的话，那就来一份吧。", True),
    ("行，那就这样定了，保单发我们单位就行。", True),
    ("那就续吧，是扫二维码吗？", True),
    ("好吧，那还是在你们这儿续。", True),
    # 嗯 to go on listening, thinking it over, a yes to something else, a yes then a no, a relative deferring
    ("嗯，你接着说。", False),
    ("嗯……", False),
    ("行吧，我再琢磨琢磨。", False),
    ("好，你先说说多少钱。", False),
    ("可以，办吧……哎不对，还是算了。", False),
    ("我是她女儿，我妈不在家，这事等她回来再定。", False),
    ("换不换的，我再看看吧。", False),
    ("不急，我先问问我女儿，她说买就买。", False),
    ("你连工号都不报，我不跟你买。", False),
    ("不用了，我们公司已经统一给上了。", False),
    ("没有，我觉得没必要。", False),
]


@pytest.mark.parametrize(("answer", "expected"), ANSWERS)
def test_consent_in_its_shades(answer, expected):
    assert consent((C, answer)) is expected


def test_a_yes_then_a_no_in_a_later_turn_is_no_consent():
    assert not consent((C, "行，办吧。"), (A, "好的，我这就给您下单。"), (C, "等下，先别下，我问问我老公。"))


# ---- the other steps, said in everyday words ---------------------------------------------------------------

BASE = [(A, "您好，本次通话录音。我是雪莲财险的客户经理贺宁，工号XL0801。"), *REST]


def step_with(step, index, text, line="accident"):
    """Whether `step` is present in the full call with turn `index` of BASE replaced by an agent turn `text`."""
    turns = [*BASE[:index], (A, text), *BASE[index + 1:]]
    return step in run(turns, line).steps_present


@pytest.mark.parametrize("text", [
    "您这趟七天，一个人三十五块，按这一趟算。",
    "这次出去五天，每人二十八元。",
])
def test_the_price_of_a_trip_per_person(text):
    assert step_with("PREMIUM_TERM", 5, text)


@pytest.mark.parametrize("text", [
    "每天从您的收入里扣两块，不干活那天不扣。",
    "按天收，上工那天扣四元。",
])
def test_a_premium_deducted_by_the_day(text):
    assert step_with("PREMIUM_TERM", 5, text)


def test_a_daily_allowance_is_no_premium():
    assert not step_with("PREMIUM_TERM", 5, "住院每天补贴五十元。")


@pytest.mark.parametrize("text", [
    "不想要了就在手机上把它关掉，关了第二天就不再扣钱。",
    "哪天不想保了，停掉就行，停了以后不收钱。",
])
def test_stopping_a_daily_cover_and_its_charges(text):
    assert step_with("COOLING_OFF_OR_CANCELLATION", 6, text)


@pytest.mark.parametrize("text", [
    "住院每天补两百，一年最多补九十天。",
    "要是得了合同里写的那几种大病，一次性给您二十万。",
])
def test_cover_as_a_daily_allowance_or_a_lump_sum_for_a_serious_illness(text):
    assert step_with("COVERAGE", 3, text)


@pytest.mark.parametrize("text", [
    "跟人打架弄伤的不赔。",
    "您本来就有的病犯了，也不赔。",
])
def test_exclusions_in_everyday_words(text):
    assert step_with("EXCLUSIONS", 4, text)


@pytest.mark.parametrize("text", [
    "给您说下我们雪莲那个管住院的，百万医疗升级版。",
    "这个车险现在我们店合作的是雪莲财险，商业险这块您放心。",
])
def test_a_versioned_product_name_and_an_insurer_the_seller_works_with(text):
    assert step_with("PRODUCT_INSURER", 1, text)


# ---- agent-turn violations in plain speech, beside compliant look-alikes ----------------------------------

def violations(*turns, line="motor"):
    return run(list(turns), line).violations


@pytest.mark.parametrize("turns", [
    [(A, "今年续保，驾乘险我们免费送您的，不要您掏钱。"), (C, "那总价多少？"),
     (A, "一共三千六，驾乘险占一百二，已经含在里面了。")],
    [(A, "这个意外险算是免费的，公司给老客户的，就收个十块钱手续费。")],
    [(A, "这份保障是厂里免费给工人的。"), (C, "那工资单上咋少了钱？"), (A, "每个月从工资里扣五块，这个是保费。")],
])
def test_insurance_called_free_that_the_call_charges_for(turns):
    assert "MISLEADING_FREE" in violations(*turns)


@pytest.mark.parametrize("turns", [
    [(A, "那份赠险真的是免费的，一个月到期就结束，不扣钱。"), (C, "那车险呢？"), (A, "车险一年三千二，按年交。")],
    [(A, "道路救援是保单里自带的，不另外收钱，一年三次。"), (A, "车损加三者一共三千四，保一年。")],
    [(A, "这个不是免费的，每个月扣二十八块，扣满一年。")],
])
def test_free_words_that_mislead_nobody(turns):
    assert "MISLEADING_FREE" not in violations(*turns)


def test_a_police_finding_about_an_accident_endorses_nothing():
    assert "REGULATOR_ENDORSEMENT" not in violations(
        (A, "去年超速被交警认定的那起事故，今年保费会上浮一点，车损还要多扣百分之五。")
    )


def test_a_public_body_said_to_recommend_the_product_in_a_long_turn():
    """The classifier's score of the whole turn is diluted by its cover and prices; the sentence is read alone."""
    turn = ("这个是青松财险的养殖户意外险，喂猪放牛的时候出了意外，人没了赔十五万，伤了看病报一万五，住院每天补"
            "五十。这是县畜牧局推荐的，村里养殖户都让上。")
    call = {"id": "t", "product_line": "accident", "turns": [{"speaker": A, "text": turn}]}
    assert "REGULATOR_ENDORSEMENT" in check_transcript(call, marketing_classifier=True).violations
    assert "REGULATOR_ENDORSEMENT" not in check_transcript(call, marketing_classifier=False).violations


@pytest.mark.parametrize(("text", "flagged"), [
    ("车损是车撞了、刮了、被水泡了都能修。", False),  # the perils of the cover, explained
    ("家财险管的是房子烧了、被水淹了，修房子都能赔。", False),
    ("驾乘险就是车上的人撞伤了、摔伤了都能报。", False),
    ("追尾了、被砸了、丢了，统统都赔。", True),  # every peril, whatever it is
    ("碰了、刮了、轮子坏了，反正啥事都给您修。", True),
])
def test_perils_listed_as_what_a_cover_pays_are_no_overstatement(text, flagged):
    assert ("EXAGGERATED_COVERAGE" in violations((A, text))) is flagged
