"""The inspector's workflow: take, confirm/override findings, score and conclude; 不合格 opens a rectification
task; refused steps; scoped reads; accountability through a complaint about the same policy."""

from __future__ import annotations

import pytest

from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.inspection import selectors
from xiaobao.inspection.codes import FindingKind, FindingState, Status
from xiaobao.inspection.models import Inspection
from xiaobao.inspection.services import workflow
from xiaobao.major import rectification
from xiaobao.traceability import samples

pytestmark = pytest.mark.django_db


@pytest.fixture
def sampled(call, all_calls_plan, head_a):
    def make(turns=samples.BAD_CALL, **kwargs) -> Inspection:
        item = call(turns, **kwargs)
        return Inspection.objects.get(auto_check__item=item)
    return make


def _decide_all(inspection, by, *, confirm=True):
    for f in inspection.auto_check.findings.filter(kind__in=[FindingKind.STEP_MISSING, FindingKind.VIOLATION]):
        workflow.decide_finding(finding_id=f.pk, by=by, confirm=confirm, reason="" if confirm else "人工复核已说明")


def test_a_failed_call_opens_a_rectification_task(sampled, inspector, head_a):
    inspection = sampled()
    inspection = workflow.take(inspection_id=inspection.pk, version=inspection.version, by=inspector)
    assert inspection.status == Status.IN_PROGRESS and inspection.inspector == inspector
    with pytest.raises(InvalidInput) as caught:  # findings not decided yet
        workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector, conclusion="fail",
                          score=40, note="未说明责任免除，承诺保本")
    assert caught.value.field == "findings"
    _decide_all(inspection, inspector)
    inspection.refresh_from_db()
    assert workflow.suggested_score(inspection) < 80
    with pytest.raises(InvalidInput):  # a confirmed violation cannot pass
        workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector, conclusion="pass",
                          score=90)
    with pytest.raises(InvalidInput) as caught:  # a fail needs a note
        workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector, conclusion="fail",
                          score=40)
    assert caught.value.field == "note"
    done = workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector,
                             conclusion="fail", score=40, note="未说明责任免除，承诺保本保息，客户电话13812345678")
    assert done.status == Status.FAILED and done.rectification_task_id
    task = rectification.tasks_for(done).get()
    assert task.owner == head_a and task.institution == done.institution and task.source == "inspection"
    assert "13812345678" not in task.description and "13812345678" not in done.conclusion_note_masked
    assert [e.action for e in done.events.all()][-1] == "conclude"


def test_a_pass_needs_the_pass_score(sampled, inspector):
    inspection = sampled(samples.GOOD_CALL)
    inspection = workflow.take(inspection_id=inspection.pk, version=inspection.version, by=inspector)
    _decide_all(inspection, inspector, confirm=False)
    inspection.refresh_from_db()
    with pytest.raises(InvalidInput) as caught:
        workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector, conclusion="pass",
                          score=50)
    assert caught.value.field == "score"
    done = workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector,
                             conclusion="pass", score=95)
    assert done.status == Status.PASSED and done.rectification_task_id is None
    assert not done.auto_check.findings.filter(state=FindingState.OPEN, kind=FindingKind.VIOLATION).exists()


def test_refused_steps(sampled, inspector, cast):
    inspection = sampled()
    for user in (cast.handler_a, cast.auditor, cast.reviewer_a):
        with pytest.raises((PermissionDenied, NotFound)):
            workflow.take(inspection_id=inspection.pk, version=inspection.version, by=user)
    with pytest.raises(Conflict):  # not taken yet
        workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector, conclusion="fail",
                          score=10, note="不合格的说明")
    taken = workflow.take(inspection_id=inspection.pk, version=inspection.version, by=inspector)
    with pytest.raises(Conflict):  # stale version
        workflow.take(inspection_id=inspection.pk, version=inspection.version, by=cast.officer)
    from tests.factories import UserFactory
    from xiaobao.org.roles import Role

    other = UserFactory(username="inspector2", institution=cast.branch, roles=[Role.COMPLIANCE_REVIEWER])
    finding = taken.auto_check.findings.first()
    with pytest.raises(PermissionDenied):  # another inspector's call
        workflow.decide_finding(finding_id=finding.pk, by=other, confirm=True)
    with pytest.raises(InvalidInput):  # overriding needs a reason
        workflow.decide_finding(finding_id=finding.pk, by=inspector, confirm=False, reason="")
    released = workflow.release(inspection_id=taken.pk, version=taken.version, by=inspector, reason="换人质检")
    assert released.status == Status.SAMPLED and released.inspector is None


def test_reads_are_scoped(sampled, cast, inspector):
    mine = sampled(institution="650100")
    theirs = sampled(institution="653100")
    assert set(selectors.inspections_visible_to(cast.handler_a)) == {mine}
    assert set(selectors.inspections_visible_to(cast.handler_b)) == {theirs}
    assert set(selectors.inspections_visible_to(inspector)) == {mine, theirs}
    assert set(selectors.inspections_visible_to(cast.admin)) == set()
    with pytest.raises(NotFound):
        selectors.inspection_get(user=cast.handler_b, pk=mine.pk)
    assert list(selectors.queue_inspections(cast.handler_a)) == []  # reads, but nothing to work on
    assert set(selectors.queue_inspections(inspector)) == {mine, theirs}


def test_accountability_goes_through_a_complaint_about_the_policy(sampled, inspector, cast, make_complaint):
    inspection = sampled()
    inspection = workflow.take(inspection_id=inspection.pk, version=inspection.version, by=inspector)
    _decide_all(inspection, inspector)
    inspection.refresh_from_db()
    inspection = workflow.conclude(inspection_id=inspection.pk, version=inspection.version, by=inspector,
                                   conclusion="fail", score=30, note="承诺保本，未说明免责")
    with pytest.raises(PermissionDenied):  # proposals are the officer's
        workflow.propose_accountability(inspection_id=inspection.pk, by=inspector, measure="education",
                                        finding="销售误导")
    with pytest.raises(InvalidInput):  # no complaint about this policy
        workflow.propose_accountability(inspection_id=inspection.pk, by=cast.officer, measure="education",
                                        finding="销售误导")
    make_complaint(policy_number=inspection.auto_check.sale.policy_number)
    done = workflow.propose_accountability(inspection_id=inspection.pk, by=cast.officer, measure="education",
                                           finding="销售误导，承诺保本")
    from xiaobao.major.models import AccountabilityRecord

    record = AccountabilityRecord.objects.get(pk=done.accountability_record_id)
    assert record.responsible_institution == inspection.institution


def test_every_inspection_measure_batched_equals_one_by_one(sampled, inspector, cast):
    from django.utils import timezone

    from tests.batches import batch_equals_one_by_one, module_codes
    from xiaobao.core.registry import Period

    failed = sampled()  # 乌鲁木齐: concluded as failed
    failed = workflow.take(inspection_id=failed.pk, version=failed.version, by=inspector)
    _decide_all(failed, inspector)
    failed.refresh_from_db()
    workflow.conclude(inspection_id=failed.pk, version=failed.version, by=inspector, conclusion="fail", score=40,
                      note="未说明责任免除，承诺保本保息")
    sampled(institution="650102", agent="TS8802")  # the outlet below it, and 喀什: still open
    sampled(institution="653100", agent="TS8803")
    codes = {"inspection.inspected_count", "inspection.failure_rate", "inspection.violation_count"}
    assert set(module_codes("inspection")) == codes
    today = timezone.localdate()
    seen = batch_equals_one_by_one(codes, [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b],
                                   [Period.year(2026), Period.year(today.year), Period.month(today.year, today.month),
                                    Period.year(2024)])
    year = Period.year(today.year).label
    assert seen[("inspection.inspected_count", "650000", year)] == 1
    assert seen[("inspection.failure_rate", "650100", year)] == 100
    assert seen[("inspection.failure_rate", "653100", year)] is None
    sold = Period.year(2026).label
    assert seen[("inspection.violation_count", "650000", sold)] == sum(
        seen[("inspection.violation_count", code, sold)] for code in ("650100", "653100"))
    assert seen[("inspection.violation_count", "650102", sold)] >= 1
