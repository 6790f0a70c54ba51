"""The inspection module's cast: the shared one plus a compliance reviewer (the 质检员) at the branch."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from xiaobao.org.roles import Role


@pytest.fixture
def inspector(cast):
    return UserFactory(username="inspector", full_name="周检", institution=cast.branch,
                       roles=[Role.COMPLIANCE_REVIEWER])
