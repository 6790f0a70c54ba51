"""Steps and agent-turn violations tuned in s19 on the transcripts round of 2027-01-27, each in wording written
for this file, with the look-alikes that must stay as they were: a department is no company, a product name in
quotation marks is no insurer beside a name, a limit is no premium, "怎么赔？" asks for the cover, consent that
gives in (算了，就这样吧) or places the business (就放你们这儿了), the covers renewed by an agent speaking as the
insurer."""

import pytest

from xiaobao.engines.transcripts import check_transcript

A, C = "agent", "customer"

# a complete health call; each test replaces one of its turns
BASE = [
    (A, "您好，本次通话录音。我是青松财险的客户经理卫蓝，工号QS2207。"),
    (A, "给您说下青松财险的《青松安心住院医疗》。"),
    (A, "住院花的医药费扣掉一万免赔以后报销，最高两百万。"),
    (A, "投保前就有的病、整容这些不报。"),
    (A, "每月三十八元，按月扣，保障一年。"),
    (A, "收到保单十五天内可以退，全额退还。"),
    (A, "要不要给您投上？"),
    (C, "好，办吧。"),
]


def run(turns, line="health"):
    return check_transcript({"id": "t", "product_line": line, "turns": [{"speaker": s, "text": t} for s, t in turns]})


def present(step, turns, line="health", model=None):
    call = {"id": "t", "product_line": line, "turns": [{"speaker": s, "text": t} for s, t in turns]}
    return step in check_transcript(call, second_opinion=model).steps_present


def replaced(index, *turns):
    """BASE with turn `index` replaced by `turns`."""
    return [*BASE[:index], *turns, *BASE[index + 1:]]


# ---- AGENT_IDENTITY ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a department, a name and a staff number, no company
    ("您好，我是理赔部的小方，工号5120，本次通话录音。", False),
    ("您好，我是客服中心的小方，工号5120，本次通话录音。", False),
    ("您好，我是续保组的老周，员工号0032，本次通话录音。", False),
    # the same with the company
    ("您好，我是青松财险理赔部的小方，工号5120，本次通话录音。", True),
    ("您好，我是青松的小方，工号5120，本次通话录音。", True),
])
def test_a_department_is_no_company(text, expected):
    assert present("AGENT_IDENTITY", replaced(0, (A, text))) is expected


def test_the_company_in_a_later_clause_of_the_introduction():
    text = "您好，我是上回给您送资料的小韦，工号6204，是青松保险的。本次通话录音。"
    assert present("AGENT_IDENTITY", replaced(0, (A, text)))


def test_a_product_in_quotation_marks_is_no_insurer_beside_a_name():
    """'“X医疗保险”的回访' reads like 'X保险的' and a two-character name; the greeting names the company only."""
    turns = replaced(
        0,
        (A, "您好，这边是青松财险服务中心，通话录音。"),
        (A, "您上个月在小程序里登记了\"青松长安医疗保险\"的咨询，给您回个电话。"),
    )
    assert not present("AGENT_IDENTITY", turns)


# ---- PREMIUM_TERM -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "门诊看病的钱能报，一年最多报八千。",
    "骨折另外给一笔，一年至多给六千。",
])
def test_a_yearly_limit_is_no_premium(text):
    turns = replaced(4, (A, text), (A, "价钱等下发您短信。"))
    assert not present("PREMIUM_TERM", turns)


def test_a_premium_beside_a_limit_is_still_a_premium():
    turns = replaced(4, (A, "一年最多报八千；保费一年四百二，保一年。"))
    assert present("PREMIUM_TERM", turns)


# ---- COVERAGE ---------------------------------------------------------------------------------------------

def test_the_answer_to_how_it_pays_names_the_cover():
    turns = replaced(2, (C, "这个重疾险怎么赔？"), (A, "等待期过了以后，第一次确诊合同列的那些重大疾病，比如恶性肿瘤，一次给您二十万。"))
    assert present("COVERAGE", turns, model=False)


@pytest.mark.parametrize(("text", "expected"), [
    # a benefit on an event, its amount unsaid or without a unit
    ("以后要是生活不能自理了，经过鉴定，每个月给两千护理金。", True),
    ("查出癌症了能拿一笔钱，看病养病都用得上。", True),
    ("万一确诊了，直接给钱。", True),
    ("失能了每个月给您三千块。", True),
    # the premium, or an exclusion, is none
    ("要是您按月交，每个月交一百二。", False),
    ("要是投保前就有的病，一分钱不给。", False),
])
def test_a_benefit_paid_on_an_event(text, expected):
    assert present("COVERAGE", replaced(2, (A, text)), model=False) is expected


def test_how_the_premium_is_paid_asks_for_no_cover():
    turns = replaced(2, (C, "保费怎么交？"), (A, "住院的事回头再说，保费走银行卡。"))
    assert not present("COVERAGE", turns, model=False)


# ---- CUSTOMER_CONSENT -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "expected"), [
    ("价钱还行，那就放你们这儿了。", True),
    ("行，就交给你们了。", True),
    ("唉，算了，就这样吧，刷卡。", True),
    ("算了，那就办吧。", True),
    # a refusal opening the sentence stays one
    ("算了，我再想想。", False),
    ("算了，不买了。", False),
    ("算了，就这样吧，我不要了。", False),
])
def test_consent_that_gives_in_or_places_the_business(answer, expected):
    turns = [*BASE[:-2], (A, "总共四百五十六元，今天刷卡就行。"), (C, answer)]
    assert present("CUSTOMER_CONSENT", turns) is expected


# ---- PRODUCT_INSURER --------------------------------------------------------------------------------------

MOTOR = [
    (A, "王哥您好，通话录音。我是青松财险的小卫，卫蓝，工号QS2207，跟您说下续保。"),
    (C, "嗯，你说。"),
    (A, "我们青松财险的理赔您也知道，小额的线上传照片就行。"),
    (A, "今年还是交强险、车损、三者一百五十万。"),
    (A, "碰了撞了修车的钱赔，撞了别人赔别人。酒驾不赔。"),
    (A, "今年四千一百二，保一年。"),
    (C, "行，续吧。"),
]


def test_the_covers_renewed_by_an_agent_speaking_as_the_insurer():
    assert present("PRODUCT_INSURER", MOTOR, "motor")


def test_the_covers_renewed_by_an_agent_who_only_works_there_name_no_product():
    turns = [MOTOR[0], MOTOR[1], (A, "理赔小额的线上传照片就行。"), *MOTOR[3:]]
    assert not present("PRODUCT_INSURER", turns, "motor")


def test_a_question_which_covers_to_take_names_no_product():
    turns = [*MOTOR[:3], (A, "今年还要交强险、车损、三者吗？"), *MOTOR[4:]]
    assert not present("PRODUCT_INSURER", turns, "motor")


# ---- agent-turn violations --------------------------------------------------------------------------------

def violations(*turns, line="motor"):
    return run(list(turns), line).violations


@pytest.mark.parametrize("turns", [
    # a cover "given" and then counted into the total
    [(A, "玻璃险您就当送的，不要您钱，白给您加上。"), (C, "那一共多少？"), (A, "一共五千二，玻璃险那三百也算进去了。")],
    # "free" with a fee said a few words further on
    [(A, "这个意外险是免费给老人上的，您交个五十块的工本费就行。")],
])
def test_a_gift_that_the_call_charges_for_is_misleading_free(turns):
    assert "MISLEADING_FREE" in violations(*turns, line="accident")


def test_a_gift_counted_into_nothing_stays_a_gift():
    assert "MISLEADING_FREE" not in violations(
        (A, "拖车服务白给您加上，不要您钱。"), (C, "那一共多少？"), (A, "车损加三者四千一，保一年。")
    )


@pytest.mark.parametrize(("text", "flagged"), [
    ("门诊住院都能报，年龄满三十天到十七岁都能买。", False),  # both covers named
    ("手术和住院都可以报，具体比例等下跟您说。", False),
    ("门诊住院花多少都能报。", True),  # whatever is spent
    ("有没有社保都能买，您放心。", False),  # who may buy
    ("有没有病都能赔。", True),
    ("意外骨折住院，不管以前有没有糖尿病都能报。", False),  # an accident cover, whatever the prior illness
    ("不管以前有没有糖尿病，生病住院都能报。", True),
    ("您家里任何一个人因为意外受伤、骨折、残疾都保，最高三十万。", False),  # whoever of the family
    ("任何意外受伤、骨折、残疾统统都保。", True),
])
def test_covers_named_and_who_may_buy_are_no_overstatement(text, flagged):
    assert ("EXAGGERATED_COVERAGE" in violations((A, text), line="health")) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("按月交的话，不想保了，下个月停了就不再扣钱。", False),  # how to stop a monthly cover
    ("这款下个月停了，现在不买就没了。", True),
])
def test_stopping_a_monthly_cover_is_no_deadline(text, flagged):
    assert ("PANIC_SELLING" in violations((A, text), line="accident")) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("保费每年从您存折上扣两千。", False),  # the account paid from
    ("这个就跟存折一样，钱放进来还能生利息。", True),
])
def test_the_passbook_paid_from_is_no_deposit(text, flagged):
    assert ("DEPOSIT_CONFUSION" in violations((A, text), line="accident")) is flagged


@pytest.mark.parametrize("text", [
    "车子出了啥毛病您打个电话，我们全部包了。",  # covers-everything
    "您放心，出了事我们都无条件给您赔。",  # unconditional-payout
    "住院、手术、复查，一分钱不用您掏。",  # pays-nothing-for-care
])
def test_overstatements_said_to_the_customer(text):
    assert "EXAGGERATED_COVERAGE" in violations((A, text), line="health")


@pytest.mark.parametrize(("text", "flagged"), [
    ("简单说一下：牙科不报、整容不报、等待期里生病不报，别的看条款。", False),  # exclusions listed
    ("醉驾就是不赔的，不是说买了就啥都赔。", False),  # an exclusion before the overstatement it denies
    ("家财两全保险，房子着火、被淹、水管爆了，修房子的钱都赔，最高二十万。", False),  # 两全 is a kind of product
    ("房子着火、被淹、水管爆了，全都赔。", True),
])
def test_exclusions_and_product_kinds_in_a_list_of_perils(text, flagged):
    assert ("EXAGGERATED_COVERAGE" in violations((A, text), line="health")) is flagged
