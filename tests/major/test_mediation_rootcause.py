"""Mediation keeps the statutory clock running; root cause, rectification, recurrence; accountability rules."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine

from tests.major.conftest import BEIJING, T0
from xiaobao.complaints import deadlines
from xiaobao.complaints.models import Complaint
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.engines.deadlines import SlaState
from xiaobao.major import selectors as selectors_major
from xiaobao.major import services as major_services
from xiaobao.major.models import RootCause
from xiaobao.major.models.mediation import REFERRAL_STOPS_STATUTORY_CLOCK


def test_a_mediation_referral_does_not_stop_the_statutory_clock(cast, make_complaint, clock):
    assert REFERRAL_STOPS_STATUTORY_CLOCK is False
    c = make_complaint()
    route = major_services.mediation.refer(complaint_id=c.pk, by=cast.handler_a, kind="mediation", body="新疆保险纠纷调解中心",
                                     referred_on=date(2025, 10, 13), mediator="孙调解员")
    fresh = Complaint.objects.get(pk=c.pk)
    assert (fresh.due_at, fresh.period_days, fresh.excluded_days) == (c.due_at, c.period_days, c.excluded_days)
    assert c.events.get(action="route_refer").data["stops_statutory_clock"] is False
    clock.move_to(c.due_at + timedelta(hours=1))  # mediation still pending: the case is overdue all the same
    assert deadlines.sla(fresh.due_at, None) == SlaState.OVERDUE
    assert route.outcome == "pending"


def test_outcomes_need_valid_data_and_an_agreement_document(cast, make_complaint, clock):
    c = make_complaint()
    route = major_services.mediation.refer(complaint_id=c.pk, by=cast.handler_a, kind="litigation", body="天山区人民法院",
                                     referred_on=date(2025, 10, 13))
    with pytest.raises(InvalidInput) as exc:
        major_services.mediation.record_outcome(route_id=route.pk, by=cast.handler_a, outcome="agreement",
                                          outcome_on=date(2025, 10, 13))
    assert exc.value.field == "agreement_id"
    with pytest.raises(InvalidInput):
        major_services.mediation.refer(complaint_id=c.pk, by=cast.handler_a, kind="mediation", body="x",
                                 referred_on=date(2025, 10, 20))  # in the future
    with pytest.raises(NotFound):
        major_services.mediation.add_session(route_id=route.pk, by=cast.handler_b, held_on=date(2025, 10, 13), notes="x")
    major_services.mediation.record_outcome(route_id=route.pk, by=cast.handler_a, outcome="for_consumer",
                                      outcome_on=date(2025, 10, 13), amount=Decimal("5000"))
    with pytest.raises(Conflict):
        major_services.mediation.add_session(route_id=route.pk, by=cast.handler_a, held_on=date(2025, 10, 13), notes="x")


def test_the_handler_proposes_and_the_reviewer_confirms_the_root_cause(cast, make_complaint):
    c = make_complaint()
    assert not major_services.rootcause.root_cause_confirmed(c)
    with pytest.raises(InvalidInput) as exc:
        major_services.rootcause.propose(complaint_id=c.pk, by=cast.handler_a, category="weather", analysis="x")
    assert exc.value.field == "category"
    with pytest.raises(InvalidInput) as exc:
        major_services.rootcause.propose(complaint_id=c.pk, by=cast.handler_a, category="sales_practice",
                                   sub_cause="slow", analysis="x")
    assert exc.value.field == "sub_cause"
    major_services.rootcause.propose(complaint_id=c.pk, by=cast.handler_a, category="sales_practice",
                               sub_cause="misleading", analysis="代理人夸大保障范围")
    with pytest.raises(PermissionDenied):
        major_services.rootcause.confirm(complaint_id=c.pk, by=cast.handler_a)
    cause = major_services.rootcause.confirm(complaint_id=c.pk, by=cast.reviewer_a, sub_cause="exclusions_not_explained")
    assert (cause.category, cause.sub_cause, cause.confirmed_by) == ("sales_practice", "exclusions_not_explained",
                                                                      cast.reviewer_a)
    assert major_services.rootcause.root_cause_confirmed(c)
    with pytest.raises(Conflict):
        major_services.rootcause.propose(complaint_id=c.pk, by=cast.handler_a, category="other", analysis="x")


def test_rectification_tasks_evidence_verification_and_overdue(cast, make_complaint, clock):
    c = make_complaint()
    with pytest.raises(PermissionDenied):
        major_services.rootcause.task_create(complaint_id=c.pk, by=cast.handler_a, title="x", owner="handler_a",
                                       due_on=date(2025, 10, 20))
    task = major_services.rootcause.task_create(complaint_id=c.pk, by=cast.reviewer_a, title="销售话术整改",
                                          owner="handler_a", due_on=date(2025, 10, 15))
    assert task.institution == cast.sub_a
    assert cast.handler_a.major_notices.filter(kind="rectification").exists()
    with pytest.raises(InvalidInput):
        major_services.rootcause.task_submit(task_id=task.pk, by=cast.handler_a, note="无附件")
    with pytest.raises(Conflict):
        major_services.rootcause.task_verify(task_id=task.pk, by=cast.officer, accepted=True)
    clock.shift(timedelta(days=3))
    assert list(selectors_major.overdue_rectifications(cast.officer)) == [task]
    assert list(selectors_major.overdue_rectifications(cast.handler_b)) == []  # outside scope, not owner
    import io

    major_services.rootcause.task_submit(task_id=task.pk, by=cast.handler_a, note="培训签到表",
                                   upload=("签到表.txt", io.BytesIO("培训签到\n".encode()), None))
    with pytest.raises(PermissionDenied):
        major_services.rootcause.task_verify(task_id=task.pk, by=cast.reviewer_a, accepted=True)
    major_services.rootcause.task_verify(task_id=task.pk, by=cast.officer, accepted=False, note="缺少考试记录")
    task.refresh_from_db()
    assert task.status == "open"


def _closed(make_complaint, cast, *, when, cause, institution="650100", product_line="motor"):
    c = make_complaint(by=cast.officer, institution=institution, product_line=product_line,
                       received_at=when - timedelta(days=5))
    Complaint.objects.filter(pk=c.pk).update(status="closed", closed_at=when)  # history, not workflow
    if cause:
        RootCause.objects.create(complaint=c, category=cause, analysis="x", proposed_by=cast.handler_a,
                                 confirmed_by=cast.reviewer_a, confirmed_at=when)
    return c


def test_recurrence_clusters_closed_cases_in_one_scoped_query(cast, make_complaint, django_assert_num_queries):
    for month, n in ((7, 1), (8, 3), (9, 2)):
        for i in range(n):
            _closed(make_complaint, cast, when=datetime(2025, month, 10 + i, 12, tzinfo=BEIJING),
                    cause="claims_process")
    _closed(make_complaint, cast, when=datetime(2025, 9, 3, 12, tzinfo=BEIJING), cause="sales_practice",
            institution="653100")
    _closed(make_complaint, cast, when=datetime(2025, 9, 4, 12, tzinfo=BEIJING), cause=None)
    since, until = datetime(2025, 7, 1, tzinfo=BEIJING), datetime(2025, 10, 1, tzinfo=BEIJING)
    selectors_major.recurrence(cast.officer, since=since, until=until)  # warm the rules cache
    with django_assert_num_queries(2):  # the rules version + the aggregate
        result = selectors_major.recurrence(cast.officer, since=since, until=until)
    assert result.periods == ["2025-07", "2025-08", "2025-09"]
    rows = {(r["cluster"].cause, r["cluster"].institution): r for r in map(result.row, result.clusters)}
    claims = rows[("claims_process", "650100")]
    assert claims["series"] == [1, 3, 2] and claims["recurring"] and claims["hot"] and claims["trend"] == -1
    assert rows[("unconfirmed", "650100")]["total"] == 1
    assert not rows[("sales_practice", "653100")]["recurring"]
    scoped = selectors_major.recurrence(cast.handler_b, since=since, until=until)
    assert [c.institution for c in scoped.clusters] == ["653100"]
    quarters = selectors_major.recurrence(cast.officer, since=since, until=until, by="quarter")
    assert quarters.periods == ["2025Q3"]


def test_accountability_needs_someone_responsible_and_a_different_approver(cast, heads, make_complaint):
    c = make_complaint()
    with pytest.raises(InvalidInput) as exc:
        major_services.accountability.propose(complaint_id=c.pk, by=cast.officer, finding="x", measure="education")
    assert exc.value.field == "responsible_user"
    with pytest.raises(InvalidInput) as exc:
        major_services.accountability.propose(complaint_id=c.pk, by=cast.officer, finding="x", measure="fine",
                                        responsible_institution="650100")
    assert exc.value.field == "amount"
    item = major_services.accountability.propose(complaint_id=c.pk, by=cast.officer, finding="考核不到位", measure="fine",
                                           responsible_institution="650100", amount=Decimal("2000"))
    with pytest.raises(PermissionDenied):
        major_services.accountability.decide(record_id=item.pk, by=cast.officer, approve=True)  # the proposer
    with pytest.raises(PermissionDenied):
        major_services.accountability.decide(record_id=item.pk, by=cast.reviewer_a, approve=True)  # not a head/officer
    with pytest.raises(InvalidInput):
        major_services.accountability.decide(record_id=item.pk, by=heads["sub_a"], approve=False)  # a rejection needs a note
    with time_machine.travel(T0, tick=False):
        item = major_services.accountability.decide(record_id=item.pk, by=heads["sub_a"], approve=True)
    assert item.status == "approved" and [a.period for a in item.assessments.all()] == ["2025Q4"]
    assert item.assessments.get().user is None
