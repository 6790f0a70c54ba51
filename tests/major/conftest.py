"""Major-complaint test helpers: the shared cast plus heads who receive notices; cases made through intake."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.factories import UserFactory
from xiaobao.complaints import services
from xiaobao.complaints.models import Complaint
from xiaobao.major import grading
from xiaobao.org.roles import Role

BEIJING = ZoneInfo("Asia/Shanghai")
T0 = datetime(2025, 10, 13, 9, 0, tzinfo=BEIJING)  # a Monday morning, after the case was received


@pytest.fixture(autouse=True)
def _fresh_rules():
    grading._cache.clear()
    yield
    grading._cache.clear()


@pytest.fixture
def clock():
    """A controllable clock starting at T0 (no sleeps): `clock.shift(hours=5)`."""
    with time_machine.travel(T0, tick=False) as traveller:
        yield traveller


@pytest.fixture
def heads(cast):
    """A head at sub_a and one at the branch, with e-mail addresses (they are told of major cases)."""
    cast.handler_a.email = "handler_a@example.cn"
    cast.handler_a.save(update_fields=["email"])
    return {
        "sub_a": UserFactory(username="head_a", full_name="周主任", institution=cast.sub_a, roles=[Role.HEAD],
                             email="head_a@example.cn"),
        "branch": UserFactory(username="head_branch", full_name="吴总", institution=cast.branch, roles=[Role.HEAD],
                              email="head_branch@example.cn"),
    }



def group_complaint(make, **overrides) -> Complaint:
    """A group complaint of 12 policyholders (重大 under the shipped rules), received the Friday before T0."""
    data = {"complainant_count": 12, "summary": "12名农户集体投诉农险理赔迟延。", "product_line": "agriculture",
            "category": "agriculture", "received_at": datetime(2025, 10, 10, 16, 0, tzinfo=BEIJING),
            "complainant": services.ComplainantIn(name="李四", phone="13900001111")}
    data.update(overrides)
    return make(**data)
