"""The review pages and API: the flow, scoped reads, refusals, the ledger export."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.reviews.conftest import CLEAN, POSTER
from xiaobao.org.models import ApiToken
from xiaobao.reviews import services
from xiaobao.reviews.models import ReviewRequest

pytestmark = pytest.mark.django_db


def _token(user) -> dict[str, str]:
    from xiaobao.org import services as org_services

    token = org_services.token_create(user=user) if hasattr(org_services, "token_create") else None
    if token is None:  # the CLI's path
        import hashlib
        import secrets

        raw = secrets.token_urlsafe(32)
        ApiToken.objects.create(user=user, prefix=raw[:8], key_hash=hashlib.sha256(raw.encode()).hexdigest())
        token = raw
    return {"HTTP_AUTHORIZATION": f"Bearer {token if isinstance(token, str) else token[1]}"}


def test_the_page_flow_submit_and_see_findings(client, cast, committed):
    client.force_login(cast.handler_a)
    with committed():
        response = client.post("/reviews/new/", {
            "kind": "marketing", "material_form": "wechat", "title": "朋友圈海报", "institution": cast.sub_a.code,
            "check_as": "marketing", "files": [SimpleUploadedFile("poster.txt", POSTER.encode())]})
    assert response.status_code == 302, response.content.decode()[:2000]
    request = ReviewRequest.objects.get()
    page = client.get(f"/reviews/{request.pk}/").content.decode()
    assert "保本保息" in page and "13812345678" not in page  # findings shown, personal data masked
    assert "<mark>" in page
    assert client.get("/reviews/").status_code == 200
    assert request.number in client.get("/reviews/?q=" + request.number).content.decode()


def test_a_bad_submission_keeps_the_form_and_says_why_in_chinese(client, cast):
    client.force_login(cast.handler_a)
    response = client.post("/reviews/new/", {
        "kind": "marketing", "title": "海报", "institution": cast.sub_a.code, "check_as": "marketing",
        "files": [SimpleUploadedFile("fake.docx", b"not a word file")]})
    assert response.status_code == 200
    body = response.content.decode()
    assert "海报" in body  # the title typed is kept
    assert ReviewRequest.objects.count() == 0


def test_another_institution_gets_404_on_page_and_api(client, cast, submit):
    request = submit()
    client.force_login(cast.handler_b)
    assert client.get(f"/reviews/{request.pk}/").status_code == 404
    assert client.get(f"/api/v1/reviews/{request.pk}", **_token(cast.handler_b)).status_code == 404
    listed = client.get("/api/v1/reviews", **_token(cast.handler_b)).json()
    assert listed["count"] == 0


def test_api_create_with_idempotency_key_and_stale_version(client, cast, compliance, committed):
    headers = {**_token(cast.handler_a), "HTTP_IDEMPOTENCY_KEY": "abc-1"}
    data = {"kind": "marketing", "material_form": "sms", "title": "短信", "institution": cast.sub_a.code,
            "check_as": ["marketing"]}
    with committed():
        first = client.post("/api/v1/reviews", {**data, "files": [SimpleUploadedFile("poster.txt", POSTER.encode())]}, **headers)
    assert first.status_code == 201, first.content
    body = first.json()
    again = client.post("/api/v1/reviews", {**data, "files": [SimpleUploadedFile("a.txt", CLEAN.encode())]},
                        **headers)
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    detail = client.get(f"/api/v1/reviews/{body['id']}", **_token(compliance)).json()
    assert detail["documents"][0]["check_state"] == "done"
    assert any(f["code"] == "GUARANTEED_RETURN" for f in detail["documents"][0]["findings"])
    stale = client.post(f"/api/v1/reviews/{body['id']}/actions", {"action": "take", "version": 999},
                        content_type="application/json", **_token(compliance))
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"
    ok = client.post(f"/api/v1/reviews/{body['id']}/actions", {"action": "take", "version": detail["version"]},
                     content_type="application/json", **_token(compliance))
    assert ok.status_code == 200 and ok.json()["reviewer"] == "compliance"


def test_the_ledger_export_opens_with_the_rows(client, cast, submit):
    submit()
    client.force_login(cast.officer)
    response = client.get("/reviews/export.xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row == 2


def test_monitoring_page_records_and_lists(client, cast, compliance):
    client.force_login(compliance)
    response = client.post("/reviews/monitoring/", {
        "institution": cast.sub_a.code, "source": "wechat_moments", "seen_on": "2026-12-01",
        "text": "存十年本金一分不少，还有利息拿，稳赚不赔！", "agent_name": "张某"})
    assert response.status_code == 302
    page = client.get("/reviews/monitoring/").content.decode()
    assert "未经审查发布" in page


def test_the_demo_seeds_every_state_with_real_findings(db, settings, tmp_path):
    from tests.conftest import seed_demo_through

    seed_demo_through("reviews")
    statuses = set(ReviewRequest.objects.values_list("status", flat=True))
    assert {"under_review", "answering", "countersign", "concluded"} <= statuses
    from xiaobao.reviews.models import Finding, MonitoringRecord, Release

    assert Finding.objects.filter(engine="marketing").exists()
    assert Release.objects.exists() and MonitoringRecord.objects.exists()
    seed_demo_through("reviews")  # idempotent
    assert ReviewRequest.objects.count() == 6


def test_services_are_used_by_the_pages_not_the_models(client, cast, submit, compliance):
    request = submit()
    client.force_login(compliance)
    response = client.post(f"/reviews/{request.pk}/act/take/", {"version": request.version})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.reviewer == compliance
    refused = client.post(f"/reviews/{request.pk}/act/take/", {"version": 1})
    assert refused.status_code == 422  # stale: the page says so and keeps the rest
    assert services.transitions.may(request, "conclude", compliance)
