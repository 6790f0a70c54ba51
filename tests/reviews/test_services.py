"""The review workflow through its services, with the real engines."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
import time_machine
from docx import Document

from tests.reviews.conftest import CLEAN, upload
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.reviews import selectors, services
from xiaobao.reviews.codes import Answer, CheckAs, CheckState, Conclusion, Kind, LegalBasis, Severity, Status
from xiaobao.reviews.models import ReviewRequest

pytestmark = pytest.mark.django_db


def test_submission_checks_every_document_with_the_real_engines(submit):
    request = submit()
    document = request.documents.get()
    assert document.check_state == CheckState.DONE
    codes = {(f.engine, f.code) for f in document.findings.all()}
    assert ("marketing", "GUARANTEED_RETURN") in codes
    assert ("pii", "MOBILE") in codes
    mobile = document.findings.get(engine="pii", code="MOBILE")
    assert "13812345678" not in mobile.quote  # the passage is stored masked
    assert document.engine_versions["marketing"].startswith("0.") or document.engine_versions["marketing"]
    assert all(f.engine_version for f in document.findings.all())


def test_an_unreadable_document_is_a_finding_never_a_silent_pass(submit, tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # looks like Word by its magic numbers, but is broken inside
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "this is not xml <<<")
    corrupt_docx = buffer.getvalue()
    request = submit(uploads=[services.Upload("scan.png", io.BytesIO(png), CheckAs.MARKETING)])
    document = request.documents.get()
    assert document.check_state == CheckState.UNREADABLE
    assert list(document.findings.values_list("code", flat=True)) == ["NOT_MACHINE_CHECKABLE"]
    with pytest.raises(InvalidInput):  # wrong type by content: refused at the door
        submit(uploads=[services.Upload("fake.docx", io.BytesIO(b"just text, not a docx"), CheckAs.CLAUSE)])
    request = submit(kind=Kind.CONTRACT, uploads=[services.Upload("broken.docx", io.BytesIO(corrupt_docx),
                                                                  CheckAs.CLAUSE)])
    document = request.documents.get()
    assert document.check_state == CheckState.UNREADABLE
    assert "broken.docx" in document.findings.get().explanation or document.check_note


def test_a_policy_docx_goes_through_the_disclosure_engine(submit, tmp_path):
    doc = Document()
    doc.add_paragraph("第一条 保险责任")
    doc.add_paragraph("被保险人因意外伤害身故的，保险人给付保险金。")
    doc.add_paragraph("第二条 责任免除")
    doc.add_paragraph("因被保险人酒后驾驶导致的损失，保险人不负责赔偿。")
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    request = submit(kind=Kind.CONTRACT, uploads=[services.Upload("条款.docx", buffer, CheckAs.CLAUSE)])
    document = request.documents.get()
    assert document.check_state == CheckState.DONE
    engines = set(document.findings.values_list("engine", flat=True))
    assert "disclosure" in engines
    assert document.findings.filter(code="EXCLUSION_NOT_EMPHASIZED").exists()


def _opinion(request, reviewer, **kw):
    request.refresh_from_db()
    document = request.documents.order_by("-revision").first()
    return services.opinion_add(request_id=request.pk, version=request.version, by=reviewer,
                                document_id=document.pk, severity=kw.get("severity", Severity.MUST),
                                legal_basis=LegalBasis.INSURANCE_LAW_131, text=kw.get("text", "删除承诺收益的表述。"))


def test_opinions_answers_new_version_conclusion_and_release(submit, compliance, cast, committed):
    request = submit()
    opinion = _opinion(request, compliance)
    request.refresh_from_db()
    services.opinions_send(request_id=request.pk, version=request.version, by=compliance)
    request.refresh_from_db()
    assert request.status == Status.ANSWERING
    with pytest.raises(InvalidInput):  # every opinion answered first
        services.resubmit(request_id=request.pk, version=request.version, by=cast.handler_a)
    services.opinion_answer(opinion_id=opinion.pk, by=cast.handler_a, answer=Answer.ADOPTED, reason="")
    request.refresh_from_db()
    first = request.documents.get()
    with committed():
        second = services.document_add(request_id=request.pk, version=request.version, by=cast.handler_a,
                                       upload=upload(CLEAN), lineage=first.lineage)
    assert (second.lineage, second.revision) == (first.lineage, 2)
    assert request.documents.count() == 2  # the old version is kept
    request.refresh_from_db()
    services.resubmit(request_id=request.pk, version=request.version, by=cast.handler_a)
    request.refresh_from_db()
    comparison = selectors.version_comparison(request, first.lineage)
    assert "GUARANTEED_RETURN" in {f.code for f in comparison.disappeared}
    assert comparison.diff_rows  # a side-by-side diff
    with pytest.raises(InvalidInput):  # not passed yet: no release
        services.release_register(request_id=request.pk, by=cast.handler_a, document_id=second.pk,
                                  channel="website", location="https://example.com", published_on=selectors.today())
    services.conclude(request_id=request.pk, version=request.version, by=compliance,
                      conclusion=Conclusion.PASS_WITH_CHANGES, note="已按意见修改。")
    request.refresh_from_db()
    assert request.status == Status.CONCLUDED
    with pytest.raises(InvalidInput):  # the first version was not the approved one
        services.release_register(request_id=request.pk, by=cast.handler_a, document_id=first.pk,
                                  channel="website", location="https://example.com", published_on=selectors.today())
    release = services.release_register(request_id=request.pk, by=cast.handler_a, document_id=second.pk,
                                        channel="website", location="https://example.com", published_on=selectors.today())
    assert release.document.revision == 2


def test_a_must_opinion_not_adopted_blocks_a_pass(submit, compliance, cast):
    request = submit()
    opinion = _opinion(request, compliance)
    request.refresh_from_db()
    services.opinions_send(request_id=request.pk, version=request.version, by=compliance)
    services.opinion_answer(opinion_id=opinion.pk, by=cast.handler_a, answer=Answer.NOT_ADOPTED,
                            reason="我们认为表述准确")
    request.refresh_from_db()
    services.resubmit(request_id=request.pk, version=request.version, by=cast.handler_a)
    request.refresh_from_db()
    with pytest.raises(InvalidInput):
        services.conclude(request_id=request.pk, version=request.version, by=compliance, conclusion=Conclusion.PASS)


def test_reject_needs_a_second_signer_who_is_another_person(submit, compliance, head, cast):
    request = submit()
    services.conclude(request_id=request.pk, version=request.version, by=compliance,
                      conclusion=Conclusion.REJECT, note="承诺收益，不予通过。")
    request.refresh_from_db()
    assert request.status == Status.COUNTERSIGN
    with pytest.raises(PermissionDenied):  # a handler may not countersign
        services.countersign(request_id=request.pk, version=request.version, by=cast.handler_a, approve=True)
    services.countersign(request_id=request.pk, version=request.version, by=head, approve=True)
    request.refresh_from_db()
    assert (request.status, request.conclusion, request.countersigned_by) == (Status.CONCLUDED, "reject", head)


def test_stale_versions_and_wrong_roles_are_refused(submit, compliance, cast):
    request = submit()
    with pytest.raises(Conflict):
        services.take(request_id=request.pk, version=request.version - 1, by=compliance)
    with pytest.raises(PermissionDenied):  # a handler may not write opinions
        _opinion(request, cast.handler_a)
    with pytest.raises(PermissionDenied):  # the auditor only reads
        services.take(request_id=request.pk, version=request.version, by=cast.auditor)


def test_one_institution_never_sees_anothers_requests(submit, cast):
    mine = submit()
    theirs = submit(by=cast.handler_b, institution=cast.sub_b)
    assert set(selectors.requests_visible_to(cast.handler_a)) == {mine}
    assert set(selectors.requests_visible_to(cast.officer)) == {mine, theirs}
    with pytest.raises(NotFound):
        selectors.request_get(user=cast.handler_b, pk=mine.pk)
    with pytest.raises(InvalidInput):  # nor submit for it
        submit(by=cast.handler_b, institution=cast.sub_a)


def test_findings_are_dismissed_with_a_reason_and_kept(submit, compliance):
    request = submit()
    finding = request.documents.get().findings.first()
    with pytest.raises(InvalidInput):
        services.finding_decide(finding_id=finding.pk, by=compliance, accept=False, reason="")
    services.finding_decide(finding_id=finding.pk, by=compliance, accept=False, reason="属于客服热线，非个人信息")
    finding.refresh_from_db()
    assert finding.state == "dismissed" and finding.decision_reason


def test_idempotency_key_returns_the_first_request(cast):
    first, created = services.request_submit(by=cast.handler_a, kind=Kind.OTHER, title="t", institution=cast.sub_a,
                                             uploads=[upload(CLEAN)], idempotency_key="k-1")
    again, created_again = services.request_submit(by=cast.handler_a, kind=Kind.OTHER, title="t",
                                                   institution=cast.sub_a, uploads=[upload(CLEAN)],
                                                   idempotency_key="k-1")
    assert (created, created_again, again.pk) == (True, False, first.pk)
    assert ReviewRequest.objects.count() == 1


def test_due_date_counts_working_days():
    # Friday 2026-12-04 10:00 Beijing → 5 working days → Friday 2026-12-11
    from datetime import datetime
    from zoneinfo import ZoneInfo

    submitted = datetime(2026, 12, 4, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert services.due_on(Kind.MARKETING, submitted) == date(2026, 12, 11)
    # across the National Day holiday of 2026 (Oct 1-7 off; Sep 30 submitted)
    submitted = datetime(2026, 9, 30, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert services.due_on(Kind.MARKETING, submitted) > date(2026, 10, 9)


def test_monitoring_flags_unreviewed_material(cast, compliance):
    record = services.monitoring_record(by=compliance, institution=cast.sub_a, source="wechat_moments",
                                        seen_on=date(2026, 12, 1), text="存10年拿回本金还有利息，稳赚不赔！",
                                        agent_name="张某")
    assert record.status == "unreviewed"
    assert record.findings
    with pytest.raises(PermissionDenied):
        services.monitoring_record(by=cast.handler_a, institution=cast.sub_a, source="wechat_moments",
                                   seen_on=date(2026, 12, 1), text="x")


def test_numbers_on_a_constructed_data_set(submit, compliance, cast):
    """Three opinions: 采纳, 部分采纳, 不采纳 → adoption 2/3 = 66.7 %; one request overdue."""
    with time_machine.travel("2026-11-02 10:00 +0800", tick=False):
        request = submit()
        opinions = [_opinion(request, compliance, severity=Severity.SUGGEST) for _ in range(3)]
        request.refresh_from_db()
        services.opinions_send(request_id=request.pk, version=request.version, by=compliance)
        for opinion, answer in zip(opinions, (Answer.ADOPTED, Answer.PARTLY, Answer.NOT_ADOPTED), strict=True):
            services.opinion_answer(opinion_id=opinion.pk, by=cast.handler_a, answer=answer, reason="理由说明")
        submit(title="另一份")  # due 2026-11-09, still open
    from xiaobao.core.registry import Period

    n = selectors.numbers(cast.branch, Period.quarter(2026, 4), on=date(2026, 11, 20))
    assert (n.total, n.opinions, n.opinions_adopted) == (2, 3, 2)
    assert str(n.adoption_rate) == "66.7"
    assert n.overdue_now == 2  # both open past their due day
    assert n.by_kind["marketing"] == 2


def test_a_monitoring_violation_opens_a_rectification_task_for_the_institution(cast, compliance):
    from tests.factories import UserFactory
    from xiaobao.major import rectification
    from xiaobao.org.roles import Role

    head_a = UserFactory(username="head_a", institution=cast.sub_a, roles=[Role.HEAD])
    record = services.monitoring_record(by=compliance, institution=cast.sub_a, source="wechat_moments",
                                        seen_on=date(2026, 12, 1), text="保本保息，稳赚不赔，错过今天再等一年！",
                                        agent_name="张某")
    tasks = list(rectification.tasks_for(record))
    assert [t.pk for t in tasks] == [record.rectification_task_id]
    assert tasks[0].owner == head_a and tasks[0].institution == cast.sub_a


def test_a_sweep_flags_released_material_the_new_rules_catch_once(submit, compliance, cast, monkeypatch):
    from tests.factories import UserFactory
    from xiaobao.major import rectification
    from xiaobao.org.roles import Role

    UserFactory(username="head_a", institution=cast.sub_a, roles=[Role.HEAD])
    request = submit(uploads=[upload(CLEAN)])
    services.conclude(request_id=request.pk, version=request.version, by=compliance, conclusion=Conclusion.PASS)
    request.refresh_from_db()
    release = services.release_register(request_id=request.pk, by=cast.handler_a,
                                        document_id=request.documents.get().pk, channel="website",
                                        location="https://example.com", published_on=date(2026, 12, 1))
    assert services.sweep() == {"checked": 1, "flagged": 0}
    assert services.sweep() == {"checked": 0, "flagged": 0}  # the same rules: nothing to redo
    # new rules that flag the released text
    from xiaobao.reviews import checking

    fake = checking.FoundItem("marketing", "test", "MISLEADING_FREE", "误导", "", "投保前", "", "解释", "依据")
    monkeypatch.setattr(checking, "marketing_version", lambda: "rules-v2")
    monkeypatch.setattr(checking, "marketing_codes", lambda text: ["MISLEADING_FREE"])
    monkeypatch.setattr(checking, "marketing_findings", lambda text: [fake])
    assert services.sweep() == {"checked": 1, "flagged": 1}
    assert rectification.tasks_for(release).count() == 1
    monkeypatch.setattr(checking, "marketing_version", lambda: "rules-v3")
    assert services.sweep() == {"checked": 1, "flagged": 0}  # already known: no second task


@pytest.mark.parametrize("classifier", ["0", "1"])
def test_the_engine_version_fits_its_columns(monkeypatch, classifier):
    """With the marketing classifier on (the default outside the test suite) the version read
    '0.1.0+rules.…+classifier.…', 44 characters, into a 40-character column: every check with a finding failed on
    PostgreSQL (SQLite does not enforce the length), `xiaobao demo` included."""
    from xiaobao.reviews import checking
    from xiaobao.reviews.models import Finding, MonitoringRecord

    monkeypatch.setenv("XIAOBAO_MARKETING_CLASSIFIER", classifier)
    version = checking.marketing_version()
    for model in (Finding, MonitoringRecord):
        assert len(version) <= model._meta.get_field("engine_version").max_length, (model, version)
