"""Response clocks: started by the confirmed level, met in time, or missed and escalated one level up —
by the worker's periodic task (the system as actor) or `xiaobao escalate`, never by reading the board — on a
controllable clock (time_machine), never sleeps."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from tests.major.conftest import T0, group_complaint
from xiaobao.audit.models import AuditEvent
from xiaobao.complaints import services
from xiaobao.complaints.models import ComplaintEvent
from xiaobao.core import registry, schedule
from xiaobao.core.errors import Conflict, InvalidInput
from xiaobao.major import services as major_services
from xiaobao.major import tasks
from xiaobao.major.models import Notice, ResponseClock


@pytest.fixture
def graded(cast, heads, make_complaint, clock, django_capture_on_commit_callbacks, mailoutbox):
    c = group_complaint(make_complaint)
    services.accept(complaint_id=c.pk, version=1, by=cast.handler_a)
    with django_capture_on_commit_callbacks(execute=True):
        major_services.grading.confirm(complaint_id=c.pk, by=cast.officer)  # suggested 重大, confirmed
    return c


def test_the_level_starts_its_clocks_and_tells_the_people_it_names(graded, cast, heads, mailoutbox):
    clocks = {k.kind: k for k in ResponseClock.objects.filter(major__complaint=graded)}
    assert clocks["first_response"].due_at == T0 + timedelta(hours=4)  # 重大: 4 h, report 12 h (rules data)
    assert clocks["report"].due_at == T0 + timedelta(hours=12)
    told = set(Notice.objects.filter(complaint=graded, kind="grading").values_list("recipient__username", flat=True))
    assert told == {"handler_a", "reviewer_a", "head_a", "head_branch", "officer"}
    assert sorted(m.to[0] for m in mailoutbox) == ["handler_a@example.cn", "head_a@example.cn",
                                                    "head_branch@example.cn"]
    assert "重大" in mailoutbox[0].subject or "Major" in mailoutbox[0].subject
    notify = graded.events.get(action="major_notify")
    assert set(notify.data["notified"]) == told and AuditEvent.objects.filter(action="complaint.major_notify").exists()


def test_a_clock_met_in_time_is_never_escalated(graded, cast, clock):
    clock.shift(timedelta(hours=3))
    major_services.response.clock_met(complaint_id=graded.pk, by=cast.handler_a, kind="first_response",
                                note="已电话联系投诉代表，约定次日上门")
    clock.shift(timedelta(hours=2))
    done = major_services.response.escalate_due()
    assert [c.kind for c in done] == []
    met = graded.events.get(action="major_clock_met")
    assert met.data["late"] is False


def test_a_missed_clock_escalates_one_level_up_once_then_again_after_the_repeat(graded, cast, heads, clock):
    clock.shift(timedelta(hours=3, minutes=59))
    assert major_services.response.escalate_due() == []
    clock.shift(timedelta(minutes=2))  # first response missed
    done = major_services.response.escalate_due()
    assert [c.kind for c in done] == ["first_response"]
    first = ResponseClock.objects.get(major__complaint=graded, kind="first_response")
    assert (first.escalations, first.escalated_to.code) == (1, "650000")  # sub_a → the branch
    told = set(Notice.objects.filter(kind="escalation").values_list("recipient__username", flat=True))
    assert told == {"head_branch", "officer"}
    assert major_services.response.escalate_due() == []  # idempotent
    event = graded.events.get(action="major_escalate")
    assert event.data["to"] == "650000" and event.data["step"] == 1
    assert AuditEvent.objects.filter(action="complaint.major_escalate", object_id=str(graded.pk)).count() == 1
    clock.shift(timedelta(days=2))  # report missed too; the first-response clock is at the top already
    done = major_services.response.escalate_due()
    assert [c.kind for c in done] == ["report"]
    assert graded.events.filter(action="major_escalate").count() == 2


def test_the_repeat_goes_one_more_level_up_from_an_outlet(cast, heads, make_complaint, clock):
    c = group_complaint(make_complaint, institution="650102")  # outlet under sub_a
    major_services.grading.confirm(complaint_id=c.pk, by=cast.officer)
    clock.shift(timedelta(hours=5))
    major_services.response.escalate_due()
    first = ResponseClock.objects.get(major__complaint=c, kind="first_response")
    assert first.escalated_to.code == "650100"
    assert set(Notice.objects.filter(kind="escalation", complaint=c).values_list("recipient__username", flat=True)) \
        == {"head_a", "reviewer_a", "officer"}
    clock.shift(timedelta(hours=24))  # repeat_hours in the rules
    major_services.response.escalate_due()
    first.refresh_from_db()
    assert (first.escalations, first.escalated_to.code) == (2, "650000")


def test_the_report_upward_must_cover_what_the_level_requires(graded, cast, clock):
    with pytest.raises(InvalidInput) as exc:
        major_services.response.clock_met(complaint_id=graded.pk, by=cast.handler_a, kind="report",
                                    report={"事件经过": "12户农户集体来访"})
    assert exc.value.field == "report.投诉人诉求"
    major = graded.major
    report = dict.fromkeys(major.must_record, "已记录")
    major_services.response.clock_met(complaint_id=graded.pk, by=cast.reviewer_a, kind="report", report=report)
    with pytest.raises(Conflict):
        major_services.response.clock_met(complaint_id=graded.pk, by=cast.reviewer_a, kind="report", report=report)


def test_regrading_replaces_open_clocks_and_keeps_met_ones(graded, cast, clock):
    major_services.response.clock_met(complaint_id=graded.pk, by=cast.handler_a, kind="first_response", note="已响应")
    clock.shift(timedelta(hours=1))
    major_services.grading.confirm(complaint_id=graded.pk, by=cast.officer, level="critical", reason="媒体已介入")
    clocks = ResponseClock.objects.filter(major__complaint=graded)
    assert clocks.filter(cancelled_at__isnull=False).count() == 1  # the old report clock
    fresh = clocks.get(cancelled_at__isnull=True, met_at__isnull=True)
    assert (fresh.kind, fresh.level, fresh.due_at) == ("report", "critical", T0 + timedelta(hours=3))
    assert not clocks.filter(kind="first_response", met_at__isnull=True).exists()


def test_the_escalate_command_runs_the_check(graded, clock):
    clock.shift(timedelta(hours=13))
    out = StringIO()
    call_command("escalate", stdout=out)
    assert "escalated: 2" in out.getvalue() and graded.number in out.getvalue()
    out = StringIO()
    call_command("escalate", "--quiet", stdout=out)
    assert out.getvalue() == ""


def test_a_closed_case_is_not_escalated(graded, cast, clock):
    services.withdraw(complaint_id=graded.pk, version=graded.__class__.objects.get(pk=graded.pk).version,
                      by=cast.handler_a, reason="投诉人撤诉")
    clock.shift(timedelta(hours=13))
    assert major_services.response.escalate_due() == []


def test_the_worker_escalates_every_few_minutes_with_the_system_as_actor(graded, clock, mailoutbox,
                                                                         django_capture_on_commit_callbacks):
    periodic = {p.name: p for p in registry.periodic_tasks()}["major.escalate"]
    assert periodic.task is tasks.escalate_missed_clocks and periodic.every == timedelta(minutes=5)
    clock.shift(timedelta(hours=13))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert "major.escalate" in schedule.enqueue_due()  # the worker's scheduler; the tests' queue runs it
    event = graded.events.get(action="major_escalate", data__kind="first_response")
    assert event.actor is None  # shown as 系统 on the timeline
    audit = AuditEvent.objects.filter(action="complaint.major_escalate", object_id=str(graded.pk))
    assert audit.count() == 2 and {a.actor_username for a in audit} == {"system:escalate"}
    assert {a.actor_id for a in audit} == {None} and mailoutbox
    assert "major.escalate" not in schedule.enqueue_due()  # the same slot is not enqueued again
    assert tasks.escalate_missed_clocks.enqueue().return_value == 0  # run again by hand: nothing twice


def test_reading_the_board_writes_nothing_and_sends_nothing(graded, cast, client, clock, mailoutbox,
                                                              django_capture_on_commit_callbacks):
    clock.shift(timedelta(hours=13))  # both clocks missed
    mailoutbox.clear()
    client.force_login(cast.officer)  # (a login is audited)
    before = (AuditEvent.objects.count(), Notice.objects.count(), ComplaintEvent.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        page = client.get("/major/")
        api = client.get("/api/v1/major/board")
    assert page.status_code == 200 and 'data-testid="missed"' in page.content.decode()
    assert api.status_code == 200 and "escalated_now" not in api.json()
    assert (AuditEvent.objects.count(), Notice.objects.count(), ComplaintEvent.objects.count()) == before
    assert not ResponseClock.objects.filter(escalations__gt=0).exists() and mailoutbox == []
