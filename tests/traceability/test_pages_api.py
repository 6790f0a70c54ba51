"""Pages and API: scoped reads, masking of the policyholder in pages, API and the complaint panel, reason-gated
playback with Range requests, downloads named for the user, the integrity page."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from xiaobao.org import services as org_services
from xiaobao.privacy.models import PersonalDataAccess
from xiaobao.traceability import samples
from xiaobao.traceability.codes import Kind
from xiaobao.traceability.models import EvidenceItem, SaleRecord

from .conftest import ID_NUMBER, PHONE

pytestmark = pytest.mark.django_db


def _auth(user) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {org_services.token_create(user=user)}"}


def test_pages_mask_the_policyholder_and_search_by_phone(client, cast, make_sale, add_item):
    sale = make_sale()
    add_item(sale)
    client.force_login(cast.handler_a)
    listing = client.post("/traceability/", {"q": PHONE}).content.decode()
    listing = listing[listing.index('data-testid="sale-list"'):]
    assert sale.policy_number in listing and PHONE not in listing and "139****5678" in listing
    assert "张建国" not in listing
    page = client.get(f"/traceability/sales/{sale.pk}/").content.decode()
    assert "张**" in page and PHONE not in page and ID_NUMBER not in page and "2031-03-01" in page
    assert client.get(f"/traceability/sales/{sale.pk}/").status_code == 200
    client.force_login(cast.handler_b)
    assert client.get(f"/traceability/sales/{sale.pk}/").status_code == 404
    other = client.post("/traceability/", {"q": sale.policy_number}).content.decode()
    assert sale.policy_number not in other[other.index('data-testid="sale-list"'):]


def test_playback_needs_a_reason_then_streams_with_ranges(client, cast, make_sale, add_item):
    item = add_item(make_sale())
    client.force_login(cast.handler_a)
    assert client.get(f"/traceability/items/{item.pk}/stream").status_code == 404  # no reason given yet
    page = client.get(f"/traceability/items/{item.pk}/").content.decode()
    assert "<audio" not in page
    refused = client.post(f"/traceability/items/{item.pk}/access/play/", {"reason": "x"}, HTTP_HX_REQUEST="true")
    assert refused.status_code == 422 and not PersonalDataAccess.objects.exists()
    granted = client.post(f"/traceability/items/{item.pk}/access/play/", {"reason": "核实销售误导投诉"},
                          HTTP_HX_REQUEST="true")
    assert granted.status_code == 200 and "<audio" in granted.content.decode()
    full = client.get(f"/traceability/items/{item.pk}/stream")
    assert full.status_code == 200 and b"".join(full.streaming_content) == item.path.read_bytes()
    part = client.get(f"/traceability/items/{item.pk}/stream", HTTP_RANGE="bytes=0-43")
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 0-43/{item.size}"
    assert b"".join(part.streaming_content) == item.path.read_bytes()[:44]
    assert client.get(f"/traceability/items/{item.pk}/stream", HTTP_RANGE=f"bytes={item.size}-").status_code == 416
    entry = PersonalDataAccess.objects.get()
    assert entry.field == "evidence_play" and entry.reason == "核实销售误导投诉"
    client.force_login(cast.auditor)  # read-only: sees the item, never plays it
    assert client.post(f"/traceability/items/{item.pk}/access/play/", {"reason": "审计抽查"}).status_code == 302
    assert PersonalDataAccess.objects.count() == 1


def test_download_carries_the_users_name_and_is_logged(client, cast, make_sale, add_item):
    item = add_item(make_sale())
    client.force_login(cast.handler_a)
    response = client.post(f"/traceability/items/{item.pk}/access/download/", {"reason": "提交仲裁证据"})
    assert response.status_code == 200
    assert "handler_a" in response["Content-Disposition"]
    assert PersonalDataAccess.objects.get().field == "evidence_download"


def test_transcript_beside_the_player_with_engine_findings(client, cast, make_sale, add_item):
    sale = make_sale()
    recording = add_item(sale)
    add_item(sale, kind=Kind.TRANSCRIPT, content=samples.transcript_jsonl(samples.BAD_CALL))
    client.force_login(cast.handler_a)
    client.post(f"/traceability/items/{recording.pk}/access/play/", {"reason": "复核通话内容"})
    page = client.get(f"/traceability/items/{recording.pk}/").content.decode()
    assert "保本保息" in page and 'data-testid="violation"' in page and 'data-testid="step-missing"' in page


def test_complaint_panel_shows_sales_and_flags_a_missing_recording(client, cast, make_sale, add_item,
                                                                     make_complaint):
    with_recording = make_sale()
    item = add_item(with_recording)
    complaint = make_complaint(policy_number=with_recording.policy_number, cause="sales")
    client.force_login(cast.handler_a)
    page = client.get(f"/complaints/{complaint.pk}/").content.decode()
    assert 'data-testid="traceability-panel"' in page and f'data-testid="evidence-{item.pk}"' in page
    assert 'data-testid="missing-recording"' not in page and PHONE not in page.split("traceability-panel")[1]
    bare = make_sale(policy_number="PTEL-NOREC")
    flagged = make_complaint(policy_number=bare.policy_number, cause="sales")
    assert 'data-testid="missing-recording"' in client.get(f"/complaints/{flagged.pk}/").content.decode()
    other = make_complaint(policy_number="PUNKNOWN", cause="claims")
    assert "traceability-panel" not in client.get(f"/complaints/{other.pk}/").content.decode()


def test_integrity_page_for_officers(client, cast, make_sale, add_item):
    item = add_item(make_sale())
    item.path.unlink()
    client.force_login(cast.handler_a)
    assert client.get("/traceability/integrity/").status_code == 404
    client.force_login(cast.officer)
    assert client.post("/traceability/integrity/").status_code == 302
    page = client.get("/traceability/integrity/").content.decode()
    assert f"#{item.pk}" in page
    client.force_login(cast.auditor)
    assert client.get("/traceability/integrity/").status_code == 200
    assert client.post("/traceability/integrity/").status_code == 404


def test_register_and_upload_through_pages(client, cast):
    client.force_login(cast.officer)
    form = client.get("/traceability/new/").content.decode()
    assert "/checks/sale.create/" in form
    response = client.post("/traceability/new/", {
        "institution": "650100", "policy_number": "PWEB-1", "product_name": "意外险", "product_line": "accident",
        "channel": "telephone", "sold_at": "2025-05-01T10:00", "agent_name": "王小明", "agent_number": "TS1",
        "policyholder_name": "张建国", "policyholder_phone": PHONE, "contract_start": "2025-05-02",
        "contract_end": "2026-05-01"})
    assert response.status_code == 302, response.content.decode()[:3000]
    sale = SaleRecord.objects.get()
    upload = client.post(f"/traceability/sales/{sale.pk}/", {
        "kind": "recording", "file": SimpleUploadedFile("call.wav", samples.tone_wav(0.3))})
    assert upload.status_code == 302 and EvidenceItem.objects.filter(sale=sale).count() == 1
    refused = client.post(f"/traceability/sales/{sale.pk}/", {
        "kind": "recording", "file": SimpleUploadedFile("call.wav", b"plain text")})
    assert refused.status_code == 200 and EvidenceItem.objects.count() == 1


def test_api_registry_masking_scope_and_search(client, cast, make_sale, add_item):
    sale = make_sale()
    add_item(sale)
    body = client.get(f"/api/v1/traceability/sales/{sale.pk}", **_auth(cast.handler_a)).json()
    assert body["policyholder"]["phone"] == "139****5678" and body["keep_until"] == "2031-03-01"
    assert body["items"][0]["kind"] == "recording" and PHONE not in str(body) and ID_NUMBER not in str(body)
    assert client.get(f"/api/v1/traceability/sales/{sale.pk}", **_auth(cast.handler_b)).status_code == 404
    assert client.get("/api/v1/traceability/sales", {"q": PHONE}, **_auth(cast.officer)).status_code == 422
    found = client.post("/api/v1/traceability/sales/search", {"q": PHONE}, content_type="application/json",
                        **_auth(cast.officer)).json()
    assert [s["policy_number"] for s in found["items"]] == [sale.policy_number]


def test_api_create_is_idempotent_and_download_needs_a_reason(client, cast, add_item):
    payload = {"institution": "650100", "policy_number": "PAPI-1", "product_name": "意外险",
               "product_line": "accident", "channel": "internet", "sold_at": "2025-05-01T10:00:00+08:00",
               "agent_name": "线上", "agent_number": "WEB", "policyholder_name": "张建国",
               "contract_start": "2025-05-02", "contract_end": "2026-05-01"}
    headers = {**_auth(cast.officer), "HTTP_IDEMPOTENCY_KEY": "abc"}
    first = client.post("/api/v1/traceability/sales", payload, content_type="application/json", **headers)
    again = client.post("/api/v1/traceability/sales", payload, content_type="application/json", **headers)
    assert (first.status_code, again.status_code) == (201, 200) and first.json()["id"] == again.json()["id"]
    item = add_item(SaleRecord.objects.get())
    url = f"/api/v1/traceability/items/{item.pk}/download"
    assert client.post(url, {"reason": ""}, content_type="application/json", **_auth(cast.officer)).status_code == 422
    ok = client.post(url, {"reason": "监管检查调阅"}, content_type="application/json", **_auth(cast.officer))
    assert ok.status_code == 200 and ok.content == item.path.read_bytes() and "officer" in ok["Content-Disposition"]
    assert client.post(url, {"reason": "审计抽查录音"}, content_type="application/json",
                       **_auth(cast.auditor)).status_code == 403


def test_the_export_masks_the_policyholder(client, cast, make_sale, add_item):
    import io

    import openpyxl

    sale = make_sale()
    add_item(sale)
    client.force_login(cast.handler_a)
    response = client.post("/traceability/export.xlsx", {"q": PHONE})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert sale.policy_number in values and "139****5678" in values and "张**" in values
    assert PHONE not in " ".join(values) and ID_NUMBER not in " ".join(values) and "张建国" not in values


def test_the_sale_form_warns_about_a_known_policy_and_a_required_recording(client, cast, make_sale):
    sale = make_sale()
    client.force_login(cast.officer)
    body = client.post("/checks/sale.create/", {"policy_number": sale.policy_number, "channel": "telephone"}
                       ).content.decode()
    assert f"/traceability/sales/{sale.pk}/" in body and "录音" in body
