"""批量登记: each item on its own terms, one transaction for the new cases, numbers and audit chain intact."""

from datetime import datetime

import pytest

from tests.complaints.conftest import BEIJING, intake
from xiaobao.audit import services as audit
from xiaobao.audit.models import AuditEvent
from xiaobao.complaints import services
from xiaobao.complaints.models import Complaint, ComplaintEvent, IntakeKey
from xiaobao.core.errors import Conflict, InvalidInput, PermissionDenied

Item = services.BatchItem


def test_a_batch_registers_every_valid_item_with_consecutive_numbers_events_and_audit(cast):
    outcomes = services.register_batch([Item(intake(summary=f"第{i}件")) for i in range(5)], by=cast.handler_a)
    assert [o.created for o in outcomes] == [True] * 5
    numbers = [int(o.complaint.number[-6:]) for o in outcomes]
    assert numbers == list(range(numbers[0], numbers[0] + 5))
    saved = Complaint.objects.get(pk=outcomes[2].complaint.pk)
    assert saved.summary == "第2件" and saved.complainant_phone == "13812345678"  # decrypts: written encrypted
    assert saved.due_at == outcomes[2].complaint.due_at and saved.period_days == 15
    assert ComplaintEvent.objects.filter(action="register").count() == 5
    assert AuditEvent.objects.filter(action="complaint.register").count() == 5
    assert audit.verify().ok


def test_one_bad_item_is_refused_with_its_field_errors_and_holds_back_nothing(cast):
    outcomes = services.register_batch(
        [Item(intake()), Item(intake(institution="999999")), Item(intake(channel="fax"))], by=cast.handler_a)
    assert outcomes[0].created
    assert isinstance(outcomes[1].error, InvalidInput) and outcomes[1].error.field == "institution"
    assert outcomes[2].error.field == "channel"
    assert Complaint.objects.count() == 1


def test_items_outside_the_users_scope_are_refused(cast):
    outcomes = services.register_batch([Item(intake(institution="650200"))], by=cast.handler_a)
    assert outcomes[0].error.field == "institution" and Complaint.objects.count() == 0


def test_resending_a_batch_replays_every_keyed_item_and_creates_nothing(cast):
    items = [Item(intake(summary=f"第{i}件"), idempotency_key=f"feed-{i}") for i in range(3)]
    first = services.register_batch(items, by=cast.handler_a)
    again = services.register_batch(items, by=cast.handler_a)
    assert [o.created for o in again] == [False] * 3
    assert [o.complaint.pk for o in again] == [o.complaint.pk for o in first]
    assert Complaint.objects.count() == 3 and IntakeKey.objects.count() == 3


def test_a_key_used_before_for_another_complaint_is_a_conflict_for_that_item_only(cast):
    services.register(intake(), by=cast.handler_a, idempotency_key="feed-x")
    outcomes = services.register_batch([Item(intake(summary="别的事"), idempotency_key="feed-x"), Item(intake())],
                                       by=cast.handler_a)
    assert isinstance(outcomes[0].error, Conflict) and outcomes[1].created


def test_the_same_key_twice_in_one_batch_is_one_case(cast):
    outcomes = services.register_batch(
        [Item(intake(), idempotency_key="dup"), Item(intake(), idempotency_key="dup"),
         Item(intake(summary="不同"), idempotency_key="dup")], by=cast.handler_a)
    assert outcomes[0].created and not outcomes[1].created
    assert outcomes[1].complaint.pk == outcomes[0].complaint.pk
    assert isinstance(outcomes[2].error, Conflict)
    assert Complaint.objects.count() == 1


def test_a_batch_across_a_new_year_numbers_each_year_on_its_own(cast):
    december = datetime(2025, 12, 31, 23, 0, tzinfo=BEIJING)  # Beijing time decides the year
    january = datetime(2026, 1, 1, 0, 30, tzinfo=BEIJING)
    outcomes = services.register_batch([Item(intake(received_at=december)), Item(intake(received_at=january))],
                                       by=cast.handler_a)
    assert outcomes[0].complaint.number.startswith("TS2025") and outcomes[1].complaint.number.startswith("TS2026")


def test_batch_size_and_role_are_checked(cast):
    with pytest.raises(InvalidInput):
        services.register_batch([], by=cast.handler_a)
    with pytest.raises(InvalidInput):
        services.register_batch([Item(intake())] * (services.MAX_BATCH + 1), by=cast.handler_a)
    with pytest.raises(PermissionDenied):
        services.register_batch([Item(intake())], by=cast.auditor)


def test_a_key_claimed_between_the_check_and_the_write_falls_back_to_one_by_one(cast, monkeypatch):
    from xiaobao.complaints.services import intake_batch

    twin, _created = services.register(intake(), by=cast.handler_a, idempotency_key="raced")
    monkeypatch.setattr(intake_batch, "_keys_seen", lambda by, keys: {})  # as if the twin committed just after
    outcomes = services.register_batch([Item(intake(summary="新的"), idempotency_key="fresh"),
                                        Item(intake(), idempotency_key="raced")], by=cast.handler_a)
    assert outcomes[0].created and (outcomes[1].complaint.pk, outcomes[1].created) == (twin.pk, False)
    assert Complaint.objects.count() == 2
    numbers = sorted(int(c.number[-6:]) for c in Complaint.objects.all())
    assert numbers[1] == numbers[0] + 1  # the rolled-back batch left no gap
