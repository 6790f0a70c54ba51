from __future__ import annotations

import pytest

from tests.factories import UserFactory
from xiaobao.core import registry
from xiaobao.org.roles import Role


@pytest.fixture
def people(cast):
    """A second officer (the second reviewer), the branch head (approves), sub_a's head (self-assessment)."""
    class People:
        officer2 = UserFactory(username="officer2", full_name="周二", institution=cast.branch, roles=[Role.OFFICER])
        head = UserFactory(username="branch_head", full_name="吴总", institution=cast.branch, roles=[Role.HEAD])
        head_a = UserFactory(username="head_a", full_name="郑总", institution=cast.sub_a, roles=[Role.HEAD])
    return People


@pytest.fixture
def without_outreach(monkeypatch):
    """As if no module provided outreach.activity_count (the outreach app may be installed by now)."""
    monkeypatch.delitem(registry._measures, "outreach.activity_count", raising=False)
