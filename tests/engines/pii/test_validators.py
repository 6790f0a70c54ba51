from datetime import date

import pytest

from xiaobao.engines.pii import birth_date_from_id, is_valid_id_card, is_valid_luhn, is_valid_vin


def _with_check(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def test_id_card_check_character():
    good = _with_check("65010219450927714")
    assert good.endswith("X")
    assert is_valid_id_card(good)
    assert is_valid_id_card(good.lower())
    assert is_valid_id_card(f"{good[:6]} {good[6:14]} {good[14:]}")
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    assert not is_valid_id_card(wrong)


@pytest.mark.parametrize(
    "value",
    [
        _with_check("65010219451327714"),  # month 13
        _with_check("00010219450927714"),  # no such province
        "6501021945092771",  # too short
        "abcdefghijklmnopqr",
    ],
)
def test_id_card_rejects(value):
    assert not is_valid_id_card(value)


def test_birth_date_from_id():
    assert birth_date_from_id(_with_check("65010219450927714")) == date(1945, 9, 27)
    assert birth_date_from_id("65010219450230714X") is None
    assert birth_date_from_id("123") is None


def test_luhn():
    assert is_valid_luhn("4111111111111111")
    assert is_valid_luhn("6228 4867 9381 4449 454")
    assert not is_valid_luhn("4111111111111112")
    assert not is_valid_luhn("")
    assert not is_valid_luhn("62a8")


def test_vin():
    assert is_valid_vin("1M8GDM9AXKP042788")  # textbook example, check digit X
    assert is_valid_vin("LHX0XN576CXBUM5SW")
    assert not is_valid_vin("1M8GDM9A1KP042788")
    assert not is_valid_vin("1M8GDM9AXKP04278")  # 16 characters
    assert not is_valid_vin("IM8GDM9AXKP042788")  # I is not allowed
