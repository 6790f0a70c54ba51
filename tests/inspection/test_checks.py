"""The automatic check on arrival (idempotent per item), the sweep, and sampling: reproducible, with the reason
recorded, the 60+ and complained-agent plans."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.inspection.conftest import BEIJING, SOLD
from xiaobao.audit.models import AuditEvent
from xiaobao.inspection.codes import CheckState, FindingKind, Status
from xiaobao.inspection.models import AutoFinding, Inspection, SampleReason, TranscriptCheck
from xiaobao.inspection.services import checks, config
from xiaobao.traceability import samples

pytestmark = pytest.mark.django_db


def test_a_transcript_is_checked_on_arrival_once(call):
    item = call(samples.BAD_CALL)
    check = TranscriptCheck.objects.get(item=item)
    assert check.state == CheckState.DONE and check.rules_version == "default"
    assert "GUARANTEED_RETURN" in check.violations and "EXCLUSIONS" in check.missing
    assert check.agent_number == "TS8801" and check.policyholder_age is not None
    assert check.call_month.isoformat() == "2026-11-01"
    findings = AutoFinding.objects.filter(auto_check=check)
    violation = findings.filter(kind=FindingKind.VIOLATION).first()
    assert violation.quote == samples.BAD_CALL[0][1] and "稳赚不赔" in violation.quote_masked
    assert violation.passage_masked
    assert checks.check_item(item.pk) == check  # a retried task changes nothing
    assert checks.check_items([item.pk]) == []
    assert TranscriptCheck.objects.count() == 1
    assert AuditEvent.objects.filter(action="inspection.checked").count() == 1


def test_the_quoted_turn_is_stored_encrypted(call):
    from django.db import connection

    item = call([("agent", "您好，我是客户经理，联系电话13812345678，保本保息。")])
    assert AutoFinding.objects.filter(auto_check__item=item).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT quote, quote_masked FROM inspection_autofinding")
        rows = cursor.fetchall()
    assert rows and all("13812345678" not in (quote or "") + (masked or "") for quote, masked in rows)


def test_the_sweep_checks_what_arrived_without_a_check(call, all_calls_plan):
    item = call(samples.GOOD_CALL)
    Inspection.objects.all().delete()
    TranscriptCheck.objects.filter(item=item).delete()  # as if the task had been lost
    assert checks.sweep() == {"checked": 1, "picked": 1}
    assert checks.sweep() == {"checked": 0, "picked": 0}
    assert Inspection.objects.get().auto_check.item_id == item.pk


def test_sampling_is_reproducible_and_says_why(cast, call):
    plan = config.plan_create(by=cast.officer, name="每人每月20%", condition="all", rate_percent=20, seed="s1")
    items = [call(samples.GOOD_CALL) for _i in range(10)]
    assert not Inspection.objects.exists()  # a quota plan draws in the sweep, from a month that is over
    after = SOLD + timedelta(days=25)
    assert checks.sample(month=SOLD.date().replace(day=1), now=after) == 2
    picked = set(Inspection.objects.values_list("auto_check__item_id", flat=True))
    assert len(picked) == 2  # ceil(20% of 10) of the agent's calls that month
    reason = SampleReason.objects.select_related("inspection").first()
    assert (reason.plan_id, reason.seed, reason.quota, reason.group_size) == (plan.pk, "s1", 2, 10)
    assert checks.sample(month=SOLD.date().replace(day=1), now=after) == 0  # idempotent
    Inspection.objects.all().delete()
    checks.sample(month=SOLD.date().replace(day=1), now=after + timedelta(days=3))
    assert set(Inspection.objects.values_list("auto_check__item_id", flat=True)) == picked  # same seed, same sample
    assert {i.pk for i in items} >= picked


def test_the_elderly_plan_picks_every_call_of_a_policyholder_aged_60_or_more(cast, call):
    config.plan_create(by=cast.officer, name="高龄全检", condition="age_at_least", threshold=60, rate_percent=100,
                       seed="e")
    old = call(age_id="650102195001011230")  # born 1950: 76 at the sale
    young = call(age_id="650102199001011239")  # born 1990
    picked = set(Inspection.objects.values_list("auto_check__item_id", flat=True))
    assert old.pk in picked and young.pk not in picked
    assert SampleReason.objects.get().detail == {"age": 76}


def test_all_calls_of_an_agent_with_a_recent_complaint_are_picked(cast, call, make_complaint):
    config.plan_create(by=cast.officer, name="被投诉人员全检", condition="agent_complained", threshold=90,
                       rate_percent=100, seed="c")
    first = call(agent="TS0001", policy="PDEA2026650100X000001")
    call(agent="TS0002")
    assert not Inspection.objects.exists()
    now = datetime.now(tz=BEIJING)
    make_complaint(policy_number=first.sale.policy_number, received_at=now - timedelta(hours=1))
    later = call(agent="TS0001", sold_at=now - timedelta(days=1))
    picked = set(Inspection.objects.values_list("auto_check__item_id", flat=True))
    assert later.pk in picked  # the agent's calls this month are all inspected
    checks.sample(month=SOLD.date().replace(day=1), now=SOLD + timedelta(days=25))
    assert first.pk not in set(Inspection.objects.values_list("auto_check__item_id", flat=True))  # no complaint then
    assert Inspection.objects.filter(status=Status.SAMPLED).count() == 1


def test_a_picked_call_stays_picked_when_a_plan_changes(cast, call):
    plan = config.plan_create(by=cast.officer, name="全检", condition="all", rate_percent=100, seed="x")
    call()
    config.plan_update(plan_id=plan.pk, version=1, by=cast.officer, name="全检", condition="all", rate_percent=100,
                       seed="x", active=False)
    checks.sample(month=SOLD.date().replace(day=1))
    assert Inspection.objects.count() == 1
