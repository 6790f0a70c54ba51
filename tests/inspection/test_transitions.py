"""The inspection workflow table: every allowed step, and the refused ones (wrong status, role, owner)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from xiaobao.core.errors import Conflict, PermissionDenied
from xiaobao.inspection import transitions
from xiaobao.inspection.codes import Status

pytestmark = pytest.mark.django_db


def _case(status: str, inspector_id: int | None = None) -> SimpleNamespace:
    return SimpleNamespace(status=status, inspector_id=inspector_id)


def test_the_table_walks_from_sampled_to_each_end(cast, inspector):
    for action, end in (("conclude_pass", Status.PASSED), ("conclude_fail", Status.FAILED)):
        case = _case(Status.SAMPLED)
        assert transitions.apply(case, "take", inspector) == (Status.SAMPLED, Status.IN_PROGRESS)
        case.inspector_id = inspector.pk
        assert transitions.apply(case, "decide_finding", inspector) == (Status.IN_PROGRESS, Status.IN_PROGRESS)
        assert transitions.apply(case, action, inspector) == (Status.IN_PROGRESS, end)
    case = _case(Status.IN_PROGRESS, inspector.pk)
    assert transitions.apply(case, "release", inspector) == (Status.IN_PROGRESS, Status.SAMPLED)
    failed = _case(Status.FAILED, inspector.pk)
    assert transitions.apply(failed, "propose_accountability", cast.officer) == (Status.FAILED, Status.FAILED)


@pytest.mark.parametrize(("status", "action"), [
    (Status.SAMPLED, "conclude_fail"), (Status.SAMPLED, "decide_finding"), (Status.PASSED, "take"),
    (Status.FAILED, "conclude_pass"), (Status.PASSED, "release"), (Status.IN_PROGRESS, "propose_accountability"),
    (Status.SAMPLED, "no_such_action"),
])
def test_a_step_outside_the_table_is_a_conflict(inspector, status, action):
    with pytest.raises(Conflict):
        transitions.apply(_case(status, inspector.pk), action, inspector)


def test_roles_and_ownership_are_enforced(cast, inspector):
    for user in (cast.handler_a, cast.reviewer_a, cast.auditor, cast.admin):
        with pytest.raises(PermissionDenied):
            transitions.check(_case(Status.SAMPLED), "take", user)
    taken = _case(Status.IN_PROGRESS, cast.officer.pk)
    with pytest.raises(PermissionDenied):  # another inspector's call
        transitions.check(taken, "conclude_fail", inspector)
    assert transitions.may(_case(Status.IN_PROGRESS, inspector.pk), "conclude_fail", cast.officer)  # officers may
    with pytest.raises(PermissionDenied):  # accountability goes through officers
        transitions.check(_case(Status.FAILED, inspector.pk), "propose_accountability", inspector)
    case = _case(Status.SAMPLED)
    transitions.apply(case, "take", inspector)
    assert case.status == Status.IN_PROGRESS
