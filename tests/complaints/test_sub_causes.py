"""二级事由 at intake: optional, validated against the first level (service, database, form, API, Excel import),
exported in Chinese with 未细分 for the cases without one."""

from __future__ import annotations

import io

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation
from openpyxl import load_workbook

from tests.complaints.conftest import intake
from tests.complaints.test_api import BODY, api  # noqa: F401 - the API client fixture
from tests.complaints.test_import import HEADERS, row, workbook
from tests.complaints.test_pages import FORM
from xiaobao.complaints import exports, selectors, services
from xiaobao.complaints.codes import SUB_CAUSE_PARENT, Cause, SubCause, sub_causes_of
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.services.importing import import_ledger
from xiaobao.core.errors import InvalidInput


def test_every_second_level_cause_belongs_to_one_first_level_cause():
    assert set(SUB_CAUSE_PARENT) == set(SubCause.values)
    assert set(SUB_CAUSE_PARENT.values()) <= set(Cause.values)
    assert [code for code, _label in sub_causes_of("claims")][:3] == ["claims.delay", "claims.amount", "claims.denied"]
    assert sub_causes_of("other") == []


def test_the_second_level_is_optional_and_kept_when_it_belongs_to_the_cause(make_complaint):
    assert make_complaint().sub_cause == ""
    assert make_complaint(sub_cause="claims.denied").sub_cause == "claims.denied"


def test_a_second_level_of_another_cause_is_refused_with_a_chinese_message(cast):
    with translation.override("zh-hans"), pytest.raises(InvalidInput) as refused:
        services.register(intake(cause="claims", sub_cause="sales.misleading"), by=cast.handler_a)
    assert refused.value.field == "sub_cause"
    assert "欺骗误导" in str(refused.value.message) and "理赔纠纷" in str(refused.value.message)
    with pytest.raises(InvalidInput) as unknown:
        services.register(intake(sub_cause="claims.nonsense"), by=cast.handler_a)
    assert unknown.value.field == "sub_cause"
    assert Complaint.objects.count() == 0


def test_the_database_refuses_a_mismatch_written_around_the_service(make_complaint):
    c = make_complaint()
    with pytest.raises(IntegrityError), transaction.atomic():
        Complaint.objects.filter(pk=c.pk).update(sub_cause="sales.misleading")
    Complaint.objects.filter(pk=c.pk).update(sub_cause="claims.amount")  # its own cause's: accepted


def test_an_idempotent_retry_without_a_second_level_hashes_as_before():
    before = services.intake.intake_hash(intake())
    assert services.intake.intake_hash(intake(sub_cause="")) == before
    assert services.intake.intake_hash(intake(sub_cause="claims.delay")) != before


def test_the_api_takes_the_second_level_and_refuses_a_mismatch_with_its_field(api):  # noqa: F811
    r = api.post("/api/v1/complaints", {**BODY, "sub_cause": "claims.amount"})
    assert r.status_code == 201, r.content
    assert r.json()["sub_cause"] == "claims.amount"
    assert api.post("/api/v1/complaints", BODY).json()["sub_cause"] == ""
    bad = api.post("/api/v1/complaints", {**BODY, "sub_cause": "sales.bundling"})
    assert bad.status_code == 422
    assert bad.json()["code"] == "invalid" and bad.json()["field"] == "sub_cause" and bad.json()["message"]
    unknown = api.post("/api/v1/complaints", {**BODY, "sub_cause": "claims.nonsense"})
    assert unknown.status_code == 422 and "sub_cause" in unknown.content.decode()
    assert Complaint.objects.count() == 2


def test_the_form_offers_the_second_level_grouped_and_shows_a_mismatch_in_chinese(client, cast):
    client.force_login(cast.handler_a)
    page = client.get("/complaints/new/").content.decode()
    assert 'name="sub_cause"' in page and '<optgroup label="理赔纠纷">' in page and "理赔时效" in page
    r = client.post("/complaints/new/", {**FORM, "sub_cause": "service.attitude", "summary": "保留这段文字"})
    body = r.content.decode()
    assert r.status_code == 200 and "不属于" in body and "保留这段文字" in body
    assert Complaint.objects.count() == 0
    r = client.post("/complaints/new/", {**FORM, "sub_cause": "claims.procedure"})
    assert r.status_code == 302
    case = Complaint.objects.get()
    assert case.sub_cause == "claims.procedure"
    assert "理赔手续/资料" in client.get(r["Location"]).content.decode()


def test_the_ledger_import_reads_the_second_level_in_chinese_and_checks_it(cast):
    headers = [*HEADERS, "二级事由"]
    rows = [row(1, 二级事由="拒赔"), row(2, 二级事由="未细分"), row(3, 二级事由=None), row(4, 二级事由="claims.delay")]
    report = import_ledger(workbook(rows, headers=headers), by=cast.handler_a)
    assert report.ok, report.errors
    assert sorted(Complaint.objects.values_list("sub_cause", flat=True)) == ["", "", "claims.delay", "claims.denied"]
    bad = import_ledger(workbook([row(5, 二级事由="欺骗误导"), row(6, 二级事由="随便")], headers=headers),
                        by=cast.handler_a)
    assert not bad.ok
    assert {(e.row, e.column) for e in bad.errors} == {(2, "二级事由"), (3, "二级事由")}
    assert Complaint.objects.count() == 4


def test_a_ledger_without_the_column_imports_as_before(cast):
    first = import_ledger(workbook([row(1)]), by=cast.handler_a)
    assert first.ok and Complaint.objects.get().sub_cause == ""
    again = import_ledger(workbook([row(1)]), by=cast.handler_a)
    assert (again.created, again.existing) == (0, 1)


def test_the_export_writes_the_second_level_or_not_subdivided(cast, make_complaint):
    make_complaint(sub_cause="claims.delay", policy_number="P-SUB-1")
    make_complaint(policy_number="P-SUB-2")
    file = exports.complaint_export(user=cast.handler_a, filters=selectors.ComplaintFilters(), fmt="xlsx")
    sheet = load_workbook(io.BytesIO(file.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    column = list(rows[0]).index("二级事由")
    assert list(rows[0])[column - 1] == "投诉原因"
    by_policy = {r[list(rows[0]).index("保单号")]: r[column] for r in rows[1:]}
    assert by_policy == {"P-SUB-1": "理赔时效", "P-SUB-2": "未细分"}


# ------------------------------------------------------------------------------------- classify after intake


def test_an_open_case_is_subdivided_later_with_a_timeline_and_audit_event(cast, make_complaint):
    from xiaobao.audit.models import AuditEvent

    c = make_complaint()
    services.perform("classify", complaint_id=c.pk, version=1, by=cast.handler_a, cause="claims",
                     sub_cause="claims.amount")
    c.refresh_from_db()
    assert (c.cause, c.sub_cause, c.version) == ("claims", "claims.amount", 2)
    event = c.events.get(action="classify")
    assert event.data == {"from": {"cause": "claims", "sub_cause": ""},
                          "to": {"cause": "claims", "sub_cause": "claims.amount"}}
    assert AuditEvent.objects.filter(action="complaint.classify").exists()
    with pytest.raises(InvalidInput) as refused:
        services.perform("classify", complaint_id=c.pk, version=2, by=cast.handler_a, cause="sales",
                         sub_cause="claims.amount")
    assert refused.value.field == "sub_cause"
    c.refresh_from_db()
    assert (c.cause, c.sub_cause, c.version) == ("claims", "claims.amount", 2)


def test_the_api_classifies_with_a_version_and_names_the_field_of_a_mismatch(api, make_complaint, cast):  # noqa: F811
    cid = api.post("/api/v1/complaints", BODY).json()["id"]
    url = f"/api/v1/complaints/{cid}/transitions"
    bad = api.post(url, {"action": "classify", "version": 1, "cause": "service", "sub_cause": "claims.delay"})
    assert bad.status_code == 422 and bad.json()["field"] == "sub_cause"
    ok = api.post(url, {"action": "classify", "version": 1, "cause": "service", "sub_cause": "service.attitude"})
    assert ok.status_code == 200, ok.content
    assert (ok.json()["cause"], ok.json()["sub_cause"], ok.json()["version"]) == ("service", "service.attitude", 2)
    assert api.post(url, {"action": "classify", "version": 1, "cause": "claims"}).status_code == 409  # stale


def test_the_case_page_classifies_through_its_action_form(client, cast, make_complaint):
    c = make_complaint()
    client.force_login(cast.handler_a)
    page = client.get(f"/complaints/{c.pk}/").content.decode()
    assert "未细分" in page and 'name="sub_cause"' in page
    r = client.post(f"/complaints/{c.pk}/act/classify/", {"version": 1, "cause": "claims", "sub_cause": "sales.harassment"})
    assert r.status_code == 400 and "不属于" in r.content.decode()  # the form again, with the error
    r = client.post(f"/complaints/{c.pk}/act/classify/", {"version": 1, "cause": "claims", "sub_cause": "claims.denied"})
    assert r.status_code == 302
    assert "拒赔" in client.get(f"/complaints/{c.pk}/").content.decode()
