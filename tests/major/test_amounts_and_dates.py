"""Mediation and accountability amounts are bounded and outcomes follow their referral (issue 16 items 4, 14)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from xiaobao.core.errors import InvalidInput
from xiaobao.major import services as major_services


@pytest.fixture
def route(cast, make_complaint, clock):
    c = make_complaint()
    return major_services.mediation.refer(complaint_id=c.pk, by=cast.handler_a, kind="litigation",
                                          body="天山区人民法院", referred_on=date(2025, 10, 10))


@pytest.mark.parametrize("amount", [Decimal("1e20"), Decimal("-1"), Decimal("0.001"), Decimal("NaN")])
def test_a_mediation_amount_the_column_cannot_hold_is_refused(cast, route, amount):
    with pytest.raises(InvalidInput) as refused:
        major_services.mediation.record_outcome(route_id=route.pk, by=cast.handler_a, outcome="for_consumer",
                                                outcome_on=date(2025, 10, 13), amount=amount)
    assert refused.value.field == "amount"


def test_an_outcome_dated_before_its_referral_is_refused(cast, route):
    with pytest.raises(InvalidInput) as refused:
        major_services.mediation.record_outcome(route_id=route.pk, by=cast.handler_a, outcome="for_consumer",
                                                outcome_on=date(2025, 10, 9))
    assert refused.value.field == "outcome_on"
    done = major_services.mediation.record_outcome(route_id=route.pk, by=cast.handler_a, outcome="for_consumer",
                                                   outcome_on=date(2025, 10, 10), amount=Decimal("999999999999.99"))
    assert done.outcome_on == date(2025, 10, 10)


def test_a_session_held_before_the_referral_is_refused(cast, route):
    with pytest.raises(InvalidInput) as refused:
        major_services.mediation.add_session(route_id=route.pk, by=cast.handler_a, held_on=date(2025, 10, 1),
                                             notes="调解")
    assert refused.value.field == "held_on"


@pytest.mark.parametrize("amount", [Decimal("1e20"), Decimal("0.001")])
def test_an_accountability_amount_the_column_cannot_hold_is_refused(cast, make_complaint, amount):
    c = make_complaint()
    with pytest.raises(InvalidInput) as refused:
        major_services.accountability.propose(complaint_id=c.pk, by=cast.officer, finding="考核不到位",
                                              measure="fine", responsible_institution="650100", amount=amount)
    assert refused.value.field == "amount"


def test_the_api_refuses_an_absurd_outcome_amount_with_422(client, cast, route):
    from xiaobao.org import services as org_services

    token = org_services.token_create(user=cast.handler_a)
    r = client.post(f"/api/v1/routes/{route.pk}/outcome", {"outcome": "for_consumer", "outcome_on": "2025-10-13",
                                                          "amount": 1e20},
                    content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 422 and r.json()["field"] == "amount"
