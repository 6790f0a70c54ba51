"""Complaint pages: list, search, register form (errors keep input), case page, actions, scope."""

import pytest

from xiaobao.complaints.models import Complaint


@pytest.fixture
def logged_in(client, cast):
    client.force_login(cast.handler_a)
    return client


FORM = {
    "channel": "counter", "received_at": "2025-09-26T10:00", "institution": "650100", "name": "王五",
    "phone": "13712345678", "id_number": "", "address": "", "complainant_count": "1", "policy_number": "P-1",
    "claim_number": "", "product_line": "health", "category": "short_term_health", "cause": "claims",
    "disputed_amount": "", "regulator_reference": "", "regulator_due_at": "", "summary": "住院费用报销比例争议",
    "requested_outcome": "",
}


def test_register_through_the_form(logged_in):
    r = logged_in.post("/complaints/new/", FORM)
    c = Complaint.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/complaints/{c.pk}/"
    page = logged_in.get(r["Location"]).content.decode()
    assert c.number in page and "王*" in page and "137****5678" in page and "13712345678" not in page


def test_form_errors_are_in_chinese_and_keep_the_input(logged_in):
    r = logged_in.post("/complaints/new/", {**FORM, "id_number": "650103195301191541", "summary": "保留这段文字"})
    body = r.content.decode()
    assert r.status_code == 200
    assert "身份证号码校验位不正确" in body or "不是有效的居民身份证号" in body
    assert "保留这段文字" in body
    assert Complaint.objects.count() == 0


def test_list_search_and_htmx_rows(logged_in, make_complaint):
    c = make_complaint()
    body = logged_in.get("/complaints/").content.decode()
    assert c.number in body and "13812345678" not in body
    rows = logged_in.post("/complaints/", {"q": "138 1234 5678"}, HTTP_HX_REQUEST="true").content.decode()
    assert c.number in rows and "<html" not in rows
    assert c.number not in logged_in.post("/complaints/", {"q": "13900000000"}, HTTP_HX_REQUEST="true").content.decode()


def test_actions_through_the_case_page(logged_in, make_complaint):
    c = make_complaint()
    r = logged_in.post(f"/complaints/{c.pk}/act/accept/", {"version": "1"})
    assert r.status_code == 302
    c.refresh_from_db()
    assert c.status == "in_progress"
    stale = logged_in.post(f"/complaints/{c.pk}/act/note/", {"version": "1", "note": "旧版本上的记录"})
    assert stale.status_code == 400
    body = stale.content.decode()
    assert "已被他人修改" in body and "旧版本上的记录" in body


def test_the_overdue_list(logged_in, make_complaint):
    c = make_complaint()
    assert c.number in logged_in.get("/complaints/overdue/").content.decode()


def test_another_institutions_case_page_is_404(client, cast, make_complaint):
    c = make_complaint()
    client.force_login(cast.handler_b)
    assert client.get(f"/complaints/{c.pk}/").status_code == 404
    assert client.post(f"/complaints/{c.pk}/act/accept/", {"version": "1"}).status_code == 404
    assert c.number not in client.get("/complaints/").content.decode()


def test_download_is_scoped_and_audited(client, cast, make_complaint, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from xiaobao.audit.models import AuditEvent

    settings.MEDIA_ROOT = tmp_path
    c = make_complaint()
    client.force_login(cast.handler_a)
    client.post(f"/complaints/{c.pk}/upload/", {"file": SimpleUploadedFile("说明.txt", "情况说明".encode())})
    attachment = c.attachments.get()
    r = client.get(f"/complaints/attachments/{attachment.pk}/")
    assert r.status_code == 200 and b"".join(r.streaming_content) == "情况说明".encode()
    assert AuditEvent.objects.filter(action="complaint.download").count() == 1
    client.force_login(cast.handler_b)
    assert client.get(f"/complaints/attachments/{attachment.pk}/").status_code == 404


def test_home_queue_lists_the_handlers_cases_due_soonest_first(logged_in, make_complaint):
    c = make_complaint()
    body = logged_in.get("/").content.decode()
    assert c.number in body
