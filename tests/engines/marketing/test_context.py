"""Context decides, not bare keywords: factual limits, ordinals, negations and quoted warnings."""

import pytest

from xiaobao.engines.marketing import Finding, check_text, violation_codes


def codes(text: str) -> list[str]:
    return violation_codes(check_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "意外医疗最高保额100万元，最长保障期限1年。",
        "第一年保费1280元，第二年起按续保费率收取。",
        "第一步，填写投保信息；第二步，完成健康告知。",
        "投保本车险可享受每年4次免费道路救援（拖车、搭电）。",
        "本产品保证续保20年，详见合同条款。",
        "监管规定不得承诺保本收益。",
        "本产品不保本，也不承诺收益。",
        "保险不是存款，不同于银行储蓄。",
        "《广告法》禁止使用“国家级”“最高级”“最佳”等用语。",
        "“稳赚不赔”“保本高收益”的说法都是误导。",
        "本产品将于2025年6月30日停止销售，已投保客户的保障不受影响。",
        "本产品已在国家金融监督管理总局备案，备案不代表对产品的推荐或保证。",
        "扣除免赔额后，符合合同约定的医疗费用按100%比例赔付。",
        "公司出资赠送一份交通意外险，无需支付任何费用。",
        "您最好先看一下条款，最重要的是看清免责部分。",
        "宽限期最后一天前请缴纳保费。",
        "谨防不法分子冒充保险公司诈骗。",
    ],
)
def test_compliant_wording_is_not_flagged(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这款是市面上最好的意外险。", ["ABSOLUTE_TERM"]),
        ("理赔速度全国第一！", ["ABSOLUTE_TERM"]),
        ("保本保息，稳赚不赔。", ["GUARANTEED_RETURN"]),
        ("年化收益保证5%。", ["GUARANTEED_RETURN"]),
        ("比存银行定期划算多了。", ["DEPOSIT_CONFUSION"]),
        ("最后3天！马上停售，赶紧上车！", ["PANIC_SELLING"]),
        ("银保监会推荐，国家指定承保。", ["REGULATOR_ENDORSEMENT"]),
        ("什么都保，无条件赔付。", ["EXAGGERATED_COVERAGE"]),
        ("别家的车险就是坑人，理赔太慢。", ["DENIGRATE_COMPETITOR"]),
        ("免费领取百万医疗，次月起每月19.9元。", ["MISLEADING_FREE"]),
    ],
)
def test_claims_are_flagged(text, expected):
    assert codes(text) == expected


def test_free_needs_a_premium_nearby():
    # a gift of accident cover can be truly free; medical cover said to be free is a paid product's lure (every blind
    # author since 2026-12-07 labels 免费领百万医疗 without a stated premium MISLEADING_FREE)
    assert codes("免费领取一份意外险！") == []
    assert codes("免费领取一份百万医疗险！") == ["MISLEADING_FREE"]
    assert codes("免费领取一份百万医疗险！第二个月起每月扣费29元。") == ["MISLEADING_FREE"]


def test_negation_only_reaches_within_the_clause():
    assert codes("不用犹豫，保本保息！") == ["GUARANTEED_RETURN"]
    assert codes("本产品不保本") == []


def test_a_warning_before_a_quoted_list_covers_every_item():
    assert codes("不得使用“零风险”“保本”“国家推荐”等用语。") == []


def test_multiple_codes_in_one_text():
    text = "国家指定的保险，保本保息，全网最低价，最后一天！"
    assert codes(text) == ["ABSOLUTE_TERM", "GUARANTEED_RETURN", "PANIC_SELLING", "REGULATOR_ENDORSEMENT"]


def test_finding_fields_and_offsets():
    text = "您好！本产品保本保息。"
    [finding] = check_text(text)
    assert isinstance(finding, Finding)
    assert text[finding.start:finding.end] == finding.text == "保本保息"
    assert finding.code == "GUARANTEED_RETURN"
    assert "广告法" in finding.basis and "第二十五条" in finding.basis
    assert finding.explanation and finding.suggestion


def test_full_width_digits_are_understood_and_offsets_kept():
    text = "出险后１００％理赔！"
    [finding] = check_text(text)
    assert finding.code == "EXAGGERATED_COVERAGE"
    assert text[finding.start:finding.end] == finding.text


def test_empty_and_plain_text():
    assert check_text("") == []
    assert check_text("今天天气很好。") == []


@pytest.mark.parametrize(
    "text",
    [
        "金融知识进万家：学会认清“保本”“稳赚”这些字眼背后的套路。",
        "千万别被“零门槛”“首月1分钱”骗了，次月扣费要看仔细。",
        "合规审查意见：文案中“行业第一”一句需删除，其余可发布。",
    ],
)
def test_education_and_review_texts_quote_claims_without_making_them(text):
    assert codes(text) == []


def test_a_warning_after_running_a_rival_down_is_part_of_it():
    # 小心 after a claim usually warns against the claim; after a jab at a rival it warns against the rival
    assert codes("那家公司出了名的拖着不赔，买他们的可要小心。") == ["DENIGRATE_COMPETITOR"]
    assert codes("承诺稳赚不赔的，都要小心。") == []


def test_a_negated_guarantee_inside_the_claim_is_a_disclaimer():
    assert codes("分红水平不保证，以实际结算为准。") == []
    assert codes("分红保证每年都有。") == ["GUARANTEED_RETURN"]


@pytest.mark.parametrize(
    "text",
    [
        "一看到“限时抢购”就下单，往往是冲动消费。",  # a quotation introduced as something seen or heard
        "有些广告里“稳赚不赔”四个字写得很大，到底能不能信？",
        "“保证年年有分红”——这样的话术你听过几次？",  # a quotation followed by "this kind of claim"
    ],
)
def test_a_quotation_heard_or_questioned_is_talked_about(text):
    assert codes(text) == []


def test_a_quotation_alone_is_still_a_claim():
    # quotation marks for emphasis, with nothing that reports or questions them, do not defuse the claim
    assert codes("这款产品“稳赚不赔”，放心买。") == ["GUARANTEED_RETURN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call excerpt quotes the seller whole: the warning word is the seller's own jab, not the text's warning
        ("坐席原话：“您别放心上，那家公司去年被罚了三回，保单迟早出问题，转到我们这儿稳稳的收益。”",
         ["GUARANTEED_RETURN", "DENIGRATE_COMPETITOR"]),
        # the same quotation in a text that warns in its own words is talked about
        ("消保提示：有坐席对客户说“那家公司去年被罚了三回，转到我们这儿稳稳的收益”，此类说法属于违规。", []),
    ],
)
def test_a_warning_word_inside_the_quotation_is_the_quoted_speakers(text, expected):
    assert codes(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a complaint later in the sentence reports the claim; without it the claim stands
        ("某平台的意外险首月0元，次月起每月扣费，不少用户投诉没看到扣费说明。", []),
        ("某平台的意外险首月0元，次月起每月扣费。", ["MISLEADING_FREE"]),
        # a court record tells what the seller said
        ("判决书摘录：被告的业务员向原告称该产品“保本保息”，与合同约定不符。", []),
        ("业务员说该产品保本保息。", ["GUARANTEED_RETURN"]),
        # a claim the speaker never makes is quoted, not made
        ("我从不对客户说“这份保险什么都赔”，免责条款都会念一遍。", []),
        ("我常对客户说“这份保险什么都赔”。", ["EXAGGERATED_COVERAGE"]),
        # an A-not-A question (是不是存款) is no denial
        ("客户问这是不是存款，就说它是一张长期存单。", ["DEPOSIT_CONFUSION"]),
        ("这款保险不是存款，也不是存单。", []),
        # "pays nothing" where cover is handed out speaks of the premium, after a claim of the care
        ("扫码领一份重疾险，一分钱都不用出，下个月起每月扣39元。", ["MISLEADING_FREE"]),
        ("一年保费八百，住院以后自己一分钱不用花。", ["EXAGGERATED_COVERAGE"]),
        # consumer education talks about what it quotes (如何看待“…”)
        ("消费者教育｜如何看待“限量最后一批”？先想清楚这笔钱的用途。", []),
        ("限量最后一批，想清楚了就下单。", ["PANIC_SELLING"]),
        # a penalty decision reports the company it names; the same jab in a post is one
        ("经查，那家公司理赔拖拖拉拉，存在违法行为。", []),
        ("那家公司理赔拖拖拉拉。", ["DENIGRATE_COMPETITOR"]),
    ],
)
def test_who_says_a_claim_and_about_what(text, expected):
    assert codes(text) == expected
