"""The complaint-list export: masked by default, DLP on every file, plain only for officers with a reason."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from tests.privacy.conftest import ADDRESS, PHONE, VALID_ID
from xiaobao.complaints import exports, selectors
from xiaobao.complaints import services as complaint_services
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.privacy import dlp
from xiaobao.privacy.models import BlockedExport, PersonalDataAccess


def read_xlsx(content):
    ws = load_workbook(io.BytesIO(content), read_only=True).active
    return [[("" if v is None else str(v)) for v in row] for row in ws.iter_rows(values_only=True)]


def read_csv(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_masked_xlsx_export_of_the_filtered_list(cast, make_complaint):
    a = make_complaint()
    b = make_complaint(channel="counter")
    file = exports.complaint_export(user=cast.handler_a, filters=selectors.ComplaintFilters(channel="hotline"),
                                    fmt="xlsx")
    rows = read_xlsx(file.content)
    assert rows[0] == list(exports.HEADERS) and file.count == 1 and len(rows) == 2
    text = "\n".join("\t".join(r) for r in rows)
    assert a.number in text and b.number not in text
    assert "张**" in text and "138****5678" in text and "650103********1540" in text
    for value in (PHONE, VALID_ID, ADDRESS, "张三丰"):
        assert value not in text
    assert file.filename.endswith(".xlsx") and "-plain-" not in file.filename
    assert not PersonalDataAccess.objects.exists() and not BlockedExport.objects.exists()


def test_masked_export_masks_personal_data_in_free_text_too(cast, make_complaint):
    make_complaint(summary="投诉人张三丰称已致电13812345678未获回复，身份证650103195301191540。")
    file = exports.complaint_export(user=cast.handler_a, filters=selectors.ComplaintFilters(), fmt="csv")
    text = file.content.decode("utf-8-sig")
    assert PHONE not in text and VALID_ID not in text and "张三丰" not in text
    assert not BlockedExport.objects.exists()


def test_scope_applies(cast, make_complaint):
    make_complaint()
    file = exports.complaint_export(user=cast.handler_b, filters=selectors.ComplaintFilters(), fmt="csv")
    assert file.count == 0 and len(read_csv(file.content)) == 1


def test_officer_plain_export_with_reason_is_logged(cast, make_complaint):
    c = make_complaint()
    file = exports.complaint_export(user=cast.officer, filters=selectors.ComplaintFilters(), fmt="csv",
                                    plain=True, reason="报送监管部门核查")
    text = file.content.decode("utf-8-sig")
    assert PHONE in text and VALID_ID in text and ADDRESS in text and c.number in text
    entry = PersonalDataAccess.objects.get()
    assert entry.kind == "export" and entry.field == "all" and entry.record_count == 1
    assert entry.filename == file.filename and "-plain-" in file.filename and entry.reason == "报送监管部门核查"


@pytest.mark.parametrize("who", ["handler_a", "reviewer_a", "auditor"])
def test_plain_export_is_for_officers_only(cast, make_complaint, who):
    make_complaint()
    with pytest.raises(PermissionDenied):
        exports.complaint_export(user=getattr(cast, who), filters=selectors.ComplaintFilters(), fmt="xlsx",
                                 plain=True, reason="报送监管部门核查")
    assert not PersonalDataAccess.objects.exists()


def test_plain_export_needs_a_reason(cast, make_complaint):
    with pytest.raises(InvalidInput):
        exports.complaint_export(user=cast.officer, filters=selectors.ComplaintFilters(), fmt="xlsx", plain=True)


def test_a_leaking_column_is_stopped_by_dlp(cast, make_complaint, monkeypatch):
    """Defence in depth: were a column ever to carry a clear value, the file would not leave."""
    make_complaint()
    monkeypatch.setattr(exports, "complainant_masked", lambda c: {
        "name": c.complainant_name, "phone": c.complainant_phone, "id_number": c.complainant_id_number,
        "address": "",
    })
    with pytest.raises(dlp.ExportBlocked):
        exports.complaint_export(user=cast.handler_a, filters=selectors.ComplaintFilters(), fmt="xlsx")
    blocked = BlockedExport.objects.get()
    assert blocked.findings == {"ID_CARD": 1, "MOBILE": 1} and blocked.username == "handler_a"


# Pages ----------------------------------------------------------------------------------------------


def test_export_views(client, cast, make_complaint):
    c = make_complaint()
    client.force_login(cast.handler_a)
    r = client.get("/complaints/export.xlsx", {"q": c.number})
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in r["Content-Disposition"]
    assert c.number in "\n".join("\t".join(row) for row in read_xlsx(r.content))
    r = client.get("/complaints/export.csv", {"status": "closed"})
    assert r.status_code == 200 and len(read_csv(r.content)) == 1
    r = client.post("/complaints/export.csv", {"plain": "1", "reason": "报送监管部门核查"})
    assert r.status_code == 403 and PHONE not in r.content.decode()


def test_officer_plain_export_view(client, cast, make_complaint):
    make_complaint()
    client.force_login(cast.officer)
    r = client.post("/complaints/export.xlsx", {"plain": "1", "reason": "看"})
    assert r.status_code == 422
    r = client.post("/complaints/export.xlsx", {"plain": "1", "reason": "报送监管部门核查"})
    assert r.status_code == 200 and PHONE in "\n".join("\t".join(row) for row in read_xlsx(r.content))
    assert PersonalDataAccess.objects.filter(kind="export").count() == 1


def test_blocked_export_page_lists_attempts_for_the_officer(client, cast, make_complaint, monkeypatch):
    make_complaint()
    monkeypatch.setattr(exports, "complainant_masked", lambda c: {
        "name": "", "phone": c.complainant_phone, "id_number": "", "address": ""})
    client.force_login(cast.handler_a)
    r = client.get("/complaints/export.csv")
    body = r.content.decode()
    assert r.status_code == 403 and 'data-code="export_blocked"' in body and PHONE not in body
    client.force_login(cast.officer)
    page = client.get("/privacy/blocked-exports/").content.decode()
    assert "handler_a" in page and "MOBILE 1" in page and ".csv" in page and PHONE not in page
    client.force_login(cast.auditor)
    assert client.get("/privacy/blocked-exports/").status_code == 200


def test_csv_cells_never_become_formulas(cast, make_complaint):
    make_complaint(summary="=HYPERLINK(\"http://evil\")")
    text = exports.complaint_export(user=cast.officer, filters=selectors.ComplaintFilters(), fmt="csv",
                                    plain=True, reason="报送监管部门").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text


def test_export_query_count_does_not_grow_with_rows(cast, make_complaint, django_assert_max_num_queries):
    for _ in range(5):
        make_complaint()
    with django_assert_max_num_queries(8):
        exports.complaint_export(user=cast.handler_a, filters=selectors.ComplaintFilters(), fmt="xlsx")
    assert complaint_services  # intake used through make_complaint


def test_the_export_links_include(rf, cast):
    from django.template import engines

    def render(user, query=""):
        request = rf.get("/complaints/" + query)
        request.user = user
        return engines["django"].from_string('{% include "privacy/_export_links.html" %}').render(
            {"user": user, "request": request}, request)

    handler = render(cast.handler_a, "?status=closed")
    assert "/complaints/export.xlsx?status=closed" in handler and "/complaints/export.csv?status=closed" in handler
    assert 'name="plain"' not in handler
    assert 'name="plain"' in render(cast.officer) and 'name="reason"' in render(cast.officer)


def test_a_link_cannot_ask_for_clear_data(client, cast, make_complaint):
    """plain=1 counts only on the CSRF-checked POST form; a GET link gets the masked export."""
    make_complaint()
    client.force_login(cast.officer)
    body = client.get("/complaints/export.csv", {"plain": "1", "reason": "链接里的理由"}).content.decode("utf-8-sig")
    assert "13812345678" not in body and "138****5678" in body
