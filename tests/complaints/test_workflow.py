"""The workflow: every transition in the table, and everything outside it refused with nothing changed."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from tests.complaints.conftest import BEIJING
from xiaobao.audit.models import AuditEvent
from xiaobao.complaints import services, transitions
from xiaobao.complaints.codes import Status
from xiaobao.complaints.models import Complaint
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied


def fresh(c: Complaint) -> Complaint:
    return Complaint.objects.get(pk=c.pk)


def walk_to_approved(c, cast):
    c = services.accept(complaint_id=c.pk, version=c.version, by=cast.handler_a)
    c = services.submit(complaint_id=c.pk, version=c.version, by=cast.handler_a, decision="按条款赔付", result="partial",
                        compensation=Decimal("1200.00"))
    return services.approve(complaint_id=c.pk, version=c.version, by=cast.reviewer_a, comment="同意")


def test_register_to_closure(make_complaint, cast):
    c = walk_to_approved(make_complaint(), cast)
    c = services.close(complaint_id=c.pk, version=c.version, by=cast.handler_a, satisfaction="basic", feedback="接受")
    c = fresh(c)
    assert c.status == Status.CLOSED and c.closed_at and c.decided_at
    assert c.handler == cast.handler_a
    assert list(c.events.values_list("action", flat=True)) == ["register", "accept", "submit", "approve", "close"]
    audit_actions = set(AuditEvent.objects.filter(object_id=str(c.pk)).values_list("action", flat=True))
    assert {"complaint.accept", "complaint.submit", "complaint.approve", "complaint.close"} <= audit_actions


def test_the_transition_table_is_enforced_for_every_status_and_action(make_complaint, cast):
    """Walk the whole table: an action from a status outside its sources is refused and changes nothing."""
    c = make_complaint()
    for status in Status.values:
        Complaint.objects.filter(pk=c.pk).update(status=status)
        case = fresh(c)
        for action, spec in transitions.TRANSITIONS.items():
            if status in spec.sources:
                continue
            with pytest.raises(transitions.TransitionNotAllowed):
                services.perform(action, complaint_id=c.pk, version=case.version, by=cast.officer,
                                 **_minimal_fields(action))
            assert fresh(c).version == case.version and fresh(c).status == status


SAMPLE_FIELDS = {"reason": "x", "to_institution": "653100", "handler": "handler_a", "note": "x", "way": "phone",
                 "content": "x", "decision": "x", "result": "support", "satisfaction": "satisfied", "days": 5,
                 "into": "TS0"}


def _minimal_fields(action):
    from xiaobao.complaints.api import ACTION_FIELDS

    fields = {name: SAMPLE_FIELDS[name] for name in ACTION_FIELDS[action] if name in SAMPLE_FIELDS}
    if action == "contact":
        fields["at"] = timezone.now()
    return fields


def test_a_stale_version_is_refused_and_overwrites_nothing(make_complaint, cast):
    c = make_complaint()
    services.accept(complaint_id=c.pk, version=1, by=cast.handler_a)
    with pytest.raises(transitions.StaleVersion):
        services.add_note(complaint_id=c.pk, version=1, by=cast.handler_a, note="基于旧版本")
    assert not fresh(c).events.filter(action="note").exists()


def test_roles_are_checked(make_complaint, cast):
    c = services.accept(complaint_id=make_complaint().pk, version=1, by=cast.handler_a)
    c = services.submit(complaint_id=c.pk, version=c.version, by=cast.handler_a, decision="d", result="reject")
    with pytest.raises(PermissionDenied):  # a handler cannot approve
        services.approve(complaint_id=c.pk, version=c.version, by=cast.handler_a)
    with pytest.raises(PermissionDenied):  # the auditor is read-only
        services.add_note(complaint_id=c.pk, version=c.version, by=cast.auditor, note="x")


def test_a_case_outside_the_users_scope_is_not_found(make_complaint, cast):
    c = make_complaint()
    with pytest.raises(NotFound):
        services.accept(complaint_id=c.pk, version=1, by=cast.handler_b)
    assert fresh(c).status == Status.REGISTERED


def test_decline_needs_a_reason(make_complaint, cast):
    c = make_complaint()
    with pytest.raises(InvalidInput):
        services.decline(complaint_id=c.pk, version=1, by=cast.handler_a, reason=" ")
    c = services.decline(complaint_id=c.pk, version=1, by=cast.handler_a, reason="匿名且无联系方式",
                         reason_code="anonymous")
    assert fresh(c).status == Status.DECLINED


def test_transfer_hops_and_send_back(make_complaint, cast):
    c = make_complaint()
    c = services.transfer(complaint_id=c.pk, version=1, by=cast.handler_a, to_institution="653100", reason="属地处理")
    assert fresh(c).institution == cast.sub_b
    with pytest.raises(NotFound):  # the sender no longer sees it
        services.add_note(complaint_id=c.pk, version=c.version, by=cast.handler_a, note="x")
    c = services.send_back(complaint_id=c.pk, version=c.version, by=cast.handler_b, reason="非本机构承保")
    assert fresh(c).institution == cast.sub_a
    assert list(fresh(c).events.values_list("action", flat=True)) == ["register", "transfer", "send_back"]


def test_return_for_rework_goes_back_to_handling(make_complaint, cast):
    c = services.accept(complaint_id=make_complaint().pk, version=1, by=cast.handler_a)
    c = services.submit(complaint_id=c.pk, version=c.version, by=cast.handler_a, decision="d", result="support")
    c = services.return_for_rework(complaint_id=c.pk, version=c.version, by=cast.reviewer_a, reason="证据不足")
    assert fresh(c).status == Status.IN_PROGRESS


def test_extension_is_bounded_and_needs_a_higher_level_beyond_30_days(make_complaint, cast):
    c = make_complaint()
    c = services.extend(complaint_id=c.pk, version=1, by=cast.reviewer_a, reason="需外部鉴定", days=15)
    assert fresh(c).period_days == 30
    with pytest.raises(PermissionDenied):
        services.extend(complaint_id=c.pk, version=c.version, by=cast.reviewer_a, reason="特别复杂", days=10)
    c = services.extend(complaint_id=c.pk, version=c.version, by=cast.officer, reason="特别复杂", days=30)
    assert fresh(c).period_days == 60
    with pytest.raises(InvalidInput):
        services.extend(complaint_id=c.pk, version=c.version, by=cast.officer, reason="再延", days=1)
    with pytest.raises(PermissionDenied):  # handlers do not approve extensions
        services.extend(complaint_id=c.pk, version=c.version, by=cast.handler_a, reason="x", days=1)


def test_withdraw_ends_the_case(make_complaint, cast):
    c = services.withdraw(complaint_id=make_complaint().pk, version=1, by=cast.handler_a, reason="客户撤诉")
    assert fresh(c).status == Status.WITHDRAWN and fresh(c).closed_at


def test_reconsideration_goes_one_level_up_with_a_new_deadline(make_complaint, cast):
    received = timezone.now() - timedelta(days=3)
    c = walk_to_approved(make_complaint(received_at=received), cast)
    c = services.close(complaint_id=c.pk, version=c.version, by=cast.handler_a, satisfaction="unsatisfied")
    c = services.reconsider(complaint_id=c.pk, version=c.version, by=cast.handler_a, reason="对赔付金额不服")
    c = fresh(c)
    assert c.status == Status.IN_PROGRESS and c.institution == cast.branch
    assert c.due_at > timezone.now() + timedelta(days=25)
    assert c.decision == "" and c.closed_at is None
    assert c.events.get(action="reconsider").data["previous"]["result"] == "partial"


def test_reconsideration_after_the_request_period_is_refused(make_complaint, cast):
    c = walk_to_approved(make_complaint(received_at=timezone.now() - timedelta(days=2)), cast)
    c = services.close(complaint_id=c.pk, version=c.version, by=cast.handler_a, satisfaction="unsatisfied")
    with time_machine.travel(timezone.now() + timedelta(days=45)), pytest.raises(transitions.TransitionNotAllowed):
        services.reconsider(complaint_id=c.pk, version=c.version, by=cast.handler_a, reason="太晚")


def test_reopen_and_merge(make_complaint, cast):
    a, b = make_complaint(), make_complaint()
    b = services.merge(complaint_id=b.pk, version=1, by=cast.handler_a, into=a.number, reason="重复投诉")
    assert fresh(b).status == Status.MERGED and fresh(b).merged_into == a
    assert fresh(a).events.filter(action="merged_in").exists()
    a = services.withdraw(complaint_id=a.pk, version=fresh(a).version, by=cast.handler_a, reason="撤诉")
    a = services.reopen(complaint_id=a.pk, version=a.version, by=cast.reviewer_a, reason="客户撤回撤诉申请")
    assert fresh(a).status == Status.IN_PROGRESS and fresh(a).closed_at is None


def test_contacts_and_notes_are_on_the_timeline(make_complaint, cast):
    c = make_complaint()
    at = datetime(2025, 9, 27, 9, 30, tzinfo=BEIJING)
    c = services.record_contact(complaint_id=c.pk, version=1, by=cast.handler_a, at=at, way="phone",
                                content="电话联系客户，解释定损依据", outcome="客户要求书面答复")
    c = services.add_note(complaint_id=c.pk, version=c.version, by=cast.handler_a, note="已调取定损照片")
    assert fresh(c).contacts.get().outcome == "客户要求书面答复"
    assert list(fresh(c).events.values_list("action", flat=True))[-2:] == ["contact", "note"]


def test_assign_a_handler_of_the_institution(make_complaint, cast):
    c = make_complaint()
    c = services.assign(complaint_id=c.pk, version=1, by=cast.reviewer_a, handler="handler_a")
    assert fresh(c).handler == cast.handler_a
    with pytest.raises(InvalidInput):
        services.assign(complaint_id=c.pk, version=c.version, by=cast.reviewer_a, handler="handler_b")


def test_the_handler_cannot_approve_their_own_result(make_complaint, cast):
    from xiaobao.org.models import User
    from xiaobao.org.roles import Role

    both = cast.reviewer_a
    both.groups.add(*__import__("django.contrib.auth.models", fromlist=["Group"]).Group.objects.filter(
        name=Role.HANDLER))
    both = User.objects.get(pk=both.pk)
    c = services.accept(complaint_id=make_complaint().pk, version=1, by=both)
    c = services.submit(complaint_id=c.pk, version=c.version, by=both, decision="d", result="support")
    with pytest.raises(PermissionDenied):
        services.approve(complaint_id=c.pk, version=c.version, by=both)


def test_only_the_transition_module_assigns_a_complaints_status():
    """Nothing but transitions.apply() writes a case's `.status` (style.md rule 7)."""
    import pathlib
    import re

    import xiaobao.complaints as pkg

    assignment = re.compile(r"\b(c|complaint|case|target)\.status\s*=[^=]|update\(status=")
    root = pathlib.Path(pkg.__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if p.name != "transitions.py" and "migrations" not in p.parts
                 and assignment.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
