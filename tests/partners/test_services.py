"""The partners services: registration, admission and exit, blacklist approval rules, the clause checklist,
evaluation indicators, scoped reads, the Excel import's per-row errors."""

from __future__ import annotations

import io
from datetime import date, timedelta

import docx
import openpyxl
import pytest
from django.db import connection

from tests.partners.conftest import code
from xiaobao.audit.models import AuditEvent
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied
from xiaobao.partners import importing, selectors, services, transitions
from xiaobao.partners.codes import Clause, ClauseState, ListingStatus, Status

pytestmark = pytest.mark.django_db


def test_registration_checks_the_credit_code(cast, register):
    with pytest.raises(InvalidInput) as exc:
        services.partner_register(by=cast.officer, name="某代理公司", kind="agency", credit_code="91650100MA77654320",
                                  institutions=[cast.sub_a])
    assert exc.value.field == "credit_code"
    assert str(exc.value.message) == str(services.CREDIT_CODE_PROBLEMS["check"])
    partner = register()
    assert partner.credit_code == code() and partner.status == Status.REGISTERED
    with pytest.raises(InvalidInput) as exc:
        register(name="重复")
    assert exc.value.field == "credit_code"


def test_a_handler_may_not_keep_the_registry(cast):
    with pytest.raises(PermissionDenied):
        services.partner_register(by=cast.handler_a, name="某代理公司", kind="agency", credit_code=code(),
                                  institutions=[cast.sub_a])


def test_admission_needs_another_approver_and_writes_the_timeline(cast, register, head):
    partner = register()
    partner = services.step(partner_id=partner.pk, version=partner.version, action="request_admission",
                            by=cast.officer, note="资质齐全")
    assert partner.status == Status.ADMISSION
    with pytest.raises(transitions.SelfApproval):
        services.step(partner_id=partner.pk, version=partner.version, action="approve_admission", by=cast.officer)
    with pytest.raises(transitions.StaleVersion):
        services.step(partner_id=partner.pk, version=partner.version - 1, action="approve_admission", by=head)
    partner = services.step(partner_id=partner.pk, version=partner.version, action="approve_admission", by=head)
    assert partner.status == Status.ADMITTED
    assert [s.action for s in partner.steps.all()] == ["request_admission", "approve_admission"]
    assert AuditEvent.objects.filter(action="partner.approve_admission").exists()
    with pytest.raises(transitions.TransitionNotAllowed):
        services.step(partner_id=partner.pk, version=partner.version, action="approve_exit", by=head)


def test_blacklisting_refuses_self_approval_and_needs_a_reason(cast, register, head):
    partner = register()
    with pytest.raises(InvalidInput):
        services.listing_request(partner_id=partner.pk, by=cast.officer, reason="", starts_on=date(2025, 1, 1))
    listing = services.listing_request(partner_id=partner.pk, by=cast.officer, reason="误导销售，检查属实",
                                       starts_on=date(2025, 1, 1))
    assert listing.status == ListingStatus.REQUESTED
    assert selectors.listing_in_force(partner) is None  # not in force before approval
    with pytest.raises(transitions.SelfApproval):
        services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_listing", by=cast.officer)
    with pytest.raises(PermissionDenied):  # a handler is no approver
        services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_listing",
                             by=cast.handler_a)
    listing = services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_listing", by=head)
    assert listing.status == ListingStatus.ACTIVE and listing.approved_by == head
    assert selectors.listing_in_force(partner) == listing
    assert AuditEvent.objects.filter(action="partner.approve_listing").exists()
    with pytest.raises(transitions.TransitionNotAllowed):  # one listing at a time
        services.listing_request(partner_id=partner.pk, by=cast.officer, reason="再次列入申请", starts_on=date(2025, 2, 1))


def test_lifting_is_its_own_approved_action(cast, register, head, blacklist):
    partner = register()
    listing = blacklist(partner)
    with pytest.raises(InvalidInput):  # a lifting request needs its note
        services.listing_act(listing_id=listing.pk, version=listing.version, action="request_lift", by=head)
    listing = services.listing_act(listing_id=listing.pk, version=listing.version, action="request_lift", by=head,
                                   note="已整改完毕")
    assert selectors.listing_in_force(partner) == listing  # still in force until approved
    with pytest.raises(transitions.SelfApproval):
        services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_lift", by=head)
    listing = services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_lift",
                                   by=cast.officer)
    assert listing.status == ListingStatus.LIFTED and selectors.listing_in_force(partner) is None


def test_a_listing_holds_between_its_start_and_its_end(cast, register, blacklist):
    partner = register()
    blacklist(partner, starts_on=date(2025, 1, 1), ends_on=date(2025, 6, 30))
    assert selectors.listing_in_force(partner, on=date(2025, 6, 30)) is not None
    assert selectors.listing_in_force(partner, on=date(2025, 7, 1)) is None
    assert selectors.listing_in_force(partner, on=date(2024, 12, 31)) is None


def _docx(*paragraphs: str) -> services.Upload:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    return services.Upload("协议.docx", buffer)


def test_the_clause_checklist_is_prefilled_from_the_docx_and_confirmed(cast, register):
    partner = register()
    agreement = services.agreement_upload(
        partner_id=partner.pk, by=cast.officer, signed_on=date(2025, 1, 1), expires_on=date(2026, 12, 31),
        upload=_docx("第一条 乙方对客户信息负有保密义务。", "第二条 收费标准见附件。", "第三条 违约责任：赔偿损失。",
                     "第四条 争议解决：提交仲裁。"))
    assert agreement.found[Clause.INFORMATION_SECURITY] == "保密义务"
    assert agreement.clauses == {
        Clause.INFORMATION_SECURITY: ClauseState.PRESENT, Clause.PRICING: ClauseState.PRESENT,
        Clause.CONTINUITY: ClauseState.MISSING, Clause.DISCLOSURE: ClauseState.MISSING,
        Clause.DISPUTES: ClauseState.PRESENT, Clause.LIABILITY: ClauseState.PRESENT,
        Clause.EMERGENCY: ClauseState.MISSING}
    assert agreement.confirmed_by is None
    with pytest.raises(InvalidInput):  # every clause must be answered
        services.agreement_confirm(agreement_id=agreement.pk, by=cast.officer, states={"pricing": "present"})
    states = {**agreement.clauses, Clause.DISCLOSURE: ClauseState.PRESENT}
    agreement = services.agreement_confirm(agreement_id=agreement.pk, by=cast.officer, states=states)
    assert agreement.confirmed_by == cast.officer
    assert sorted(agreement.missing) == [Clause.CONTINUITY, Clause.EMERGENCY]


def test_a_pdf_agreement_is_stored_with_an_empty_checklist(cast, register):
    partner = register()
    agreement = services.agreement_upload(partner_id=partner.pk, by=cast.officer, signed_on=date(2025, 1, 1),
                                          upload=services.Upload("a.pdf", io.BytesIO(b"%PDF-1.4\n%%EOF\n")))
    assert agreement.clauses == {} and agreement.content_type == "application/pdf"


def test_evaluation_counts_complaints_from_the_foreign_key_and_violations(cast, register, make_complaint):
    partner = register()
    make_complaint(partner=partner.credit_code)
    make_complaint(partner=partner.name)
    make_complaint()  # names no partner
    for source in ("monitoring", "monitoring", "inspection"):
        services.violation_record(partner_id=partner.pk, by=cast.officer, what="误导宣传", source=source,
                                  occurred_on=date(2025, 3, 1))
    first = partner.violations.first()
    services.violation_rectified(violation_id=first.pk, by=cast.officer, on=date(2025, 4, 1))
    evaluation = services.evaluate(partner_id=partner.pk, by=cast.officer, year=2025)
    # received 2025-09-26 (the intake factory's date): 2 complaints; 3 violations, 1 rectified. The violations
    # entered by hand are not the monitoring finds and failed inspections, counted where they live (test_facts)
    assert (evaluation.complaints, evaluation.marketing_violations, evaluation.inspection_failures,
            evaluation.violations, evaluation.rectified) == (2, 0, 0, 3, 1)
    assert evaluation.score == 100 - 2 * 2 - 5 * 2  # 86
    assert evaluation.outcome == "qualified"
    with pytest.raises(InvalidInput):  # another outcome than the score's needs a note
        services.evaluate(partner_id=register(name="乙", body="91650100MA7700001").pk, by=cast.officer, year=2025,
                          outcome="terminate")


def test_reads_are_scoped_to_the_institutions_using_the_partner(cast, register):
    partner = register(institutions=[cast.sub_a])
    assert selectors.partner_get(user=cast.handler_a, pk=partner.pk) == partner
    assert selectors.partner_get(user=cast.auditor, pk=partner.pk) == partner
    with pytest.raises(NotFound):
        selectors.partner_get(user=cast.handler_b, pk=partner.pk)
    assert list(selectors.registry(cast.handler_b, selectors.RegistryFilter())) == []


def test_search_by_credit_code_name_former_name_and_licence(cast, register):
    partner = register(former_names=["天山农信社"], licence_number="兼业代理许可 6501-0032")
    for q in (partner.credit_code.lower(), "农村商业", "农信社", "6501-0032"):
        assert list(selectors.registry(cast.officer, selectors.RegistryFilter(q=q))) == [partner], q
    assert not selectors.registry(cast.officer, selectors.RegistryFilter(q="不存在")).exists()


def test_a_renamed_partner_keeps_its_old_name(cast, register):
    partner = register()
    services.partner_update(partner_id=partner.pk, version=partner.version, by=cast.officer, name="天山农商银行",
                            kind="bank", institutions=[cast.sub_a])
    assert list(partner.former_names.values_list("name", flat=True)) == ["天山农村商业银行股份有限公司"]
    with pytest.raises(transitions.StaleVersion):
        services.partner_update(partner_id=partner.pk, version=1, by=cast.officer, name="x", kind="bank",
                                institutions=[cast.sub_a])


def test_the_contact_is_encrypted_and_indexed(cast, register):
    from xiaobao.partners.models import Contact
    from xiaobao.privacy import crypto

    partner = register()
    services.contact_add(partner_id=partner.pk, by=cast.officer, name="马建国", phone="13899123456", role="负责人")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT name, phone, phone_index FROM {Contact._meta.db_table}")
        stored = cursor.fetchone()
    assert "马建国" not in stored[0] and "13899123456" not in stored[1]
    assert stored[2] == crypto.blind_index("138 9912 3456", "phone")
    assert Contact.objects.get().name == "马建国"


def _ledger(rows: list[list[object]]) -> io.BytesIO:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["机构名称", "类型", "统一社会信用代码", "使用机构", "许可证到期日", "曾用名"])
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    return buffer


def test_the_import_reports_errors_per_row_and_keeps_the_good_rows(cast):
    source = _ledger([
        ["天山农村商业银行股份有限公司", "bank", code(), "650100", "2027-01-31", "天山农信社"],
        ["坏代码公司", "agency", "91650100MA77654320", "650100", "", ""],
        ["未知机构公司", "broker", code("91650100MA7700001"), "999999", "", ""],
        ["坏日期公司", "broker", code("91650100MA7700002"), "650100", "明年", ""],
        [None, None, None, None, None, None],  # blank rows are skipped
        ["天山保险公估有限公司", "公估", code("91650100MA7700003"), "650100、653100", "", ""],
    ])
    report = importing.import_ledger(source, by=cast.officer)
    assert report.rows == 5
    assert report.created == [code(), code("91650100MA7700003")]
    assert [row for row, _m in report.errors] == [3, 4, 5]
    assert selectors.partner_get(user=cast.officer, pk=selectors.Partner.objects.get(credit_code=code()).pk)


def test_the_import_refuses_a_sheet_without_the_required_columns(cast):
    wb = openpyxl.Workbook()
    wb.active.append(["名称", "备注"])
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    with pytest.raises(InvalidInput, match="统一社会信用代码"):
        importing.import_ledger(buffer, by=cast.officer)


def test_the_queue_lists_expiring_licences_and_pending_approvals(cast, register, head):
    partner = register(licence_expires_on=selectors.today() + timedelta(days=10))
    partner = services.step(partner_id=partner.pk, version=partner.version, action="request_admission",
                            by=cast.officer, note="申请准入")
    assert selectors.queue_count(head) == 1
    assert [i.url for i in selectors.queue_items(head, 10)] == [f"/partners/{partner.pk}/"]
    assert selectors.queue_count(cast.officer) == 0  # own request; not admitted yet, so no expiry item
    partner = services.step(partner_id=partner.pk, version=partner.version, action="approve_admission", by=head)
    assert selectors.queue_count(cast.officer) == 1
    assert selectors.queue_items(cast.officer, 10)[0].sla == "due_soon"
    assert len(selectors.expiry_notices(cast.officer)) == 1
    assert selectors.expiry_notices(cast.handler_a) == []  # not a registry keeper
