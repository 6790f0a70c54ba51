"""API errors ({code, message, field}), OpenAPI, scope, the duplicate check, and the pages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import UserFactory
from tests.major.conftest import T0, group_complaint
from xiaobao.major import grading
from xiaobao.major import selectors as selectors_major
from xiaobao.major import services as major_services
from xiaobao.major.models import GradingRuleSet, Notice
from xiaobao.org import services as org_services
from xiaobao.org.roles import Role


@pytest.fixture
def as_user(client):
    def make(user):
        token = org_services.token_create(user=user)

        def call(method, url, data=None):
            kwargs = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
            if method == "get":
                return client.get(f"/api/v1{url}", data or {}, **kwargs)
            return client.post(f"/api/v1{url}", data or {}, content_type="application/json", **kwargs)

        return call

    return make


def test_every_endpoint_is_in_the_openapi_document(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/complaints/{complaint_id}/grading/confirm", "/api/v1/complaints/{complaint_id}/grading/suggest",
                 "/api/v1/complaints/{complaint_id}/grading/signals", "/api/v1/major/board", "/api/v1/major/rules",
                 "/api/v1/notices", "/api/v1/complaints/{complaint_id}/routes", "/api/v1/routes/{route_id}/outcome",
                 "/api/v1/complaints/{complaint_id}/root-cause/confirm", "/api/v1/rectifications/{task_id}/evidence",
                 "/api/v1/complaints/{complaint_id}/accountability", "/api/v1/major/recurrence",
                 "/api/v1/complaints/duplicate-check"):
        assert path in paths, path


def test_errors_are_code_message_field(as_user, cast, make_complaint, clock):
    c = group_complaint(make_complaint)
    handler, officer, outsider = as_user(cast.handler_a), as_user(cast.officer), as_user(cast.handler_b)
    r = handler("post", f"/complaints/{c.pk}/grading/confirm", {})
    assert r.status_code == 403 and r.json()["code"] == "permission_denied" and "message" in r.json()
    r = outsider("get", f"/complaints/{c.pk}/grading")
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    r = officer("post", f"/complaints/{c.pk}/grading/confirm", {"level": "critical"})
    assert r.status_code == 422 and r.json()["field"] == "reason"
    r = officer("post", f"/complaints/{c.pk}/grading/confirm", {"level": "huge"})
    assert r.status_code == 422 and r.json()["field"] == "level"
    r = officer("post", "/major/rules", {"content": grading.default_text().replace("window_days = 180", "window_days = 0"),
                                         "note": "窗口改为0"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_rules" and r.json()["field"] == "duplicates.window_days"
    r = officer("post", "/major/rules", {"content": grading.default_text().replace("window_days = 180", "window_days = 90"),
                                         "note": "重复投诉窗口90天"})
    assert r.status_code == 201 and r.json()["version"] == "v1"
    assert officer("get", "/major/rules").json()["history"][0]["note"] == "重复投诉窗口90天"
    r = officer("post", f"/complaints/{c.pk}/response", {"kind": "first_response", "note": "x"})
    assert r.status_code == 409 and r.json()["field"] == "kind"  # not graded yet: no clock


def test_the_duplicate_check_shows_in_scope_cases_and_tells_a_handler_only_that_others_exist(
        as_user, cast, make_complaint, clock):
    c = make_complaint()
    body = {"phone": "13812345678", "policy_number": c.policy_number}
    own = as_user(cast.handler_a)("post", "/complaints/duplicate-check", body).json()
    assert own["matches"][0]["number"] == c.number and set(own["matches"][0]["matched_on"]) == {"phone", "policy"}
    assert own["elsewhere"] is False and own["hidden_count"] is None
    other = as_user(cast.handler_b)("post", "/complaints/duplicate-check", body).json()
    assert other["matches"] == [] and other["elsewhere"] is True and other["hidden_count"] is None  # no count
    far = as_user(cast.handler_a)("post", "/complaints/duplicate-check",
                                  {**body, "received_at": (T0 + timedelta(days=400)).isoformat()}).json()
    assert far["matches"] == [] and far["elsewhere"] is False


def test_an_officer_sees_the_count_and_others_do_not(as_user, cast, make_complaint, clock, monkeypatch):
    make_complaint()
    make_complaint()
    found = as_user(cast.officer)("post", "/complaints/duplicate-check", {"phone": "13812345678"}).json()
    assert len(found["matches"]) == 2 and found["hidden_count"] == 0  # officers see the whole organisation
    head_b = UserFactory(username="head_b", institution=cast.sub_b, roles=[Role.HEAD])
    found = selectors_major.possible_duplicates(head_b, phone="13812345678")
    assert found.elsewhere and found.hidden_count is None and found.total == 0
    # the count goes with the role, not the scope: a role allowed to count, outside the scope, gets it
    monkeypatch.setattr(selectors_major, "DUPLICATE_COUNT_ROLES", frozenset({Role.OFFICER, Role.HEAD}))
    assert selectors_major.possible_duplicates(head_b, phone="13812345678").hidden_count == 2


def test_the_duplicate_fragment_never_counts_for_a_handler(client, cast, make_complaint, clock):
    make_complaint()
    make_complaint()
    client.force_login(cast.handler_b)
    r = client.post("/major/duplicate-check/", {"phone": "138-1234-5678", "received_at": "2025-10-13T08:00"},
                    HTTP_HX_REQUEST="true")
    body = r.content.decode()
    assert 'data-testid="duplicates-elsewhere"' in body and "2" not in body.replace("2025", "")


def test_the_duplicate_fragment_for_the_registration_form(client, cast, make_complaint, clock):
    c = make_complaint()
    client.force_login(cast.handler_a)
    r = client.post("/major/duplicate-check/", {"phone": "138-1234-5678", "received_at": "2025-10-13T08:00"},
                    HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and c.number in r.content.decode() and "13812345678" not in r.content.decode()
    assert client.post("/major/duplicate-check/", {"phone": "", "id_number": ""}).content.decode().strip() == ""


def test_the_rules_page_validates_keeps_input_and_keeps_history(client, cast):
    client.force_login(cast.officer)
    page = client.get("/major/rules/")
    assert page.status_code == 200 and "first_response_hours" in page.content.decode()
    broken = grading.default_text().replace('level = "serious"\nlabel = "监管转办"', 'level = "urgent"\nlabel = "监管转办"')
    r = client.post("/major/rules/", {"content": broken, "note": "试改"})
    body = r.content.decode()
    assert r.status_code == 422 and "分级规则 7 · 等级" in body and "urgent" in body and "试改" in body
    assert "rule[" not in body  # the place is named as the officer reads it, not as a TOML path
    assert not GradingRuleSet.objects.exists()
    r = client.post("/major/rules/", {"content": grading.default_text().replace("threshold = 3", "threshold = 4"),
                                      "note": "阈值调为4"})
    assert r.status_code == 302 and grading.current().recurrence_threshold == 4
    assert "阈值调为4" in client.get("/major/rules/").content.decode()
    assert "window_days = 180" in client.get("/major/rules/?version=default").content.decode()
    client.force_login(cast.handler_a)
    assert "Save as a new version" not in client.get("/major/rules/").content.decode()
    assert "保存为新版本" not in client.get("/major/rules/").content.decode()


def test_the_case_panel_and_its_actions(client, cast, make_complaint, clock):
    c = group_complaint(make_complaint)
    client.force_login(cast.handler_a)
    panel = client.get(f"/major/cases/{c.pk}/").content.decode()
    assert "群体投诉（10人及以上）" in panel and 'data-testid="statutory-note"' in panel
    r = client.post(f"/major/cases/{c.pk}/confirm/", {"level": ""}, HTTP_HX_REQUEST="true")
    assert 'data-testid="major-error"' in r.content.decode()
    r = client.post(f"/major/cases/{c.pk}/signals/", {"extreme_threat": "on", "note": "扬言到营业部闹事"})
    assert r.status_code == 302 and r["Location"] == f"/complaints/{c.pk}/"
    assert c.major.extreme_threat
    r = client.post(f"/major/cases/{c.pk}/refer/", {"kind": "mediation", "body": "", "referred_on": "2025-10-13"},
                    HTTP_HX_REQUEST="true")
    assert 'data-testid="major-error"' in r.content.decode() and "2025-10-13" in r.content.decode()  # input kept
    client.force_login(cast.officer)
    client.post(f"/major/cases/{c.pk}/confirm/", {"level": ""}, HTTP_HX_REQUEST="true")
    c.major.refresh_from_db()
    assert c.major.level == "major"
    assert client.get(f"/major/cases/{c.pk}/").status_code == 200
    client.force_login(cast.handler_b)
    assert client.get(f"/major/cases/{c.pk}/").status_code == 404


def test_the_board_is_scoped_and_notices_can_be_read(client, cast, make_complaint, clock):
    c = group_complaint(make_complaint)
    major_services.grading.confirm(complaint_id=c.pk, by=cast.officer)
    client.force_login(cast.handler_b)
    assert c.number not in client.get("/major/").content.decode()
    client.force_login(cast.handler_a)
    assert c.number in client.get("/major/").content.decode()
    notice = Notice.objects.get(recipient=cast.handler_a)
    assert notice.title in client.get("/major/notices/").content.decode()
    r = client.post("/major/notices/", {"notice": notice.pk})
    assert r.status_code == 302 and r["Location"] == f"/complaints/{c.pk}/"
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert client.get("/major/recurrence/?by=quarter&months=6").status_code == 200
