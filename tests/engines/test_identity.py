"""Birth date and age from a resident ID number (xiaobao.engines.identity): the elderly rule everywhere."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from xiaobao.engines import identity
from xiaobao.engines.pii.validators import id_check_char


def make_id(birth: str, area: str = "650102", serial: str = "123") -> str:
    first = f"{area}{birth}{serial}"
    return first + id_check_char(first)


def test_birth_date_of_an_18_character_id_is_characters_7_to_14():
    assert identity.birth_date(make_id("19650812")) == date(1965, 8, 12)
    assert identity.birth_date("650103195301191540") == date(1953, 1, 19)


def test_birth_date_of_a_15_digit_legacy_id_is_yymmdd_of_the_1900s():
    assert identity.birth_date("650102450312123") == date(1945, 3, 12)
    assert identity.birth_date("650102000101123") == date(1900, 1, 1)


@pytest.mark.parametrize("value", [
    "", "abc", "65010219650812123", "650102196508121235",  # too short; wrong check character
    make_id("19650230"),  # 30 February
    "990102196508121230",  # no such province
    "650102451312123",  # month 13 in a legacy ID
    "65010245031212X",  # letters in a legacy ID
])
def test_invalid_ids_have_no_birth_date_and_no_age(value):
    assert identity.birth_date(value) is None
    assert identity.age_on(value, date(2026, 1, 1)) is None
    assert not identity.is_elderly(value, date(2026, 1, 1))


def test_the_60th_birthday_itself_counts_as_60():
    id_number = make_id("19660315")
    birthday = date(2026, 3, 15)
    assert identity.age_on(id_number, birthday - timedelta(days=1)) == 59
    assert not identity.is_elderly(id_number, birthday - timedelta(days=1))
    assert identity.age_on(id_number, birthday) == 60
    assert identity.is_elderly(id_number, birthday)
    assert identity.is_elderly(id_number, birthday + timedelta(days=1))


def test_the_threshold_can_be_65():
    id_number = make_id("19610701")
    assert identity.is_elderly(id_number, date(2026, 6, 30))
    assert not identity.is_elderly(id_number, date(2026, 6, 30), threshold=65)
    assert identity.is_elderly(id_number, date(2026, 7, 1), threshold=65)


def test_a_29_february_birthday_counts_from_1_march_in_a_common_year():
    id_number = make_id("19640229")
    assert identity.age_on(id_number, date(2024, 2, 28)) == 59
    assert identity.age_on(id_number, date(2024, 2, 29)) == 60  # a leap year: the day itself
    common = make_id("19660228")  # control: a 28 February birthday in a common year
    assert identity.age_on(common, date(2026, 2, 28)) == 60
    born_leap = make_id("19680229")
    assert identity.age_on(born_leap, date(2028, 2, 28)) == 59
    assert identity.age_on(born_leap, date(2028, 2, 29)) == 60
    born_leap_common = make_id("19640229")
    assert identity.age_on(born_leap_common, date(2025, 2, 28)) == 60  # 61st birthday not yet reached
    assert identity.age_on(born_leap_common, date(2025, 3, 1)) == 61


def test_a_legacy_id_on_the_60th_birthday():
    id_number = "650102660315123"  # born 1966-03-15
    assert not identity.is_elderly(id_number, date(2026, 3, 14))
    assert identity.is_elderly(id_number, date(2026, 3, 15))


def test_a_day_before_birth_has_no_age():
    assert identity.age_on(make_id("20200101"), date(2019, 12, 31)) is None


def test_separators_and_a_lowercase_x_are_accepted():
    id_number = make_id("19650812")
    spaced = f"{id_number[:6]} {id_number[6:14]} {id_number[14:]}".lower()
    assert identity.birth_date(spaced) == date(1965, 8, 12)
