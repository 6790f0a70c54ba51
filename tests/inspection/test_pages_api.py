"""The inspection pages and API: the queue, one inspection worked to 不合格, refusals, scoped reads, stats,
masking, measures."""

from __future__ import annotations

import pytest

from xiaobao.core import registry
from xiaobao.core.registry import Period
from xiaobao.inspection.codes import FindingKind, Status
from xiaobao.inspection.models import Inspection
from xiaobao.traceability import samples

pytestmark = pytest.mark.django_db

PII_CALL = [("agent", "您好，我是客户经理王小明，您的手机13812345678对吧？这款保险保本保息，稳赚不赔。"),
            ("customer", "嗯。")]


@pytest.fixture
def sampled(call, all_calls_plan, head_a):
    return Inspection.objects.get(auto_check__item=call(PII_CALL))


def test_the_inspector_works_a_call_to_fail_in_the_pages(client, sampled, inspector):
    client.force_login(inspector)
    queue = client.get("/inspection/").content.decode()
    assert sampled.number in queue and "待质检" in queue
    client.post(f"/inspection/{sampled.pk}/act/take/", {"version": sampled.version})
    page = client.get(f"/inspection/{sampled.pk}/").content.decode()
    assert "质检中" in page and "13812345678" not in page and "<mark>" in page
    assert "抽中原因" in page or "为何抽中" in page
    for f in sampled.auto_check.findings.filter(kind__in=[FindingKind.STEP_MISSING, FindingKind.VIOLATION]):
        assert client.post(f"/inspection/findings/{f.pk}/decision/", {"decision": "confirm"}).status_code == 302
    sampled.refresh_from_db()
    response = client.post(f"/inspection/{sampled.pk}/act/conclude/", {
        "version": sampled.version, "conclusion": "fail", "score": "30", "note": "承诺保本保息，未说明免责"})
    assert response.status_code == 302
    sampled.refresh_from_db()
    assert sampled.status == Status.FAILED and sampled.rectification_task_id
    page = client.get(f"/inspection/{sampled.pk}/").content.decode()
    assert 'data-testid="rectification"' in page


def test_a_handler_reads_but_cannot_work_a_call(client, sampled, cast):
    client.force_login(cast.handler_a)
    page = client.get(f"/inspection/{sampled.pk}/").content.decode()
    assert 'data-testid="take"' not in page and 'data-testid="transcript"' not in page
    client.post(f"/inspection/{sampled.pk}/act/take/", {"version": sampled.version})
    sampled.refresh_from_db()
    assert sampled.status == Status.SAMPLED
    client.force_login(cast.handler_b)
    assert client.get(f"/inspection/{sampled.pk}/").status_code == 404
    assert sampled.number not in client.get("/inspection/").content.decode()


def test_the_api_flow_and_its_refusals(client, sampled, inspector, cast):
    client.force_login(cast.handler_a)
    refused = client.post(f"/api/v1/inspection/inspections/{sampled.pk}/actions",
                          {"action": "take", "version": sampled.version}, content_type="application/json")
    assert refused.status_code == 403
    client.force_login(inspector)
    listed = client.get("/api/v1/inspection/inspections?status=sampled").json()
    assert listed["count"] == 1 and listed["items"][0]["policy_number"] == sampled.auto_check.sale.policy_number
    taken = client.post(f"/api/v1/inspection/inspections/{sampled.pk}/actions",
                        {"action": "take", "version": sampled.version}, content_type="application/json")
    assert taken.status_code == 200 and taken.json()["status"] == "in_progress"
    stale = client.post(f"/api/v1/inspection/inspections/{sampled.pk}/actions",
                        {"action": "take", "version": sampled.version}, content_type="application/json")
    assert stale.status_code == 409
    body = taken.json()
    assert body["reasons"][0]["plan_name"] == "全部通话全检"
    assert all("13812345678" not in f["quote"] for f in body["findings"])
    for f in body["findings"]:
        if f["kind"] in ("step_missing", "violation"):
            r = client.post(f"/api/v1/inspection/findings/{f['id']}/decision", {"confirm": True},
                            content_type="application/json")
            assert r.status_code == 200 and r.json()["state"] == "confirmed"
    version = client.get(f"/api/v1/inspection/inspections/{sampled.pk}").json()["version"]
    bad = client.post(f"/api/v1/inspection/inspections/{sampled.pk}/actions",
                      {"action": "conclude", "version": version, "conclusion": "pass", "score": 95},
                      content_type="application/json")
    # a confirmed violation cannot pass: the call's state, not the request's form, refuses it (409)
    assert bad.status_code == 409 and bad.json()["field"] == "conclusion"
    done = client.post(f"/api/v1/inspection/inspections/{sampled.pk}/actions",
                       {"action": "conclude", "version": version, "conclusion": "fail", "score": 20,
                        "note": "承诺保本保息"}, content_type="application/json")
    assert done.status_code == 200 and done.json()["status"] == "failed" and done.json()["rectification_task_id"]


def test_stats_and_measures(client, sampled, inspector, cast):
    client.force_login(inspector)
    rows = client.get("/api/v1/inspection/stats").json()
    assert rows[0]["key"] == "TS8801" and rows[0]["calls_checked"] == 1 and rows[0]["violations"] >= 1
    assert any(s["step"] == "EXCLUSIONS" and s["missing"] == 1 for s in rows[0]["steps"])
    page = client.get("/inspection/agents/?by=institution").content.decode()
    assert "乌鲁木齐中心支公司" in page
    period = Period.year(2026)
    violations = registry.compute_measure("inspection.violation_count", cast.branch, period)
    assert violations.value >= 1 and violations.evidence_url
    assert registry.compute_measure("inspection.inspected_count", cast.branch, period).value == 0
    assert registry.compute_measure("inspection.failure_rate", cast.branch, period).value is None
    assert registry.compute_measure("inspection.violation_count", cast.sub_b, period).value == 0


def test_the_sale_page_shows_the_inspection_panel(client, sampled, inspector):
    client.force_login(inspector)
    page = client.get(f"/traceability/sales/{sampled.auto_check.sale_id}/").content.decode()
    assert 'data-testid="inspection-panel"' in page and sampled.number in page


def test_the_home_queue_lists_sampled_calls_for_inspectors(client, sampled, inspector, cast):
    assert any(item.module == "inspection" for item in registry.queue_items(inspector))
    assert not any(item.module == "inspection" for item in registry.queue_items(cast.handler_a))
    assert samples  # the transcripts come from traceability's samples
