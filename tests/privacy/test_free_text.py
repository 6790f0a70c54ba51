"""Personal data typed into free text (投诉事项, 处理记录, 联系记录, 处理意见, 反馈) never leaves or rests in clear.

A case is worked through the real services with a phone number, an ID number, a bank card and names typed
into every free-text field. Then every page and endpoint is fetched as users who have not unmasked anything
(a handler of the institution who does not handle the case, so lacks the right, and others), the tables
are read with raw SQL, and the audit chain is read: no clear value anywhere. Unmasking gives the text back
only with a reason, logged.
"""

from __future__ import annotations

import csv
import html
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import isolate_apps
from openpyxl import load_workbook

from tests.complaints.conftest import VALID_ID, intake
from tests.factories import UserFactory
from xiaobao.audit.models import AuditEvent
from xiaobao.audit.services import verify
from xiaobao.complaints import services
from xiaobao.complaints.models import Complaint, ComplaintEvent, ContactRecord
from xiaobao.engines.pii import scan
from xiaobao.org import services as org_services
from xiaobao.org.roles import Role
from xiaobao.privacy import migration_ops
from xiaobao.privacy import services as privacy_services
from xiaobao.privacy.models import PersonalDataAccess

NAME = "欧阳娜娜"  # the complainant
OTHER_NAME = "王建国"  # a name typed into a note
PHONE = "13991234567"
CARD = "6222021234567890128"  # Luhn valid
SECRETS = (NAME, OTHER_NAME, PHONE, "139 9123 4567", VALID_ID, CARD)
SUMMARY = (f"投诉人{NAME}称，其手机{PHONE}多次接到催收电话，身份证{VALID_ID}被冒用，要求退回扣款至银行卡{CARD}。")
NOTE = f"已联系其丈夫{OTHER_NAME}先生，回拨电话 139 9123 4567，核对身份证{VALID_ID}。"


def leaks(body: str) -> list[str]:
    problems = [f"clear value {v!r}" for v in SECRETS if v in body]
    problems += [f"{f.type} {f.text!r}" for f in scan(body, types={"MOBILE", "ID_CARD", "BANK_CARD"})]
    return problems


def _body(response) -> str:
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    if "spreadsheetml" in response.get("Content-Type", ""):
        wb = load_workbook(io.BytesIO(response.content), read_only=True)
        return "\n".join(" ".join(str(v) for v in row if v is not None) for row in wb.active.iter_rows(values_only=True))
    return html.unescape(response.content.decode("utf-8-sig"))


@pytest.fixture
def bystander(cast):
    """A handler of the case's institution who does not handle it: no right to see personal data in clear."""
    return UserFactory(username="handler_c", full_name="周杰", institution=cast.sub_a, roles=[Role.HANDLER])


@pytest.fixture
def case(cast):
    """Every free text of a case holds personal data: summary, requested outcome, notes, a contact, the
    decision and the feedback; and a second case still open, with a reviewer's return."""
    c, _ = services.register(intake(
        complainant=services.ComplainantIn(name=NAME, phone=PHONE, id_number=VALID_ID, address=""),
        summary=SUMMARY, requested_outcome=f"退款至银行卡{CARD}"), by=cast.handler_a)
    c = services.accept(complaint_id=c.pk, version=c.version, by=cast.handler_a)
    c = services.add_note(complaint_id=c.pk, version=c.version, by=cast.handler_a, note=NOTE)
    c = services.record_contact(complaint_id=c.pk, version=c.version, by=cast.handler_a, at=c.received_at,
                                way="phone", content=f"致电{PHONE}告知进度", outcome=f"{NAME}同意等待")
    c = services.submit(complaint_id=c.pk, version=c.version, by=cast.handler_a, decision=f"退回至卡号{CARD}",
                        result="support")
    c = services.return_for_rework(complaint_id=c.pk, version=c.version, by=cast.reviewer_a,
                                   reason=f"请核对身份证{VALID_ID}")
    c = services.submit(complaint_id=c.pk, version=c.version, by=cast.handler_a, decision=f"退回至卡号{CARD}",
                        result="support")
    c = services.approve(complaint_id=c.pk, version=c.version, by=cast.reviewer_a)
    return services.close(complaint_id=c.pk, version=c.version, by=cast.handler_a, satisfaction="satisfied",
                          feedback=f"{NAME}表示满意，电话{PHONE}")


def test_the_masked_copy_is_what_everyone_reads(case):
    c = Complaint.objects.get(pk=case.pk)
    assert c.summary == SUMMARY  # the text itself, in Python, for the services
    assert leaks(c.summary_masked) == [] and "欧阳**" in c.summary_masked and "139****4567" in c.summary_masked
    note = c.events.get(action="note")
    assert leaks(note.reason_masked) == [] and "王**" in note.reason_masked
    contact = ContactRecord.objects.get(complaint=c)
    assert leaks(contact.content_masked + contact.outcome_masked) == []


def _urls(case) -> list[str]:
    return ["/", "/complaints/", "/complaints/?q=催收", f"/complaints/?q={case.number}", "/complaints/overdue/",
            f"/complaints/{case.pk}/", "/complaints/export.csv", "/complaints/export.xlsx"]


@pytest.mark.parametrize("who", ["bystander", "handler_a", "reviewer_a", "officer", "auditor"])
def test_no_page_shows_the_free_text_in_clear(client, cast, case, bystander, who):
    client.force_login(bystander if who == "bystander" else getattr(cast, who))
    seen = 0
    for url in _urls(case):
        r = client.get(url)
        assert r.status_code in (200, 403), (url, r.status_code)
        if r.status_code == 200:
            seen += 1
            assert leaks(_body(r)) == [], url
    assert seen >= 6


def test_the_case_page_shows_the_masked_texts(client, case, bystander):
    client.force_login(bystander)
    body = _body(client.get(f"/complaints/{case.pk}/"))
    for masked in ("欧阳**", "139****4567", "650103********1540", "622202*********0128", "王**"):
        assert masked in body
    assert "unmask-summary" not in body  # no right: no 查看 control


@pytest.mark.parametrize("who", ["bystander", "handler_a", "reviewer_a", "officer"])
def test_no_endpoint_returns_the_free_text_in_clear(client, cast, case, bystander, who):
    token = org_services.token_create(user=bystander if who == "bystander" else getattr(cast, who))
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    urls = ["/api/v1/complaints", f"/api/v1/complaints?q={case.number}", "/api/v1/complaints?q=催收",
            f"/api/v1/complaints/{case.pk}", f"/api/v1/complaints/{case.pk}/events"]
    for url in urls:
        r = client.get(url, **auth)
        assert r.status_code == 200, (url, r.content)
        assert leaks(_body(r)) == [], url
    detail = client.get(f"/api/v1/complaints/{case.pk}", **auth).json()
    assert "139****4567" in detail["summary"] and "622202" in detail["decision"]
    events = client.get(f"/api/v1/complaints/{case.pk}/events", **auth).json()
    assert any("王**" in e["reason"] for e in events)


def test_search_finds_words_of_the_masked_summary(cast, case):
    from xiaobao.complaints import selectors

    found = selectors.complaint_list(user=cast.officer, filters=selectors.ComplaintFilters(q="催收电话"))
    assert [c.pk for c in found] == [case.pk]


def _dump(table: str) -> str:
    with connection.cursor() as cur:
        cur.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
        return "\n".join(" | ".join(str(v) for v in row) for row in cur.fetchall())


def test_no_table_holds_the_free_text_in_clear(case):
    for model in (Complaint, ComplaintEvent, ContactRecord, AuditEvent):
        dump = _dump(model._meta.db_table)
        assert leaks(dump) == [], model._meta.label


def test_the_audit_chain_holds_no_personal_data_and_still_verifies(case):
    summaries = json.dumps(list(AuditEvent.objects.values_list("summary", "object_repr")), ensure_ascii=False)
    assert leaks(summaries) == []
    assert "王**" in summaries  # the note is there, masked
    assert verify().ok


def test_an_audit_note_with_personal_data_is_masked_on_its_way_in(cast):
    from xiaobao.audit.services import record

    event = record(action="test.note", actor=cast.officer, note=f"客户{PHONE}来电",
                   after={"card": CARD, "code": "650100", "list": [VALID_ID]})
    assert leaks(json.dumps(event.summary, ensure_ascii=False)) == []
    assert event.summary["after"]["code"] == "650100"


# --- Unmasking free text: the existing reason-and-log path -------------------------------------------------


def _unmask(client, user, case, payload):
    token = org_services.token_create(user=user)
    return client.post(f"/api/v1/complaints/{case.pk}/unmask", payload, content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {token}")


def test_the_handler_unmasks_the_summary_with_a_reason(client, cast, case):
    r = _unmask(client, cast.handler_a, case, {"field": "summary", "reason": "回拨客户核实"})
    assert r.status_code == 200 and r.json()["value"] == SUMMARY and r["Cache-Control"] == "no-store"
    entry = PersonalDataAccess.objects.get()
    assert (entry.field, entry.reason, entry.complaint_id) == ("summary", "回拨客户核实", case.pk)


def test_a_timeline_entry_and_a_contact_are_unmasked_by_id(client, cast, case):
    note = case.events.get(action="note")
    r = _unmask(client, cast.officer, case, {"field": "event_reason", "item": note.pk, "reason": "核对处理记录"})
    assert r.status_code == 200 and r.json() == {"field": "event_reason", "item": note.pk, "value": NOTE}
    contact = ContactRecord.objects.get(complaint=case)
    r = _unmask(client, cast.officer, case, {"field": "contact_outcome", "item": contact.pk, "reason": "核对联系记录"})
    assert r.json()["value"] == f"{NAME}同意等待"
    assert AuditEvent.objects.filter(action="privacy.unmask", summary__after__item=contact.pk).exists()


def test_unmasking_free_text_is_refused_without_the_right_or_a_proper_item(client, cast, case, bystander):
    assert _unmask(client, bystander, case, {"field": "summary", "reason": "我想看看"}).status_code == 403
    assert _unmask(client, cast.auditor, case, {"field": "summary", "reason": "审计抽查"}).status_code == 403
    assert _unmask(client, cast.officer, case, {"field": "event_reason", "reason": "核对处理记录"}).status_code == 422
    other, _ = services.register(intake(), by=cast.handler_a)
    foreign = other.events.get()
    r = _unmask(client, cast.officer, case, {"field": "event_reason", "item": foreign.pk, "reason": "核对处理记录"})
    assert r.status_code == 404  # an entry of another case
    assert _unmask(client, cast.handler_b, case, {"field": "summary", "reason": "我想看看"}).status_code == 404
    assert not PersonalDataAccess.objects.exists()


def test_the_page_offers_the_control_and_shows_the_text_once(client, cast, case):
    client.force_login(cast.handler_a)
    body = client.get(f"/complaints/{case.pk}/").content.decode()
    note = case.events.get(action="note")
    assert 'data-testid="unmask-summary"' in body and f"/privacy/unmask/{case.pk}/event_reason/{note.pk}/" in body
    r = client.post(f"/privacy/unmask/{case.pk}/event_reason/{note.pk}/", {"reason": "回拨客户核实"})
    assert r.status_code == 200 and OTHER_NAME in html.unescape(r.content.decode())
    assert PersonalDataAccess.objects.get().field == "event_reason"


# --- check-raw scans free text ---------------------------------------------------------------------------------


def test_check_raw_passes_on_masked_free_text_and_finds_a_clear_number(cast, case, capsys):
    call_command("privacy", "check-raw")
    assert "no free text holds" in capsys.readouterr().out
    with connection.cursor() as cur:  # as a bug or a QuerySet.update() would leave it
        cur.execute("UPDATE complaints_contactrecord SET content_masked = %s", [f"致电{PHONE}"])
    with pytest.raises(CommandError) as err:
        call_command("privacy", "check-raw")
    out = capsys.readouterr().out
    assert err.value.returncode == 1 and "complaints.contactrecord" in out and "content_masked" in out
    assert "clear MOBILE in free text" in out and PHONE not in out


def test_check_raw_scans_every_free_text_column():
    labels = {tc.label: tc.fields for tc in privacy_services.free_text_columns()}
    assert "summary_masked" in labels["complaints.complaint"] and "summary" not in labels["complaints.complaint"]
    assert "summary" in labels["audit.auditevent"] and "data" in labels["complaints.complaintevent"]


# --- the masked copy follows the text, once ------------------------------------------------------------------


def test_the_masked_copy_follows_an_update_of_the_text_and_is_made_once(cast, make_complaint, monkeypatch):
    from xiaobao.privacy import masking

    c = make_complaint()
    calls = []
    real = masking.mask_free_text
    monkeypatch.setattr(masking, "mask_free_text", lambda text, **kw: calls.append(text) or real(text, **kw))
    c = Complaint.objects.get(pk=c.pk)
    c.save()  # nothing changed: nothing masked again
    assert calls == []
    c.summary = f"客户手机{PHONE}"
    c.save(update_fields=["summary"])  # the masked copy is written with it
    assert calls == [c.summary]
    assert Complaint.objects.get(pk=c.pk).summary_masked == "客户手机139****4567"


@isolate_apps("xiaobao.privacy")  # the model stays out of the project's registry (other tests walk every model)
def test_a_model_with_private_text_but_no_masked_copy_fails_the_checks():
    from django.db import models

    from xiaobao.privacy.fields import PrivateTextField

    class Careless(models.Model):
        body = PrivateTextField()

        class Meta:
            app_label = "privacy"

        def __str__(self) -> str:
            return "careless"

    ids = {e.id for e in Careless._meta.get_field("body").check()}
    assert ids == {"privacy.E001", "privacy.E002"}


# --- the migration of existing rows ----------------------------------------------------------------------------


def test_existing_clear_rows_are_converted_in_batches_and_a_second_run_changes_nothing(cast, case):
    with connection.cursor() as cur:  # rows as they were before the migration: clear text, no masked copy
        cur.execute("UPDATE complaints_complaint SET summary = %s, summary_masked = '' WHERE id = %s",
                    [SUMMARY, case.pk])
        cur.execute("UPDATE complaints_complaintevent SET reason = %s, reason_masked = '' WHERE complaint_id = %s "
                    "AND action = 'note'", [NOTE, case.pk])
    assert SUMMARY in _dump("complaints_complaint")
    fields = {"summary": "summary_masked", "requested_outcome": "requested_outcome_masked",
              "decision": "decision_masked", "feedback": "feedback_masked"}
    assert migration_ops.convert(Complaint, fields, hint="complainant_name", batch_size=1) == 1
    assert migration_ops.convert(ComplaintEvent, {"reason": "reason_masked"}, hint="complaint__complainant_name",
                                 batch_size=2) == 1
    assert leaks(_dump("complaints_complaint")) == [] and leaks(_dump("complaints_complaintevent")) == []
    c = Complaint.objects.get(pk=case.pk)
    assert c.summary == SUMMARY and "欧阳**" in c.summary_masked
    assert case.events.get(action="note").reason == NOTE
    assert migration_ops.convert(Complaint, fields, hint="complainant_name") == 0  # re-runnable

    migration_ops.restore(Complaint, fields)  # the way back, for a rollback
    assert SUMMARY in _dump("complaints_complaint")


def test_export_files_hold_the_masked_free_text(client, cast, case, bystander):
    client.force_login(bystander)
    r = client.get("/complaints/export.csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert any("139****4567" in cell for cell in rows[1]) and leaks(r.content.decode("utf-8-sig")) == []


# --- the major-complaint module: notices, e-mails, routes, root cause, rectification, accountability ----------


@pytest.fixture
def major_case(cast, case, django_capture_on_commit_callbacks, mailoutbox):
    """The same case through the major-complaint module, with personal data typed into every free text."""
    from datetime import date

    from xiaobao.major import services as major_services

    cast.handler_a.email = "handler_a@example.cn"
    cast.handler_a.save(update_fields=["email"])
    c = services.reopen(complaint_id=case.pk, version=case.version, by=cast.reviewer_a, reason="客户再次来电")
    with django_capture_on_commit_callbacks(execute=True):
        major_services.grading.record_signals(complaint_id=c.pk, by=cast.handler_a, media_exposure=True,
                                              extreme_threat=False, note=f"{NAME}称将向媒体曝光，电话{PHONE}")
        major_services.grading.confirm(complaint_id=c.pk, by=cast.officer, level="critical",
                                       reason=f"{NAME}情绪激动，身份证{VALID_ID}")
        major_services.response.clock_met(complaint_id=c.pk, by=cast.handler_a, kind="first_response",
                                          note=f"已回电{PHONE}，{OTHER_NAME}先生在场")
        route = major_services.mediation.refer(complaint_id=c.pk, by=cast.handler_a, kind="mediation",
                                               body="新疆保险纠纷调解中心", referred_on=date(2025, 10, 13))
        major_services.mediation.add_session(route_id=route.pk, by=cast.handler_a, held_on=date(2025, 10, 14),
                                             notes=f"{NAME}到场，提供银行卡{CARD}")
        major_services.rootcause.propose(complaint_id=c.pk, by=cast.handler_a, category="sales_practice",
                                         analysis=f"销售人员未向{NAME}说明条款，联系电话{PHONE}")
        major_services.rootcause.task_create(complaint_id=c.pk, by=cast.reviewer_a, title=f"回访{NAME}（{PHONE}）",
                                             owner="handler_a", due_on=date(2099, 1, 1),
                                             description=f"核对卡号{CARD}")
        major_services.accountability.propose(complaint_id=c.pk, by=cast.officer, measure="education",
                                              finding=f"未核实{NAME}身份证{VALID_ID}", responsible_user="handler_a")
    return c


def test_major_pages_endpoints_notices_and_mails_show_no_clear_value(client, cast, major_case, bystander, mailoutbox):
    assert mailoutbox and all(leaks(m.subject + m.body) == [] for m in mailoutbox)
    for user in (bystander, cast.handler_a, cast.officer):
        client.force_login(user)
        for url in (f"/complaints/{major_case.pk}/", f"/major/cases/{major_case.pk}/", "/major/", "/major/notices/",
                    "/"):
            r = client.get(url)
            assert r.status_code in (200, 403), (url, r.status_code)
            assert leaks(_body(r)) == [], (user.username, url)
        token = org_services.token_create(user=user)
        for url in (f"/api/v1/complaints/{major_case.pk}/grading", f"/api/v1/complaints/{major_case.pk}/routes",
                    f"/api/v1/complaints/{major_case.pk}/root-cause", f"/api/v1/complaints/{major_case.pk}/accountability",
                    f"/api/v1/complaints/{major_case.pk}/events", "/api/v1/notices", "/api/v1/rectifications",
                    "/api/v1/major/board"):
            r = client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}")
            assert r.status_code in (200, 403, 404), (url, r.status_code)
            if r.status_code == 200:
                assert leaks(_body(r)) == [], (user.username, url)


def test_major_tables_hold_no_clear_value(major_case):
    from django.apps import apps

    for model in apps.get_app_config("major").get_models():
        assert leaks(_dump(model._meta.db_table)) == [], model._meta.label
    for model in (ComplaintEvent, AuditEvent):
        assert leaks(_dump(model._meta.db_table)) == [], model._meta.label
    assert verify().ok
