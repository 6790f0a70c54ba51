"""The demo step: the seeded bank (≥ 60 questions), a plan with attendance, attempts in every state; idempotent."""

from __future__ import annotations

import pytest

from xiaobao.org import demo as org_demo
from xiaobao.training import demo
from xiaobao.training.codes import AttemptStatus
from xiaobao.training.models import Attempt, Attendance, Course, Question

pytestmark = pytest.mark.django_db


def test_demo_seeds_a_bank_a_plan_and_attempts_in_every_state():
    org_demo.seed_organisation()
    demo.seed()
    assert Question.objects.count() >= 60 and Question.objects.filter(kind="short").exists()
    assert Course.objects.count() == 4 and Attendance.objects.exists()
    assert set(Attempt.objects.values_list("status", flat=True)) == set(AttemptStatus.values)
    counts = (Question.objects.count(), Attempt.objects.count(), Attendance.objects.count())
    demo.seed()
    assert (Question.objects.count(), Attempt.objects.count(), Attendance.objects.count()) == counts
