"""The services pages and API: flow, masking, scoped reads, refusals, export, import with row errors, panel."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.assistance.conftest import PHONE
from tests.engines.test_identity import make_id
from xiaobao.assistance.models import FacilityCheck, Service
from xiaobao.org import services as org_services

pytestmark = pytest.mark.django_db
ID_NUMBER = make_id("19550101")


@pytest.fixture
def api(client):
    def call(user, method, url, data=None, **headers):
        auth = {"HTTP_AUTHORIZATION": f"Bearer {org_services.token_create(user=user)}", **headers}
        if method == "get":
            return client.get(url, data or {}, **auth)
        return client.post(url, data or {}, content_type="application/json", **auth)
    return call


PAYLOAD = {"served_on": "2025-09-26", "institution": "650100", "channel": "counter", "language": "uyghur",
           "need": "客户仅会维吾尔语，咨询理赔进度。", "measures": ["bilingual", "green_channel"],
           "staff_name": "古丽娜尔", "customer_name": "阿依古丽", "customer_phone": PHONE,
           "customer_id_number": ID_NUMBER, "outcome": "resolved"}


def test_api_create_masks_and_retries(api, cast):
    response = api(cast.handler_a, "post", "/api/v1/assistance/services", PAYLOAD, HTTP_IDEMPOTENCY_KEY="a1")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["groups"] == ["elderly", "minority_language"]  # born 1955: elderly from the ID
    text = response.content.decode()
    assert PHONE not in text and ID_NUMBER not in text and "阿依古丽" not in text
    again = api(cast.handler_a, "post", "/api/v1/assistance/services", PAYLOAD, HTTP_IDEMPOTENCY_KEY="a1")
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    listed = api(cast.officer, "get", "/api/v1/assistance/services", {"group": "elderly"})
    assert listed.json()["count"] == 1 and PHONE not in listed.content.decode()
    assert api(cast.handler_b, "get", f"/api/v1/assistance/services/{body['id']}").status_code == 404
    assert api(cast.handler_b, "get", "/api/v1/assistance/services").json()["count"] == 0


def test_api_refusals(api, cast):
    assert api(cast.auditor, "post", "/api/v1/assistance/services", PAYLOAD).status_code == 403
    bad = api(cast.handler_a, "post", "/api/v1/assistance/services", {**PAYLOAD, "customer_id_number": "123"})
    assert bad.status_code == 422 and bad.json()["field"] == "customer_id_number"
    created = api(cast.handler_a, "post", "/api/v1/assistance/services", PAYLOAD).json()
    url = f"/api/v1/assistance/services/{created['id']}/follow-up"
    ok = api(cast.handler_a, "post", url, {"version": 1, "outcome": "partly", "satisfaction": "satisfied"})
    assert ok.status_code == 200 and ok.json()["version"] == 2
    stale = api(cast.handler_a, "post", url, {"version": 1, "outcome": "resolved", "satisfaction": ""})
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"


def test_api_outlets_and_checks(api, cast):
    items = {"accessible_entrance": True, "reading_glasses": True, "priority_seats": True, "bilingual_signs": False,
             "hearing_aid": True, "wheelchair": True, "magnifier": True, "first_aid": True, "priority_window": True}
    response = api(cast.handler_a, "post", f"/api/v1/assistance/outlets/{cast.outlet_a.pk}/checks",
                   {"checked_on": "2025-09-01", "items": items})
    assert response.status_code == 201 and response.json()["missing"] == ["bilingual_signs"]
    outlets = api(cast.officer, "get", "/api/v1/assistance/outlets").json()
    assert outlets[0]["last_checked_on"] == "2025-09-01"
    assert api(cast.handler_b, "post", f"/api/v1/assistance/outlets/{cast.outlet_a.pk}/checks",
               {"checked_on": "2025-09-01", "items": items}).status_code == 404
    numbers = api(cast.officer, "get", "/api/v1/assistance/numbers", {"institution": "650000", "year": 2025})
    assert numbers.status_code == 200 and numbers.json()["outlets_checked"] == 1


def test_the_page_flow_and_masking(client, cast):
    client.force_login(cast.handler_a)
    response = client.post("/assistance/new/", {
        "served_on": "2025-09-26", "institution": "650100", "channel": "home", "language": "",
        "is_elderly": "on", "need": "行动不便，上门办理。", "measures": ["home_service", "proxy"],
        "staff_name": "陈晓", "customer_name": "张桂兰", "customer_phone": PHONE, "outcome": "resolved"})
    assert response.status_code == 302, response.content.decode()[:3000]
    service = Service.objects.get()
    for url in ("/assistance/", f"/assistance/services/{service.pk}/"):
        page = client.get(url).content.decode()
        assert "上门服务" in page and PHONE not in page and "张桂兰" not in page
    assert service.number not in client.get("/assistance/?group=disability").content.decode()
    assert service.number in client.get("/assistance/?group=elderly&measure=proxy").content.decode()


def test_the_auditor_reads_but_cannot_create(client, cast, record):
    record()
    client.force_login(cast.auditor)
    assert client.get("/assistance/").status_code == 200
    assert client.get("/assistance/new/").status_code == 403
    assert client.post("/assistance/new/", {}).status_code == 403
    assert "/assistance/new/" not in client.get("/assistance/").content.decode()


def test_a_bad_form_keeps_what_was_typed_and_says_why(client, cast):
    client.force_login(cast.handler_a)
    response = client.post("/assistance/new/", {
        "served_on": "2025-09-26", "institution": "650100", "channel": "counter", "language": "",
        "need": "咨询保单。", "measures": ["green_channel"], "staff_name": "陈晓", "customer_name": "王五",
        "outcome": "resolved"})
    assert response.status_code == 200 and Service.objects.count() == 0
    body = response.content.decode()
    assert "咨询保单" in body and "老年" in body  # the group error, in Chinese


def test_the_export_is_masked(client, cast, record):
    record(customer_id_number=ID_NUMBER)
    client.force_login(cast.officer)
    response = client.get("/assistance/export.xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "双语服务" in values and PHONE not in values and "阿依古丽" not in values and ID_NUMBER not in values


def _workbook(rows) -> SimpleUploadedFile:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["服务日期", "机构代码", "服务渠道", "客户群体", "服务语言", "客户需求", "服务措施", "服务人员", "客户姓名",
               "联系电话", "身份证号", "服务结果", "满意度"])
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return SimpleUploadedFile("ledger.xlsx", out.getvalue())


GOOD = ["2025-09-01", "650100", "柜面", "少数民族语言", "维吾尔语", "咨询理赔", "双语服务、绿色通道", "古丽", "阿依",
        PHONE, "", "已解决", "满意"]


def _job_page(client, response):
    from xiaobao.core.models import Job

    assert response.status_code == 302 and response.url.startswith("/security/imports/")
    return Job.objects.get(pk=response.url.split("/")[-2]), client.get(response.url).content.decode()


def test_import_reports_errors_per_row_and_imports_nothing(client, cast):
    client.force_login(cast.handler_a)
    bad_channel = [*GOOD[:2], "传真", *GOOD[3:]]
    bad_scope = ["2025-09-01", "653100", *GOOD[2:]]
    job, body = _job_page(client, client.post("/assistance/import/", {"file": _workbook([GOOD, bad_channel, bad_scope])}))
    assert Service.objects.count() == 0
    assert "传真" in body and "653100" in body and "3行中有2行存在错误，本次未导入任何数据" in body
    assert {(e["row"], e["column"]) for e in job.errors} == {(3, "服务渠道"), (4, "机构代码")}
    assert client.get(f"/security/imports/{job.pk}/report.xlsx").status_code == 200


def test_import_of_a_clean_ledger_twice_records_it_once(client, cast):
    client.force_login(cast.handler_a)
    elderly = ["2025-09-02", "650100", "上门", "老年", "", "上门办理", "上门服务、代办", "陈晓", "张某", "",
               make_id("19500101"), "办理中", ""]
    job, body = _job_page(client, client.post("/assistance/import/", {"file": _workbook([GOOD, elderly, GOOD])}))
    assert job.result["created"] == 3 and "共读取 3 行：登记 3 行" in body  # two identical rows stay two services
    assert job.payload is None  # the file (personal data) is dropped once imported
    assert Service.objects.filter(is_elderly=True).count() == 1
    assert Service.objects.filter(is_elderly=False).first().measures == ["bilingual", "green_channel"]
    again, _body = _job_page(client, client.post("/assistance/import/", {"file": _workbook([GOOD, elderly, GOOD])}))
    assert (again.result["created"], again.result["existing"]) == (0, 3) and Service.objects.count() == 3
    client.force_login(cast.handler_b)  # another institution's handler: 650100 is outside their scope
    other, _body = _job_page(client, client.post("/assistance/import/", {"file": _workbook([GOOD])}))
    assert other.result["failed_rows"] == 1 and Service.objects.count() == 3
    assert client.get(f"/security/imports/{job.pk}/").status_code == 404


def test_import_refuses_a_file_that_is_not_excel(client, cast):
    client.force_login(cast.handler_a)
    job, body = _job_page(client, client.post("/assistance/import/",
                                              {"file": SimpleUploadedFile("x.xlsx", b"not a workbook")}))
    assert job.status == "failed" and 'data-testid="import-failed"' in body and Service.objects.count() == 0


def test_import_is_refused_to_a_role_that_may_not_record_services(client, cast):
    client.force_login(cast.auditor)
    assert client.post("/assistance/import/", {"file": _workbook([GOOD])}).status_code == 403
    assert Service.objects.count() == 0


def test_the_complaint_page_offers_the_services_and_links_one(client, cast, make_complaint, record):
    complaint = make_complaint(needs_minority_language=True)
    service = record()
    client.force_login(cast.handler_a)
    page = client.get(f"/complaints/{complaint.pk}/").content.decode()
    assert 'data-testid="assistance-panel"' in page and service.number in page
    response = client.post(f"/assistance/complaints/{complaint.pk}/link/", {"service": service.pk})
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.complaint_id == complaint.pk
    prefilled = client.get(f"/assistance/new/?complaint={complaint.pk}").content.decode()
    assert complaint.number in prefilled and "13812345678" not in prefilled


def test_the_outlet_page_records_a_check_with_photos(client, cast):
    from tests.assistance.test_services import PNG

    client.force_login(cast.handler_a)
    url = f"/assistance/outlets/{cast.outlet_a.pk}/"
    response = client.post(url, {"checked_on": date(2025, 9, 1).isoformat(), "present": ["wheelchair"],
                                 "photos": [SimpleUploadedFile("door.png", PNG)]})
    assert response.status_code == 302, response.content.decode()[:2000]
    check = FacilityCheck.objects.get()
    photo = check.photos.get()
    assert client.get(f"/assistance/facility-photos/{photo.pk}/").status_code == 200
    client.force_login(cast.handler_b)
    assert client.get(f"/assistance/facility-photos/{photo.pk}/").status_code == 404
    assert client.get(url).status_code == 404
