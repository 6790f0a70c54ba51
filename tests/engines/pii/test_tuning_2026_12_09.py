"""Families behind the misses on the 2026-12-09 sets (regression sets since s10-pii2), with variants of our own."""

import pytest

from .test_tuning_2026_12_08 import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("被保险人阿不来提·吐尔逊，电话见附件", "阿不来提·吐尔逊"),
        ("申请人：哈斯也提·买买提江", "哈斯也提·买买提江"),
        ("回访对象努尔万古丽·艾力，已接通", "努尔万古丽·艾力"),
        ("委托人图尔荪·依明签字确认", "图尔荪·依明"),
    ],
)
def test_a_dotted_name_keeps_syllables_that_are_words_elsewhere(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("复核人：吾买尔也提", ["吾买尔也提"]),
        ("收件人：阿迪来提，电话见上", ["阿迪来提"]),
        ("收件人巴特尔来了两次", []),  # (来 outside a 来提 ending is a verb: no longer name)
    ],
)
def test_an_undotted_name_ending_in_lai_ti_or_ye_ti(text, expected):
    assert [n for n in names(text) if n != "巴特尔"] == expected
