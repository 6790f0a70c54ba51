"""The partners pages and API, and what they change elsewhere: the blacklist warning on the complaint
registration form (page and API), the complaint page panel, the list and export marks."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from tests.partners.conftest import code, token
from xiaobao.complaints.models import Complaint

pytestmark = pytest.mark.django_db

COMPLAINT = {
    "channel": "hotline", "received_at": "2025-09-26T10:00:00+08:00", "institution": "650100",
    "complainant": {"name": "张三丰", "phone": "13812345678"}, "product_line": "motor",
    "category": "motor_vehicle", "cause": "claims", "summary": "4S店销售人员误导投保。",
}


def test_the_complaint_form_check_warns_of_a_blacklisted_partner(client, cast, register, blacklist):
    partner = register(former_names=["天山农信社"])
    client.force_login(cast.handler_a)
    for named in (partner.credit_code, partner.name, "天山农信社"):
        assert client.post("/checks/complaint.create/", {"partner": named}).content.decode().count("黑名单") == 0
    blacklist(partner)
    for named in (partner.credit_code.lower(), partner.name, "天山农信社"):
        body = client.post("/checks/complaint.create/", {"partner": named}).content.decode()
        assert "黑名单" in body and partner.name in body, named
    assert "黑名单" not in client.post("/checks/complaint.create/", {"partner": "别的公司"}).content.decode()
    for slot, field, value in (("sale.create", "partner_credit_code", partner.credit_code),
                               ("sale.create", "partner_name", "天山农信社"),
                               ("review.create", "partner_id", str(partner.pk))):
        assert "黑名单" in client.post(f"/checks/{slot}/", {field: value}).content.decode(), slot


def test_registering_a_complaint_naming_the_partner_links_it_and_shows_the_panel(client, cast, register, blacklist):
    partner = register()
    blacklist(partner)
    client.force_login(cast.handler_a)
    page = client.get("/complaints/new/").content.decode()
    assert 'name="partner"' in page and "complaint.create" in page
    form = {"channel": "hotline", "received_at": "2025-09-26T10:00", "institution": "650100", "name": "张三丰",
            "complainant_count": "1", "product_line": "motor", "category": "motor_vehicle", "cause": "claims",
            "summary": "4S店销售人员误导投保。", "partner": partner.credit_code}
    response = client.post("/complaints/new/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    complaint = Complaint.objects.get()
    assert complaint.partner == partner
    detail = client.get(f"/complaints/{complaint.pk}/").content.decode()
    assert 'data-testid="partner-panel"' in detail and "黑名单" in detail and partner.name in detail


def test_an_unknown_partner_is_refused_with_the_form_kept(client, cast):
    client.force_login(cast.handler_a)
    form = {"channel": "hotline", "received_at": "2025-09-26T10:00", "institution": "650100", "name": "张三丰",
            "complainant_count": "1", "product_line": "motor", "category": "motor_vehicle", "cause": "claims",
            "summary": "投诉事项", "partner": "查无此公司"}
    response = client.post("/complaints/new/", form)
    assert response.status_code == 200 and "查无此公司" in response.content.decode()
    assert not Complaint.objects.exists()


def test_the_api_returns_the_warning_on_complaint_creation(client, cast, register, blacklist):
    partner = register()
    headers = token(cast.handler_a)
    clean = client.post("/api/v1/complaints", json.dumps({**COMPLAINT, "partner": partner.credit_code}),
                        content_type="application/json", **headers)
    assert clean.status_code == 201 and clean.json()["warnings"] == []
    assert clean.json()["partner_id"] == partner.pk
    blacklist(partner)
    warned = client.post("/api/v1/complaints", json.dumps({**COMPLAINT, "partner": partner.name}),
                         content_type="application/json", **headers)
    assert warned.status_code == 201
    assert len(warned.json()["warnings"]) == 1 and partner.credit_code in warned.json()["warnings"][0]
    unknown = client.post("/api/v1/complaints", json.dumps({**COMPLAINT, "partner": "查无此公司"}),
                          content_type="application/json", **headers)
    assert unknown.status_code == 422 and unknown.json()["field"] == "partner"


def test_the_list_and_export_mark_blacklisted_partners(client, cast, register, blacklist):
    listed = register()
    register(name="天山保险公估有限公司", body="91650100MA7700001", kind="adjuster")
    blacklist(listed)
    client.force_login(cast.officer)
    page = client.get("/partners/").content.decode()
    assert page.count('data-testid="blacklisted"') == 1
    only = client.get("/partners/?blacklisted=on").content.decode()
    assert listed.name in only and "天山保险公估有限公司" not in only
    response = client.get("/partners/export.xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = {r[2]: r[-1] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[listed.credit_code] == "是" and rows[code("91650100MA7700001")] == "否"


def test_blacklisting_through_the_pages_needs_a_second_user(client, cast, register, head):
    partner = register()
    client.force_login(cast.officer)
    client.post(f"/partners/{partner.pk}/blacklist/", {"reason": "误导销售，检查属实", "starts_on": "2025-01-01"})
    listing = partner.listings.get()
    client.post(f"/partners/{partner.pk}/blacklist/{listing.pk}/approve_listing/", {"version": listing.version})
    listing.refresh_from_db()
    assert listing.status == "requested"  # refused: the requester approving
    client.force_login(head)
    assert "批准列入" in client.get(f"/partners/{partner.pk}/").content.decode()
    client.post(f"/partners/{partner.pk}/blacklist/{listing.pk}/approve_listing/", {"version": listing.version})
    listing.refresh_from_db()
    assert listing.status == "active" and listing.approved_by == head
    assert 'data-testid="blacklist-banner"' in client.get(f"/partners/{partner.pk}/").content.decode()


def test_api_flow_register_blacklist_approve_and_self_approval_refused(client, cast, head):
    officer, boss = token(cast.officer), token(head)
    payload = {"name": "天山农村商业银行股份有限公司", "kind": "bank", "credit_code": code(), "institutions": ["650100"]}
    bad = client.post("/api/v1/partners", json.dumps({**payload, "credit_code": code()[:-1] + "0"}),
                      content_type="application/json", **officer)
    assert bad.status_code == 422 and bad.json()["field"] == "credit_code"
    created = client.post("/api/v1/partners", json.dumps(payload), content_type="application/json",
                          HTTP_IDEMPOTENCY_KEY="k1", **officer)
    again = client.post("/api/v1/partners", json.dumps(payload), content_type="application/json",
                        HTTP_IDEMPOTENCY_KEY="k1", **officer)
    assert created.status_code == 201 and again.status_code == 200 and again.json()["id"] == created.json()["id"]
    pid = created.json()["id"]
    listing = client.post(f"/api/v1/partners/{pid}/blacklist", json.dumps({"reason": "误导销售属实",
                                                                           "starts_on": "2025-01-01"}),
                          content_type="application/json", **officer).json()
    own = client.post(f"/api/v1/partners/blacklist/{listing['id']}/actions",
                      json.dumps({"action": "approve_listing", "version": listing["version"]}),
                      content_type="application/json", **officer)
    assert own.status_code == 403 and own.json()["code"] == "self_approval"
    ok = client.post(f"/api/v1/partners/blacklist/{listing['id']}/actions",
                     json.dumps({"action": "approve_listing", "version": listing["version"]}),
                     content_type="application/json", **boss)
    assert ok.status_code == 200 and ok.json()["status"] == "active"
    assert client.get(f"/api/v1/partners/{pid}", **officer).json()["blacklisted"] is True
    stale = client.put(f"/api/v1/partners/{pid}", json.dumps({**payload, "version": 99}),
                       content_type="application/json", **officer)
    assert stale.status_code == 409
    check = client.get(f"/api/v1/partners/credit-code?code={code()[:-1]}0", **officer).json()
    assert check["valid"] is False and check["problem"] == "check" and check["expected_check_character"] == code()[-1]


def test_another_institution_gets_404_on_page_and_api(client, cast, register):
    partner = register(institutions=[cast.sub_a])
    client.force_login(cast.handler_b)
    assert client.get(f"/partners/{partner.pk}/").status_code == 404
    assert client.get(f"/api/v1/partners/{partner.pk}", **token(cast.handler_b)).status_code == 404
    assert client.get("/api/v1/partners", **token(cast.handler_b)).json()["count"] == 0


def _partner_ledger(*rows) -> io.BytesIO:
    wb = openpyxl.Workbook()
    wb.active.append(["机构名称", "类型", "统一社会信用代码", "使用机构"])
    for row in rows:
        wb.active.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "ledger.xlsx"
    return buffer


def test_the_import_runs_as_a_job_whose_page_reports_rows(client, cast):
    from xiaobao.core.models import Job
    from xiaobao.partners.models import Partner

    rows = (["天山农村商业银行股份有限公司", "银行", code(), "650100"], ["坏代码公司", "经纪", "123", "650100"])
    client.force_login(cast.officer)
    response = client.post("/partners/import/", {"file": _partner_ledger(*rows)})
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == f"/security/imports/{job.pk}/"
    assert (job.kind, job.status, job.result["created"], job.result["failed_rows"]) == ("partners.import", "done", 1, 1)
    body = client.get(response.url).content.decode()
    assert 'data-testid="import-error"' in body and "18" in body and "共读取 2 行：登记 1 行" in body
    assert 'href="/partners/import/"' in body
    again = client.post("/partners/import/", {"file": _partner_ledger(*rows)})  # the same file again: no duplicate
    assert "已登记" in client.get(again.url).content.decode() and Partner.objects.count() == 1
    client.force_login(cast.handler_a)  # not a registry keeper: refused the page, and a file before it is queued
    page = client.get("/partners/import/")
    assert page.status_code == 403 and "您的岗位不能修改合作机构台账。" in page.content.decode()
    response = client.post("/partners/import/", {"file": _partner_ledger(*rows)})
    assert response.status_code == 403 and Job.objects.count() == 2
    assert client.get(f"/security/imports/{job.pk}/").status_code == 404  # nor sees another's job


def test_the_demo_seeds_every_state(db, settings, tmp_path):
    from tests.conftest import seed_demo_through
    from xiaobao.partners.models import Listing, Partner

    settings.MEDIA_ROOT = tmp_path / "files"
    seed_demo_through("partners")
    assert {"registered", "admission", "admitted", "exited"} <= set(Partner.objects.values_list("status", flat=True))
    assert {"active", "lift_requested"} <= set(Listing.objects.values_list("status", flat=True))
    count = Partner.objects.count()
    seed_demo_through("partners")
    assert Partner.objects.count() == count


def test_the_review_request_form_names_the_partner_and_warns_while_it_is_filled_in(client, cast, register, blacklist):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from xiaobao.reviews.models import ReviewRequest

    partner = register(former_names=["天山农信社"])
    blacklist(partner)
    client.force_login(cast.handler_a)
    page = client.get("/reviews/new/").content.decode()
    assert 'name="partner_name"' in page and "/checks/review.create/" in page
    body = client.post("/checks/review.create/", {"partner_name": "天山农信社", "title": "银保产品折页"}).content
    assert "黑名单" in body.decode() and partner.name in body.decode()
    assert "黑名单" in client.post("/checks/review.monitoring/", {"partner_name": partner.credit_code}).content.decode()
    response = client.post("/reviews/new/", {
        "kind": "marketing", "material_form": "poster", "title": "银保产品折页", "institution": cast.sub_a.code,
        "partner_name": partner.name, "check_as": "marketing",
        "files": [SimpleUploadedFile("折页.txt", "投保前请仔细阅读条款。".encode())]})
    assert response.status_code == 302, response.content.decode()[:2000]
    request = ReviewRequest.objects.get()
    assert request.partner_name == partner.name
    assert partner.name in client.get(f"/reviews/{request.pk}/").content.decode()


def test_the_sale_and_review_apis_return_the_warning(client, cast, register, blacklist):
    """Registering a sale record or submitting a review request that names a blacklisted partner answers with the
    warning, as the complaint API does; a sale's own policy number is not a duplicate of itself."""
    partner = register(former_names=["天山农信社"])
    headers = token(cast.officer)
    sale = {"institution": "650100", "product_name": "安心意外伤害保险", "product_line": "accident",
            "channel": "face_to_face", "sold_at": "2025-03-01T10:00:00+08:00", "agent_name": "王小明",
            "agent_number": "TS8801", "policyholder_name": "张建国", "contract_start": "2025-03-02",
            "contract_end": "2026-03-01"}

    def register_sale(number, **extra):
        return client.post("/api/v1/traceability/sales",
                           json.dumps({**sale, "policy_number": number, **extra}),
                           content_type="application/json", **headers)

    def submit_review(title, partner_name):
        from django.core.files.uploadedfile import SimpleUploadedFile

        return client.post("/api/v1/reviews", {
            "kind": "marketing", "material_form": "poster", "title": title, "institution": "650100",
            "partner_name": partner_name, "files": [SimpleUploadedFile("折页.txt", "投保前请仔细阅读条款。".encode())]},
            **headers)

    clean = register_sale("PDEA202565010000001", partner_credit_code=partner.credit_code)
    assert clean.status_code == 201 and clean.json()["warnings"] == [], clean.content
    assert submit_review("银保产品折页", partner.name).json()["warnings"] == []
    blacklist(partner)
    warned = register_sale("PDEA202565010000002", partner_name="天山农信社")
    assert warned.status_code == 201 and len(warned.json()["warnings"]) == 1
    assert partner.credit_code in warned.json()["warnings"][0] and "黑名单" in warned.json()["warnings"][0]
    telephone = register_sale("PDEA202565010000003", partner_credit_code=partner.credit_code.lower(),
                              channel="telephone")
    assert len(telephone.json()["warnings"]) == 2  # the blacklisting, and the recording still to add
    review = submit_review("银保产品海报", partner.credit_code)
    assert review.status_code == 201 and len(review.json()["warnings"]) == 1
    assert "黑名单" in review.json()["warnings"][0]
    assert submit_review("别家产品海报", "别的公司").json()["warnings"] == []


def test_the_sale_and_review_pages_show_the_partner_and_the_warning_while_blacklisted(client, cast, register,
                                                                                      blacklist, head):
    """A sale record naming the partner by credit code and a review request naming it by a former name show the
    partner panel (a link for who may read the partner), the warning while it is blacklisted, none once lifted."""
    from tests.traceability.conftest import sale_input
    from xiaobao.partners import services
    from xiaobao.reviews import services as reviews
    from xiaobao.traceability import services as traceability

    partner = register(former_names=["天山农信社"], institutions=[cast.sub_a])
    other = register(name="喀什某代理公司", body="91653100MA7700044", institutions=[cast.sub_b])
    sale, _new = traceability.register_sale(data=sale_input(
        policy_number="PDEA202565010000009", channel="face_to_face", partner_credit_code=partner.credit_code.lower()),
        by=cast.officer)
    review, _new = reviews.request_submit(
        by=cast.handler_a, kind="marketing", title="银保产品折页", institution=cast.sub_a, material_form="poster",
        partner_name="天山农信社", uploads=[reviews.Upload("折页.txt", io.BytesIO("投保前请仔细阅读条款。".encode()), "marketing")])
    unnamed, _new = reviews.request_submit(
        by=cast.handler_a, kind="marketing", title="自有产品海报", institution=cast.sub_a, material_form="poster",
        uploads=[reviews.Upload("海报.txt", io.BytesIO("投保前请仔细阅读条款。".encode()), "marketing")])
    pages = {"sale": f"/traceability/sales/{sale.pk}/", "review": f"/reviews/{review.pk}/"}

    client.force_login(cast.officer)
    for which, url in pages.items():
        body = client.get(url).content.decode()
        assert body.count('data-testid="partner-panel"') == 1 and f"/partners/{partner.pk}/" in body, which
        assert 'data-testid="partner-blacklist-warning"' not in body and other.name not in body, which
    assert 'data-testid="partner-panel"' not in client.get(f"/reviews/{unnamed.pk}/").content.decode()

    listing = blacklist(partner)
    client.force_login(cast.handler_a)  # reads the partner (it serves sub_a): the panel links to it
    for which, url in pages.items():
        body = client.get(url).content.decode()
        assert body.count('data-testid="partner-blacklist-warning"') == 1 and "黑名单" in body, which
        assert f"/partners/{partner.pk}/" in body, which

    listing = services.listing_act(listing_id=listing.pk, version=listing.version, action="request_lift",
                                   by=cast.officer, note="已整改完毕")
    services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_lift", by=head, note="同意")
    for which, url in pages.items():
        body = client.get(url).content.decode()
        assert 'data-testid="partner-panel"' in body and 'data-testid="partner-blacklist-warning"' not in body, which
