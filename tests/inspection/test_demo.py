"""The demo step: made through the services, every state present once transcripts exist, idempotent."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from xiaobao.inspection import demo
from xiaobao.inspection.codes import Status
from xiaobao.inspection.models import Inspection, SamplingPlan
from xiaobao.org.roles import Role
from xiaobao.traceability import samples

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_people(cast, head_a):
    UserFactory(username="xj.officer1", institution=cast.branch, roles=[Role.OFFICER])
    UserFactory(username="xj.compliance", institution=cast.branch, roles=[Role.COMPLIANCE_REVIEWER])


def test_without_transcripts_the_demo_makes_plans_only(demo_people):
    demo.seed()
    assert SamplingPlan.objects.count() == len(demo.PLANS) and not Inspection.objects.exists()


def test_the_demo_works_calls_into_every_state(call, demo_people):
    for turns in (samples.BAD_CALL, samples.GOOD_CALL, samples.BAD_CALL, samples.GOOD_CALL):
        call(turns)
    demo.seed()
    states = set(Inspection.objects.values_list("status", flat=True))
    assert states == {Status.SAMPLED, Status.IN_PROGRESS, Status.PASSED, Status.FAILED}
    assert Inspection.objects.get(status=Status.FAILED).rectification_task_id
    demo.seed()
    assert Inspection.objects.count() == 4
