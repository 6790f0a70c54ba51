"""Passages of a masked text (a finding's quote with its context, as the review and outreach checks show them):
cut from the text masked as a whole, so a window edge never splits a personal value into halves that are no
longer recognised."""

from __future__ import annotations

import re

from tests.complaints.conftest import VALID_ID
from xiaobao.privacy.masking import MaskedText, mask_free_text

TEXT = f"客户张伟国来电，手机13812345678，身份证{VALID_ID}，要求退保。本产品保本保息，稳赚不赔！联系人李建华。"


def test_every_passage_is_a_piece_of_the_text_masked_as_a_whole():
    masked, whole = MaskedText(TEXT), mask_free_text(TEXT)
    for start in range(len(TEXT)):
        for end in range(start + 1, min(len(TEXT), start + 12) + 1):
            before, quote, after = masked.passage(start, end, context=6)
            assert before + quote + after in whole, (start, end)
            assert len(before) <= 6 and len(after) <= 6


def test_a_window_edge_inside_a_phone_number_shows_no_more_than_its_mask():
    masked = MaskedText(TEXT)
    at = TEXT.index("，身份证")
    before, _quote, _after = masked.passage(at, at + 1, context=8)  # the window starts inside the phone number
    assert "1234" not in before and not re.search(r"\d{5}", before), before
    # cut alone (the way a window used to be masked), the tail of the number is no phone and stays in clear
    assert re.search(r"\d{5}", mask_free_text(TEXT[at - 8:at]))


def test_a_quote_of_personal_data_is_masked_and_offsets_after_it_still_match():
    masked = MaskedText(TEXT)
    start = TEXT.index(VALID_ID)
    _before, quote, _after = masked.passage(start, start + len(VALID_ID), context=4)
    assert VALID_ID not in quote and "*" in quote
    start = TEXT.index("保本保息")
    assert masked.passage(start, start + 4, context=3) == ("本产品", "保本保息", "，稳赚")


def test_a_text_without_findings_never_runs_the_engine():
    masked = MaskedText(TEXT)
    assert masked._masked is None
