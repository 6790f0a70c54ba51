"""The complaint API: 201/200 intake with idempotency, 409 stale/disallowed, 422 invalid, 404 out of scope."""

import io

import pytest

from xiaobao.complaints.models import Complaint
from xiaobao.org import services as org_services

BODY = {
    "channel": "hotline",
    "received_at": "2025-09-26T10:00:00+08:00",
    "institution": "650100",
    "complainant": {"name": "张三丰", "phone": "13812345678", "id_number": "650103195301191540"},
    "policy_number": "PDAA202565010000001234",
    "product_line": "motor",
    "category": "motor_vehicle",
    "cause": "claims",
    "summary": "车险理赔金额与定损不一致",
    "disputed_amount": "8000.00",
}


@pytest.fixture
def api(client, cast):
    token = org_services.token_create(user=cast.handler_a)

    class Api:
        def post(self, url, data, **headers):
            return client.post(url, data, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}",
                               **headers)

        def get(self, url, **params):
            return client.get(url, params, HTTP_AUTHORIZATION=f"Bearer {token}")

        def upload(self, url, name, content):
            f = io.BytesIO(content)
            f.name = name
            return client.post(url, {"file": f}, HTTP_AUTHORIZATION=f"Bearer {token}")

    return Api()


def test_create_returns_201_with_number_status_version_and_due_date(api):
    r = api.post("/api/v1/complaints", BODY)
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["number"].startswith("TS2025") and body["status"] == "registered" and body["version"] == 1
    assert body["due_at"].startswith("2025-10-11T16:00:00")  # 2025-10-12 00:00 Beijing, in UTC
    assert body["complainant"] == {"name": "张**", "phone": "138****5678", "id_number": "650103********1540",
                                   "address": ""}
    assert body["is_elderly"] is True
    assert "accept" in body["actions"]


def test_a_retried_post_with_the_same_idempotency_key_creates_one_case(api):
    first = api.post("/api/v1/complaints", BODY, HTTP_IDEMPOTENCY_KEY="k-1")
    second = api.post("/api/v1/complaints", BODY, HTTP_IDEMPOTENCY_KEY="k-1")
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Complaint.objects.count() == 1


def test_invalid_fields_get_422_with_the_field_named(api):
    r = api.post("/api/v1/complaints", {**BODY, "cause": "unknown"})
    assert r.status_code == 422
    assert r.json()["code"] == "invalid" and r.json()["field"] == "cause"
    r = api.post("/api/v1/complaints", {**BODY, "complainant": {**BODY["complainant"], "id_number": "650103195301191541"}})
    assert r.status_code == 422 and r.json()["field"] == "complainant.id_number"
    assert Complaint.objects.count() == 0


def test_transitions_stale_version_and_disallowed_action_are_409(api):
    cid = api.post("/api/v1/complaints", BODY).json()["id"]
    r = api.post(f"/api/v1/complaints/{cid}/transitions", {"action": "accept", "version": 1})
    assert r.status_code == 200 and r.json()["status"] == "in_progress" and r.json()["version"] == 2
    stale = api.post(f"/api/v1/complaints/{cid}/transitions", {"action": "note", "version": 1, "note": "x"})
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    wrong = api.post(f"/api/v1/complaints/{cid}/transitions", {"action": "close", "version": 2,
                                                                "satisfaction": "satisfied"})
    assert wrong.status_code == 409 and wrong.json()["code"] == "transition_not_allowed"
    missing = api.post(f"/api/v1/complaints/{cid}/transitions", {"action": "transfer", "version": 2})
    assert missing.status_code == 422 and missing.json()["field"] == "to_institution"
    assert Complaint.objects.get(pk=cid).version == 2


def test_events_are_the_timeline(api):
    cid = api.post("/api/v1/complaints", BODY).json()["id"]
    api.post(f"/api/v1/complaints/{cid}/transitions", {"action": "accept", "version": 1})
    events = api.get(f"/api/v1/complaints/{cid}/events").json()
    assert [e["action"] for e in events] == ["register", "accept"]


def test_list_filters_and_search_by_exact_phone(api):
    api.post("/api/v1/complaints", BODY)
    api.post("/api/v1/complaints", {**BODY, "complainant": {"name": "李四", "phone": "13900001111"},
                                    "channel": "counter"})
    assert api.get("/api/v1/complaints").json()["count"] == 2
    assert api.get("/api/v1/complaints", channel="counter").json()["count"] == 1
    found = api.post("/api/v1/complaints/search", {"q": "139-0000-1111"}).json()  # never in a URL
    assert found["count"] == 1 and found["items"][0]["complainant"]["name"] == "李*"
    assert api.get("/api/v1/complaints", q="PDAA202565010000001234").json()["count"] == 2
    assert api.get("/api/v1/complaints", overdue="true").json()["count"] == 2  # received in 2025


def test_another_institutions_case_is_404_with_no_data(api, client, cast):
    cid = api.post("/api/v1/complaints", BODY).json()["id"]
    other = org_services.token_create(user=cast.handler_b)
    for url in (f"/api/v1/complaints/{cid}", f"/api/v1/complaints/{cid}/events"):
        r = client.get(url, HTTP_AUTHORIZATION=f"Bearer {other}")
        assert r.status_code == 404
        assert "张" not in r.content.decode()
    r = client.post(f"/api/v1/complaints/{cid}/transitions", {"action": "accept", "version": 1},
                    content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {other}")
    assert r.status_code == 404
    assert client.get("/api/v1/complaints", HTTP_AUTHORIZATION=f"Bearer {other}").json()["count"] == 0


def test_attachments_are_checked_by_content(api, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    cid = api.post("/api/v1/complaints", BODY).json()["id"]
    ok = api.upload(f"/api/v1/complaints/{cid}/attachments", "定损单.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")
    assert ok.status_code == 201 and ok.json()["content_type"] == "application/pdf"
    disguised = api.upload(f"/api/v1/complaints/{cid}/attachments", "photo.jpg", b"MZ\x90\x00\x03" + b"\x00" * 100)
    assert disguised.status_code == 422 and disguised.json()["field"] == "file"
    mismatch = api.upload(f"/api/v1/complaints/{cid}/attachments", "notes.pdf", "纯文本说明".encode())
    assert mismatch.status_code == 422
    settings.ATTACHMENT_MAX_BYTES = 10
    big = api.upload(f"/api/v1/complaints/{cid}/attachments", "big.txt", b"x" * 100)
    assert big.status_code == 422
    stored = list((tmp_path / "complaints").iterdir())
    assert len(stored) == 1 and "定损单" not in stored[0].name


def test_openapi_documents_the_complaint_endpoints_and_codes(client, db):
    doc = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/complaints", "/api/v1/complaints/{complaint_id}",
                 "/api/v1/complaints/{complaint_id}/transitions", "/api/v1/complaints/{complaint_id}/attachments",
                 "/api/v1/complaints/{complaint_id}/events"):
        assert path in doc["paths"], path
    schemas = doc["components"]["schemas"]
    assert "regulator" in str(schemas["ComplaintCreateIn"]) and "short_term_health" in str(schemas["ComplaintCreateIn"])


def test_list_pages_take_a_constant_number_of_queries(api, make_complaint, django_assert_max_num_queries):
    for _ in range(12):
        make_complaint()
    api.get("/api/v1/complaints")  # warm the user's roles and the calendar cache
    # 7: the login throttle (django-axes) checks the client address's recent failures once per request
    with django_assert_max_num_queries(7):
        body = api.get("/api/v1/complaints", limit=12).json()
    assert len(body["items"]) == 12 and body["count_is_capped"] is False


def test_list_page_html_takes_a_constant_number_of_queries(client, cast, make_complaint,
                                                           django_assert_max_num_queries):
    for _ in range(12):
        make_complaint()
    client.force_login(cast.handler_a)
    client.get("/complaints/")
    with django_assert_max_num_queries(12):
        assert client.get("/complaints/").status_code == 200


def test_batch_intake_reports_each_item_and_a_resend_replays(api):
    items = [{**BODY, "idempotency_key": "feed-1"}, {**BODY, "institution": "999999", "idempotency_key": "feed-2"},
             {**BODY, "summary": "另一件"}]
    r = api.post("/api/v1/complaints/batch", {"items": items})
    assert r.status_code == 200, r.content
    body = r.json()
    assert (body["created"], body["replayed"], body["failed"]) == (2, 0, 1)
    first, bad, third = body["results"]
    assert first["status"] == 201 and first["number"].startswith("TS2025") and first["case_status"] == "registered"
    assert bad == {**bad, "index": 1, "status": 422, "id": None}
    assert bad["error"]["code"] == "invalid" and bad["error"]["field"] == "institution"
    assert third["status"] == 201
    again = api.post("/api/v1/complaints/batch", {"items": items[:1]}).json()
    assert again["results"][0]["status"] == 200 and again["results"][0]["id"] == first["id"]
    assert Complaint.objects.count() == 2


def test_a_malformed_batch_is_refused_whole_and_saves_nothing(api):
    r = api.post("/api/v1/complaints/batch", {"items": [BODY, {**BODY, "channel": "fax"}]})
    assert r.status_code == 422
    assert r.json()["field"] == "items.1.channel"
    assert api.post("/api/v1/complaints/batch", {"items": []}).status_code == 422
    assert Complaint.objects.count() == 0


def test_an_oversized_body_gets_413_json(api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    r = api.post("/api/v1/complaints/batch", {"items": [{**BODY, "summary": "长" * 2000}]})
    assert r.status_code == 413 and r.json()["code"] == "too_large"
    assert Complaint.objects.count() == 0
