"""登记: validation, deadlines, encryption at rest, elderly flag, numbering, idempotency."""

from datetime import date, datetime

import pytest
from django.db import connection

from tests.complaints.conftest import BEIJING, VALID_ID, intake
from xiaobao.audit.models import AuditEvent
from xiaobao.complaints import services
from xiaobao.complaints.models import Complaint, ComplaintEvent
from xiaobao.core.errors import Conflict, InvalidInput, PermissionDenied


def test_register_computes_the_statutory_deadline_across_national_day(make_complaint):
    # domain.md §2: received Fri 2025-09-26 → day 15 is Sat 2025-10-11, a make-up working day.
    c = make_complaint()
    assert c.due_at.astimezone(BEIJING).date() == date(2025, 10, 12)  # 24:00 on 10-11 == 00:00 on 10-12
    assert c.period_days == 15
    assert c.rule_version
    assert c.status == "registered" and c.version == 1


def test_a_deadline_ending_inside_a_holiday_moves_to_the_next_working_day(make_complaint):
    # Received 2025-09-20: day 15 is 2025-10-05, inside the National Day holiday → first working day 10-09.
    c = make_complaint(received_at=datetime(2025, 9, 20, 9, 0, tzinfo=BEIJING))
    assert c.due_at.astimezone(BEIJING).date() == date(2025, 10, 10)


def test_numbers_are_readable_unique_and_sequential(make_complaint):
    first, second = make_complaint(), make_complaint()
    assert first.number == "TS2025000001"
    assert second.number == "TS2025000002"


def test_personal_fields_are_encrypted_at_rest(make_complaint):
    c = make_complaint()
    with connection.cursor() as cursor:
        cursor.execute("SELECT complainant_phone, complainant_id_number, complainant_name FROM complaints_complaint "
                       "WHERE id = %s", [c.pk])
        phone, id_number, name = cursor.fetchone()
    assert "13812345678" not in phone and VALID_ID not in id_number and "张三丰" not in name
    assert phone.startswith("enc1:")
    assert Complaint.objects.get(pk=c.pk).complainant_phone == "13812345678"


def test_the_elderly_flag_comes_from_the_id_numbers_birth_date(make_complaint):
    assert make_complaint().is_elderly
    young = services.ComplainantIn(name="李四", phone="13900001111", id_number="650102199001011239")
    assert not make_complaint(complainant=young).is_elderly


def test_register_writes_timeline_and_audit_events(make_complaint):
    c = make_complaint()
    assert list(ComplaintEvent.objects.filter(complaint=c).values_list("action", flat=True)) == ["register"]
    assert AuditEvent.objects.filter(action="complaint.register", object_id=str(c.pk)).exists()


def test_every_invalid_field_is_reported_and_nothing_is_saved(cast):
    bad = intake(channel="fax", cause="nope", summary=" ", institution="999999",
                 complainant=services.ComplainantIn(name="", id_number="650103195301191541"))
    with pytest.raises(InvalidInput) as exc:
        services.register(bad, by=cast.handler_a)
    fields = {e["field"] for e in exc.value.data["errors"]}
    assert fields == {"channel", "cause", "summary", "institution", "complainant.name", "complainant.id_number"}
    assert Complaint.objects.count() == 0


def test_a_regulator_transfer_needs_the_reference_number(cast):
    with pytest.raises(InvalidInput) as exc:
        services.register(intake(channel="regulator"), by=cast.handler_a)
    assert exc.value.field == "regulator_reference"


def test_intake_outside_the_users_scope_is_refused(cast):
    with pytest.raises(InvalidInput) as exc:
        services.register(intake(institution="653100"), by=cast.handler_a)
    assert exc.value.field == "institution"


def test_auditors_and_administrators_cannot_register(cast):
    for user in (cast.auditor, cast.admin):
        with pytest.raises(PermissionDenied):
            services.register(intake(), by=user)


def test_a_retry_with_the_same_idempotency_key_returns_the_first_case(cast):
    first, created = services.register(intake(), by=cast.handler_a, idempotency_key="abc-1")
    again, created_again = services.register(intake(), by=cast.handler_a, idempotency_key="abc-1")
    assert created and not created_again
    assert again.pk == first.pk
    assert Complaint.objects.count() == 1


def test_a_retry_uses_no_case_number_and_writes_nothing(cast):
    first, _created = services.register(intake(), by=cast.handler_a, idempotency_key="abc-3")
    events, audits = ComplaintEvent.objects.count(), AuditEvent.objects.count()
    services.register(intake(), by=cast.handler_a, idempotency_key="abc-3")
    assert (ComplaintEvent.objects.count(), AuditEvent.objects.count()) == (events, audits)
    following, _created = services.register(intake(), by=cast.handler_a)
    assert int(following.number[-6:]) == int(first.number[-6:]) + 1  # the retry's rolled-back number is reused


def test_a_retry_still_replays_after_the_input_stopped_being_valid(cast):
    first, _created = services.register(intake(), by=cast.handler_a, idempotency_key="abc-4")
    first.institution.is_active = False
    first.institution.save()
    again, created = services.register(intake(), by=cast.handler_a, idempotency_key="abc-4")
    assert (again.pk, created) == (first.pk, False)
    with pytest.raises(InvalidInput):
        services.register(intake(), by=cast.handler_a, idempotency_key="abc-5")


def test_the_same_key_for_a_different_request_is_a_conflict(cast):
    services.register(intake(), by=cast.handler_a, idempotency_key="abc-2")
    with pytest.raises(Conflict):
        services.register(intake(summary="另一件事"), by=cast.handler_a, idempotency_key="abc-2")
