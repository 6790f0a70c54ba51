"""Acceptance: an officer takes a group complaint from intake through grading, notices, the escalation of a
missed clock, mediation, closure with a confirmed root cause, a rectification task and an accountability
record — through the API and the pages — and every step is on the timeline and in the audit trail."""

from __future__ import annotations

import io
from datetime import timedelta

from tests.major.conftest import T0
from xiaobao.audit import services as audit
from xiaobao.audit.models import AuditEvent
from xiaobao.complaints import services
from xiaobao.complaints.models import Complaint
from xiaobao.major import services as major_services
from xiaobao.major import tasks
from xiaobao.major.models import AssessmentRecord
from xiaobao.org import services as org_services

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class Api:
    def __init__(self, client, user):
        self.client, self.token = client, org_services.token_create(user=user)

    def _h(self):
        return {"HTTP_AUTHORIZATION": f"Bearer {self.token}"}

    def post(self, url, data=None, status=200):
        r = self.client.post(f"/api/v1{url}", data or {}, content_type="application/json", **self._h())
        assert r.status_code == status, r.content
        return r.json() if r.content else None

    def get(self, url, status=200, **params):
        r = self.client.get(f"/api/v1{url}", params, **self._h())
        assert r.status_code == status, r.content
        return r.json()

    def upload(self, url, fields, status=200):
        r = self.client.post(f"/api/v1{url}", fields, **self._h())
        assert r.status_code == status, r.content
        return r.json()


def test_an_officer_runs_a_group_complaint_end_to_end(client, cast, heads, clock, mailoutbox,
                                                      django_capture_on_commit_callbacks):
    officer, handler, head = Api(client, cast.officer), Api(client, cast.handler_a), Api(client, heads["sub_a"])
    # An earlier complaint by the same group representative.
    earlier = services.register(services.ComplaintIn(
        channel="hotline", received_at=T0 - timedelta(days=30), institution="650100",
        complainant=services.ComplainantIn(name="马七", phone="13899990000"), product_line="agriculture",
        category="agriculture", cause="claims", summary="农险理赔迟延（首次）"), by=cast.handler_a)[0]

    # 1. Intake: the duplicate check first, then registration.
    check = officer.post("/complaints/duplicate-check", {"phone": "138 9999 0000", "received_at": T0.isoformat()})
    assert [m["number"] for m in check["matches"]] == [earlier.number] and check["matches"][0]["matched_on"] == ["phone"]
    body = {"channel": "visit", "received_at": (T0 - timedelta(hours=1)).isoformat(), "institution": "650100",
            "complainant": {"name": "马七", "phone": "13899990000"}, "product_line": "agriculture",
            "category": "agriculture", "cause": "claims", "summary": "12户农户集体来访，投诉农险理赔迟延。",
            "complainant_count": 12, "disputed_amount": "360000.00"}
    case = officer.post("/complaints", body, status=201)
    cid = case["id"]
    officer.post(f"/complaints/{cid}/transitions", {"action": "accept", "version": 1})

    # 2. Grading: signals, suggestion, confirmation; the response starts.
    g = officer.post(f"/complaints/{cid}/grading/signals",
                     {"media_exposure": True, "extreme_threat": False, "note": "当地微信群已转发现场视频"})
    assert g["suggested_level"] == "major"
    assert {"群体投诉（10人及以上）", "媒体或网络曝光", "争议金额10万元及以上"} <= {r["label"] for r in g["suggested_reasons"]}
    with django_capture_on_commit_callbacks(execute=True):
        g = officer.post(f"/complaints/{cid}/grading/confirm", {})
    assert g["level"] == "major" and {c["kind"] for c in g["clocks"]} == {"first_response", "report"}
    mine = handler.get("/notices", unread="true")
    assert mine and mine[0]["kind"] == "grading" and case["number"] in mine[0]["title"]
    assert "handler_a@example.cn" in [m.to[0] for m in mailoutbox]
    handler.post(f"/notices/{mine[0]['id']}/read", status=204)

    # 3. The first-response clock is missed: the worker's periodic escalation takes it one level up.
    clock.shift(timedelta(hours=5))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.escalate_missed_clocks.enqueue().return_value == 1
    board = officer.get("/major/board")
    row = next(r for r in board["cases"] if r["complaint"] == cid)
    first = next(c for c in row["clocks"] if c["kind"] == "first_response")
    assert first["missed"] and first["escalations"] == 1 and first["escalated_to"] == "650000"
    assert client.get("/major/").status_code == 302  # pages need a login
    client.force_login(cast.officer)
    page = client.get("/major/").content.decode()
    assert case["number"] in page and 'data-testid="missed"' in page
    officer.post(f"/complaints/{cid}/response", {"kind": "first_response", "note": "已派员赴现场安抚并登记诉求"})
    must = officer.get(f"/complaints/{cid}/grading")["must_record"]
    officer.post(f"/complaints/{cid}/response", {"kind": "report", "report": dict.fromkeys(must, "已核实")})

    # 4. Mediation: the statutory deadline does not move.
    due_before = Complaint.objects.get(pk=cid).due_at
    route = officer.post(f"/complaints/{cid}/routes", {"kind": "mediation", "body": "新疆保险纠纷调解中心",
                                                      "referred_on": "2025-10-13", "mediator": "调解员 孙"}, status=201)
    assert route["stops_statutory_clock"] is False
    officer.post(f"/routes/{route['id']}/sessions", {"held_on": "2025-10-13", "notes": "双方同意按定损结果赔付"},
                 status=201)
    doc = officer.upload(f"/complaints/{cid}/attachments", {"file": _file("调解协议.pdf")}, status=201)
    out = officer.post(f"/routes/{route['id']}/outcome", {"outcome": "agreement", "outcome_on": "2025-10-13",
                                                           "amount": "300000.00", "agreement_id": doc["id"]})
    assert out["outcome"] == "agreement" and out["agreement_id"] == doc["id"]
    assert Complaint.objects.get(pk=cid).due_at == due_before

    # 5. Root cause proposed, case submitted, approved, closed; the reviewer confirms the cause on the page.
    handler.post(f"/complaints/{cid}/root-cause", {"category": "claims_process", "sub_cause": "slow",
                                                   "analysis": "查勘人员不足导致集中理赔积压"})
    v = officer.get(f"/complaints/{cid}")["version"]
    v = officer.post(f"/complaints/{cid}/transitions", {"action": "submit", "version": v, "decision": "按调解协议赔付",
                                                        "result": "support"})["version"]
    v = officer.post(f"/complaints/{cid}/transitions", {"action": "approve", "version": v})["version"]
    officer.post(f"/complaints/{cid}/transitions", {"action": "close", "version": v, "satisfaction": "satisfied"})
    client.force_login(cast.reviewer_a)
    r = client.post(f"/major/cases/{cid}/root-cause-confirm/", {"comment": "同意"}, HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and "major-error" not in r.content.decode()
    assert major_services.rootcause.root_cause_confirmed(Complaint.objects.get(pk=cid))

    # 6. Rectification: a task, evidence from its owner, the officer's verification; an overdue one on the board.
    task = officer.post(f"/complaints/{cid}/rectifications", {"title": "增配农险查勘人员", "owner": "handler_a",
                                                              "due_on": "2025-10-20"}, status=201)
    late = officer.post(f"/complaints/{cid}/rectifications", {"title": "建立集中报案应急机制", "owner": "reviewer_a",
                                                              "due_on": "2025-10-14"}, status=201)
    handler.upload(f"/rectifications/{task['id']}/evidence", {"note": "已新增2名查勘员", "file": _file("排班表.pdf")})
    assert officer.post(f"/rectifications/{task['id']}/verify", {"accepted": True})["status"] == "verified"
    clock.shift(timedelta(days=2))
    overdue = officer.get("/major/board")["overdue_rectifications"]
    assert [t["id"] for t in overdue] == [late["id"]]
    client.force_login(cast.officer)
    assert "建立集中报案应急机制" in client.get("/major/").content.decode()

    # 7. Accountability, approved by the head: the assessment link is written.
    acc = officer.post(f"/complaints/{cid}/accountability", {"finding": "未按应急预案时限首次响应", "measure": "education",
                                                             "responsible_user": "handler_a"}, status=201)
    decided = head.post(f"/accountability/{acc['id']}/decision", {"approve": True})
    assert decided["status"] == "approved" and decided["assessment_periods"] == ["2025Q4"]
    link = AssessmentRecord.objects.get()
    assert (link.institution.code, link.user.username, link.measure) == ("650100", "handler_a", "education")

    # Every step is on the timeline and in the audit trail, and the chain verifies.
    steps = [e["action"] for e in officer.get(f"/complaints/{cid}/events")]
    expected = ["register", "accept", "major_signals", "major_suggest", "major_confirm", "major_notify",
                "major_escalate", "major_clock_met", "route_refer", "route_session", "upload", "route_outcome",
                "root_cause_propose", "submit", "approve", "close", "root_cause_confirm", "rectification_create",
                "rectification_evidence", "rectification_verify", "accountability_propose", "accountability_approve"]
    assert all(step in steps for step in expected), set(expected) - set(steps)
    audited = set(AuditEvent.objects.filter(object_type="complaints.complaint", object_id=str(cid))
                  .values_list("action", flat=True))
    assert {f"complaint.{s}" for s in expected} <= audited, {f"complaint.{s}" for s in expected} - audited
    assert audit.verify().ok


def _file(name):
    f = io.BytesIO(PDF)
    f.name = name
    return f
