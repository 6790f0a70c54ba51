"""Complaints from elderly and minority-language customers: flagged on intake, counted apart."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.complaints.conftest import BEIJING, intake
from tests.engines.test_identity import make_id
from xiaobao.complaints import services
from xiaobao.core.errors import InvalidInput
from xiaobao.core.registry import Period, compute_measure

pytestmark = pytest.mark.django_db

BIRTH = "19650926"  # 60 on 2025-09-26


def _person(id_number: str) -> services.ComplainantIn:
    return services.ComplainantIn(name="李四", phone="13900001111", id_number=id_number)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=BEIJING)


@pytest.mark.parametrize(("received", "elderly"), [
    (date(2025, 9, 25), False), (date(2025, 9, 26), True), (date(2025, 9, 27), True)])
def test_elderly_on_intake_from_the_birth_date_on_the_received_day(make_complaint, received, elderly):
    c = make_complaint(complainant=_person(make_id(BIRTH)), received_at=_at(received))
    assert c.is_elderly is elderly


def test_the_received_day_is_the_beijing_date(make_complaint):
    # 2025-09-25 17:00 UTC is 2025-09-26 01:00 in Beijing: the 60th birthday
    from datetime import UTC
    c = make_complaint(complainant=_person(make_id(BIRTH)), received_at=datetime(2025, 9, 25, 17, 0, tzinfo=UTC))
    assert c.is_elderly


def test_a_15_digit_legacy_id_is_accepted_and_read(make_complaint):
    c = make_complaint(complainant=_person("650102450312123"))
    assert c.is_elderly


def test_an_invalid_id_is_refused_with_its_field(cast):
    with pytest.raises(InvalidInput) as refused:
        services.register(intake(complainant=_person("650102451312123")), by=cast.handler_a)
    assert refused.value.field == "complainant.id_number"


def test_the_explicit_field_flags_a_customer_without_an_id_number(make_complaint):
    assert make_complaint(complainant=_person(""), is_elderly=True).is_elderly
    assert not make_complaint(complainant=_person("")).is_elderly


def test_the_age_is_a_setting(make_complaint, settings):
    settings.ELDERLY_AGE = 65
    assert not make_complaint(complainant=_person(make_id(BIRTH))).is_elderly
    assert make_complaint(complainant=_person(make_id("19600926"))).is_elderly


def test_counted_apart_in_the_measures(make_complaint, cast):
    day = date(2025, 9, 26)
    make_complaint(complainant=_person(make_id("19500101")), received_at=_at(day))  # elderly
    make_complaint(complainant=_person(make_id("19500102", serial="456")), received_at=_at(day),
                   needs_minority_language=True)  # elderly and minority language
    make_complaint(complainant=_person(make_id("19900101")), received_at=_at(day), needs_minority_language=True)
    make_complaint(complainant=_person(make_id("19900102")), received_at=_at(day))  # neither
    make_complaint(complainant=_person(make_id("19500103")), received_at=_at(day - timedelta(days=90)))  # Q2
    period = Period.quarter(2025, 3)
    elderly = compute_measure("complaints.elderly_count", cast.branch, period)
    minority = compute_measure("complaints.minority_language_count", cast.branch, period)
    assert (elderly.value, minority.value) == (2, 2)
    assert compute_measure("complaints.elderly_count", cast.sub_b, period).value == 0


def test_the_drill_down_lists_the_flagged_cases(client, make_complaint, cast):
    elderly = make_complaint()
    young = make_complaint(complainant=_person(make_id("19900101")))
    client.force_login(cast.officer)
    page = client.get("/complaints/figures/", {"figure": "elderly", "start": "2025-07-01", "end": "2025-09-30"})
    body = page.content.decode()
    assert page.status_code == 200 and elderly.number in body and young.number not in body
