"""Sales, evidence, the delete guard, integrity, access with reason, scoped reads."""

from __future__ import annotations

import io
from datetime import date

import pytest

from xiaobao.audit.models import AuditEvent
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.privacy.models import PersonalDataAccess
from xiaobao.traceability import samples, selectors, services, transcripts
from xiaobao.traceability.codes import Integrity, Kind
from xiaobao.traceability.models import EvidenceGuardError, EvidenceItem

from .conftest import ID_NUMBER, PHONE, sale_input


def test_register_encrypts_indexes_and_computes_age_and_keep_until(cast, make_sale):
    sale = make_sale()
    assert sale.policyholder_age == 75
    assert sale.contract_keep_until == date(2031, 3, 1)
    from django.db import connection
    with connection.cursor() as cursor:
        cursor.execute("select policyholder_phone, policyholder_id_number from traceability_salerecord")
        raw = cursor.fetchone()
    assert PHONE not in raw[0] and ID_NUMBER not in raw[1]
    assert list(selectors.sale_list(cast.officer, selectors.SaleFilter(q=PHONE))) == [sale]
    assert list(selectors.sale_list(cast.officer, selectors.SaleFilter(q=ID_NUMBER))) == [sale]
    assert list(selectors.sale_list(cast.officer, selectors.SaleFilter(q=sale.policy_number))) == [sale]
    assert AuditEvent.objects.filter(action="traceability.sale_registered").count() == 1
    assert PHONE not in str(AuditEvent.objects.last().summary)


def test_register_refuses_bad_input_and_duplicates(cast, make_sale):
    with pytest.raises(InvalidInput) as exc:
        services.register_sale(data=sale_input(channel="carrier_pigeon", policyholder_id_number="123"),
                               by=cast.officer)
    assert {e["field"] for e in exc.value.data["errors"]} == {"channel", "policyholder_id_number"}
    make_sale()
    with pytest.raises(Conflict):
        make_sale()
    with pytest.raises(PermissionDenied):
        services.register_sale(data=sale_input(policy_number="P2"), by=cast.handler_a)


def test_register_is_idempotent_on_the_key(cast):
    first, created = services.register_sale(data=sale_input(), by=cast.officer, idempotency_key="k1")
    again, created_again = services.register_sale(data=sale_input(), by=cast.officer, idempotency_key="k1")
    assert created and not created_again and first == again


def test_scoped_reads(cast, make_sale, add_item):
    mine = make_sale()
    other = make_sale(institution="653100", policy_number="P-KS-1")
    item = add_item(other)
    assert list(selectors.sales_visible_to(cast.handler_a)) == [mine]
    assert set(selectors.sales_visible_to(cast.officer)) == {mine, other}
    assert set(selectors.sales_visible_to(cast.auditor)) == {mine, other}
    assert not selectors.sales_visible_to(cast.admin).exists()
    with pytest.raises(NotFound):
        selectors.item_get(user=cast.handler_a, pk=item.pk)
    assert selectors.item_get(user=cast.handler_b, pk=item.pk) == item


def test_items_are_typed_by_content_hashed_and_never_overwritten(cast, make_sale, add_item):
    sale = make_sale()
    wav = add_item(sale)
    assert wav.content_type == "audio/x-wav" and len(wav.sha256) == 64 and wav.path.exists()
    assert wav.duration_seconds == 0 or wav.duration_seconds == 1
    with pytest.raises(InvalidInput):  # text named .wav
        add_item(sale, content=b"not audio at all", name="call.wav")
    with pytest.raises(InvalidInput):  # a zip without an operation log
        import zipfile
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("pages/1.html", "<html></html>")
        add_item(sale, kind=Kind.PAGE_TRAIL, content=buf.getvalue())
    with pytest.raises(InvalidInput):
        add_item(sale, kind=Kind.TRANSCRIPT, content="没有说话人前缀的一行".encode(), name="t.txt")
    assert add_item(sale, kind=Kind.PAGE_TRAIL).content_type == "application/zip"
    assert add_item(sale, kind=Kind.VIDEO).content_type == "video/mp4"
    assert sorted(p.name for p in (wav.path.parent).iterdir()).__len__() == 3  # refused files left nothing


def test_supersede_keeps_the_old_item(cast, make_sale, add_item):
    sale = make_sale()
    old = add_item(sale)
    new = add_item(sale, supersedes=old, note="重新导出")
    old.refresh_from_db()
    assert old.superseded_by == new and old.path.exists() and new.is_current and not old.is_current
    with pytest.raises(Conflict):
        add_item(sale, supersedes=old)


def test_transcripts_in_both_formats_become_engine_turns(cast, make_sale, add_item):
    sale = make_sale()
    jsonl = add_item(sale, kind=Kind.TRANSCRIPT)
    turns = transcripts.turns_of(jsonl)
    assert turns[0].speaker == "agent" and len(turns) == len(samples.GOOD_CALL)
    text = "坐席：您好，本次通话将全程录音。\n客户：好的\n继续说\nagent: ok".encode()
    plain = add_item(sale, kind=Kind.TRANSCRIPT, content=text, name="call.txt")
    assert [(t.speaker, t.text) for t in transcripts.turns_of(plain)] == [
        ("agent", "您好，本次通话将全程录音。"), ("customer", "好的\n继续说"), ("agent", "ok")]
    with pytest.raises(ValueError):
        transcripts.turns_of(add_item(sale))


def test_the_delete_guard(cast, make_sale, add_item, make_complaint, handler_closes):
    sale = make_sale(contract_start=date(2019, 1, 1), contract_end=date(2019, 12, 31))  # keep until 2024-12-31
    item = add_item(sale)
    with pytest.raises(EvidenceGuardError):
        item.delete()
    with pytest.raises(EvidenceGuardError):
        EvidenceItem.objects.filter(pk=item.pk).delete()
    with pytest.raises(Conflict):
        services.delete_item(item=item, actor_username="t", today=date(2024, 12, 31))
    complaint = make_complaint(policy_number=sale.policy_number)
    assert services.expired_items(today=date(2025, 6, 1)) == []  # the open complaint holds it
    handler_closes(complaint, on=date(2024, 6, 1))
    with pytest.raises(Conflict):  # 2 years after the complaint ended: 2026-06-01
        services.delete_item(item=item, actor_username="t", today=date(2026, 6, 1))
    assert [e.item for e in services.purge(delete=False, today=date(2026, 6, 2))] == [item]
    path = item.path
    from django.test import TestCase
    with TestCase.captureOnCommitCallbacks(execute=True):
        expired = services.purge(delete=True, actor_username="ops", today=date(2026, 6, 2))
    assert len(expired) == 1
    item.refresh_from_db()
    assert item.purged_at is not None and not path.exists()
    assert AuditEvent.objects.filter(action="traceability.item_deleted").count() == 1
    assert services.purge(delete=True, today=date(2026, 6, 2)) == []


def test_integrity_catches_an_edited_and_a_missing_file(cast, make_sale, add_item):
    sale = make_sale()
    intact, edited, missing = add_item(sale), add_item(sale), add_item(sale, kind=Kind.PAGE_TRAIL)
    with edited.path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\x01\x02")
    missing.path.unlink()
    report = services.verify(items=EvidenceItem.objects.all(), by=cast.officer)
    assert report.checked == 3 and report.changed == [edited.pk] and report.missing == [missing.pk]
    assert {i.pk: i.integrity for i in EvidenceItem.objects.all()} == {
        intact.pk: Integrity.OK, edited.pk: Integrity.CHANGED, missing.pk: Integrity.MISSING}
    assert set(selectors.integrity_problems(cast.officer)) == {edited, missing}
    assert not selectors.integrity_problems(cast.handler_a).exists()
    assert AuditEvent.objects.filter(action__startswith="traceability.integrity_").count() == 2
    assert AuditEvent.objects.filter(action="traceability.verify_run").count() == 1


def test_access_needs_the_right_and_a_reason_and_is_logged(cast, make_sale, add_item):
    item = add_item(make_sale())
    with pytest.raises(PermissionDenied):
        services.grant_access(user=cast.auditor, item=item, reason="审计抽查录音")
    with pytest.raises(InvalidInput):
        services.grant_access(user=cast.handler_a, item=item, reason="  ")
    services.grant_access(user=cast.handler_a, item=item, reason="核实销售过程", download=True)
    entry = PersonalDataAccess.objects.get()
    assert entry.username == "handler_a" and entry.field == "evidence_download" and entry.reason == "核实销售过程"
    assert item.sale.policy_number in entry.filename
    name = services.download_name(item, cast.handler_a)
    assert "王芳" in name and "handler_a" in name and name.endswith(".wav")
