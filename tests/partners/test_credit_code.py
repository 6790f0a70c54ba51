"""统一社会信用代码 (GB 32100-2015): the check character, and the reasons a code is refused."""

from __future__ import annotations

import pytest

from tests.partners.conftest import VALID_CODES
from xiaobao.partners import credit_code


@pytest.mark.parametrize("code", VALID_CODES)
def test_published_codes_are_valid(code):
    assert credit_code.is_valid(code)
    assert credit_code.check_character(code[:17]) == code[17]


def test_spaces_and_lower_case_are_normalised():
    assert credit_code.is_valid(" 91110000710931141j ")


@pytest.mark.parametrize(("code", "reason"), [
    ("91110000710931141", "length"),  # 17 characters
    ("91110000710931141JX", "length"),
    ("91110000710931141I", "alphabet"),  # I is not in the alphabet
    ("9111000071093114OJ", "alphabet"),  # nor O
    ("91AB0000710931141J", "division"),  # characters 3-8 are digits
    ("91110000710931141K", "check"),  # one character off
    ("91110000710931142J", "check"),  # a typing error in the body
    ("91110000701931141J", "check"),  # two digits swapped
])
def test_invalid_codes_say_why(code, reason):
    assert credit_code.problem(code) == reason
    assert not credit_code.is_valid(code)


def test_check_character_zero_when_the_sum_is_a_multiple_of_31():
    # Body of all zeros: sum 0, so 31 - 0 = 31 → the character for 0.
    assert credit_code.check_character("0" * 17) == "0"
