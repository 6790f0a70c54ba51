"""A heading that combines 保险责任 and 责任免除 heads the cover too; a document without any exclusion clause has
no emphasised exclusions. Documents are built in the test."""

from tests.engines.disclosure.test_lead_ins import _check, _flagged

SCOPE = [("第一部分 保险标的", True), "第一条 本保险承保被保险人所有的店铺内的货架、存货和收银设备。"]
REST = [("第三部分 保险期间", True), "第六条 保险期间为一年，以保险单载明的日期为准。"]


def test_cover_articles_under_a_combined_heading_are_not_exclusions():
    result = _check([
        *SCOPE,
        ("第二部分 保险责任和责任免除", True),
        "第二条 保险期间内，因火灾、水管爆裂造成保险标的损失的，保险人按照本合同约定负责赔偿。",
        "第三条 被保险人为减少损失支付的必要、合理的施救费用，保险人也负责赔偿。",
        ("第四条 下列原因造成的损失，保险人不负责赔偿：", True),
        ("（一）被保险人的故意行为；", True),
        ("（二）存货自然变质、霉烂。", True),
        *REST,
    ])
    assert result.exclusions_emphasized
    assert _flagged(result) == []
    assert result.exclusion_clauses == 2
    assert {"COVERAGE", "EXCLUSIONS"} <= set(result.sections_present)


def test_plain_items_under_a_combined_heading_are_still_flagged():
    result = _check([
        *SCOPE,
        ("第二部分 保险责任和责任免除", True),
        "第二条 保险期间内，因火灾造成保险标的损失的，保险人负责赔偿。",
        "第三条 下列原因造成的损失，保险人不负责赔偿：",
        "（一）被保险人的故意行为；",
        ("（二）存货自然变质、霉烂。", True),
        *REST,
    ])
    assert not result.exclusions_emphasized
    assert _flagged(result) == ["被保险人的故意行为；"]


def test_a_cover_article_that_also_excludes_stays_a_clause():
    result = _check([
        *SCOPE,
        ("第二部分 保险责任和责任免除", True),
        "第二条 因火灾造成的损失保险人负责赔偿，但被保险人故意纵火的，保险人不负责赔偿。",
        *REST,
    ])
    assert not result.exclusions_emphasized


def test_a_rider_without_any_exclusion_has_none_emphasised():
    result = _check([
        ("附加玻璃单独破碎保险条款", True),
        ("第一条 保险期间内，保险标的的玻璃单独破碎的，保险人按照本附加险合同约定负责赔偿。", True),
        "第二条 本附加险合同未约定事项，以主险合同的条款为准。",
    ])
    assert result.exclusion_clauses == 0
    assert not result.exclusions_emphasized
