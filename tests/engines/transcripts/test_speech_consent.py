"""Consent as it is said on the phone in regional speech (s15-txtune2): a yes in dialect (中, 要得, 得啦, 妥),
"do it" verbs of everyday speech (弄, 整, 搞, 开) with 吧/嘛, renewing "as last year", and a yes followed by a
question about where to pay (the purchase is taken for granted). Every call is written for this file; the
refusals and hesitations beside them stay no consent. Then identity said as "X保险那个NAME" / "X财险NAME" (a
generic 保险公司, an outbound campaign, a clause that sells or places the policy name no employer) and cover told
by the perils paid for. The rules are checked alone (the steps model off)."""

import pytest

from tests.engines.transcripts.test_speech_names import A, C, steps

OFFER = (A, "这款青禾家财险，一年四百二，房子着火、水管爆了泡坏东西都赔。")


@pytest.mark.parametrize("answer", [
    "中，弄吧。",
    "中中，给俺弄上。",
    "那中，你给我办了吧。",
    "要得嘛，整起。",
    "整嘛，就它了。",
    "搞嘛，给我也续一年。",
    "就这么弄吧。",
    "那就这么搞吧。",
    "行，那开了吧。",
    "得啦，帮我开个。",
    "那就照去年那样办吧。",
    "照上回的续。",
    "好，钱打哪个账户？",
    "要得，付款码发过来嘛，我扫。",
])
def test_consent_in_everyday_speech(answer):
    assert "CUSTOMER_CONSENT" in steps([OFFER, (C, "出了险咋个赔？"), (A, "您拍照报案，我们上门定损。"),
                                        (C, answer)])


@pytest.mark.parametrize("answer", [
    "中不中我回头再说。",
    "弄啥呀，不需要。",
    "算了嘛，今年不整了。",
    "就这么着吧，我再琢磨琢磨。",
    "照去年那样？那不行，太贵了。",
    "好，你先发我看看。",
    "钱打哪个账户？我还没想好买不买。",
    "中途能退吗？",
])
def test_no_consent_when_it_hesitates_refuses_or_asks(answer):
    assert "CUSTOMER_CONSENT" not in steps([OFFER, (C, "出了险咋个赔？"), (A, "您拍照报案，我们上门定损。"),
                                            (C, answer)])


# ------------------------------------------------------------------ AGENT_IDENTITY
def identity(turns):
    return "AGENT_IDENTITY" in steps(turns)


@pytest.mark.parametrize("turns", [
    # the company, then 那个 and the name; or the company and the name run together when confirming
    [(A, "刘哥，我，青禾保险那个潘立新，年年给您续车险的。")],
    [(A, "喂，王姐。"), (C, "你是青禾的小潘吧？"), (A, "对，青禾财险潘立新。")],
])
def test_identity_company_then_name(turns):
    assert identity(turns)


@pytest.mark.parametrize("turns", [
    [(A, "我是保险公司的小潘，潘立新，工号QH2231。"), (C, "哪家公司？"), (A, "就是管看病报销的那个。")],
    [(A, "我是保险公司的，姓潘。"), (C, "哪家？"), (A, "就是做商铺保险的，您店面要不要保一下。")],
    [(A, "喂，我这边是统一外呼，跟您说下青禾财险的店铺险。")],
    [(A, "张总，我老潘，跟您说下车险。"), (C, "说。"), (A, "今年还给您放青禾保险，价钱不变。")],
])
def test_no_identity_without_a_company_of_ones_own(turns):
    assert not identity(turns)


# ------------------------------------------------------------------ COVERAGE
@pytest.mark.parametrize("text", [
    "羊要是病死了、被洪水冲走了，一只最多赔六百。",
    "大棚被冰雹砸了、被台风掀了，按面积赔。",
    "铺子里着火了、水管爆了把货泡了，损失都给您赔。",
])
def test_cover_by_the_perils_it_pays_for(text):
    assert "COVERAGE" in steps([(A, text)])


def test_a_peril_that_is_excluded_is_no_cover():
    assert "COVERAGE" not in steps([(A, "洪水冲走的不赔。")])


# ------------------------------------------------------------------ COOLING_OFF_OR_CANCELLATION
@pytest.mark.parametrize("text", ["铺子不开了能退，按还没保的月份退给您。", "中途不要了可以退，剩下的月数按比例算。"])
def test_a_refund_by_the_months_not_used(text):
    assert "COOLING_OFF_OR_CANCELLATION" in steps([(A, text)])


def test_months_without_a_refund_are_no_rule():
    assert "COOLING_OFF_OR_CANCELLATION" not in steps([(A, "一共保十二个月，按月扣钱。")])
