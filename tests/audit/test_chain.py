"""The audit trail is append-only and tamper-evident."""

import itertools

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from xiaobao.audit import services
from xiaobao.audit.models import AppendOnlyError, AuditEvent


@pytest.fixture
def events(cast):
    for i in range(3):
        services.record(action="test.event", obj=cast.sub_a, actor=cast.officer, after={"i": i}, ip="10.1.2.3")
    return list(AuditEvent.objects.order_by("seq"))


def test_events_link_into_a_chain(events):
    for prev, event in itertools.pairwise(events):
        assert event.prev_hash == prev.hash
        assert event.seq == prev.seq + 1
    assert services.verify().ok


def test_verify_command_reports_ok(events, capsys):
    call_command("audit", "verify")
    assert "OK" in capsys.readouterr().out


def test_editing_a_row_in_the_database_breaks_the_chain_at_that_event(events):
    target = events[-2]
    with connection.cursor() as cursor:
        table = AuditEvent._meta.db_table
        cursor.execute(f"UPDATE {table} SET action = %s WHERE id = %s", ["test.forged", target.pk])
    result = services.verify()
    assert result.broken_seq == target.seq
    with pytest.raises(CommandError, match=f"#{target.seq}") as exc:
        call_command("audit", "verify")
    assert exc.value.returncode == 1


def test_deleting_a_row_is_detected(events):
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE id = %s", [events[0].pk])
    assert services.verify().broken_seq == events[0].seq


def test_the_application_cannot_update_or_delete_events(events):
    event = events[0]
    event.action = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()


def test_an_event_records_actor_object_summary_and_ip(events, cast):
    event = events[0]
    assert event.actor_id == cast.officer.pk
    assert event.actor_username == "officer"
    assert event.object_type == "org.institution"
    assert event.object_id == str(cast.sub_a.pk)
    assert event.summary == {"after": {"i": 0}}
    assert event.ip == "10.1.2.3"


def test_the_admin_cannot_add_change_or_delete(admin_client, events):
    url = f"/admin/audit/auditevent/{events[0].pk}/delete/"
    assert admin_client.get(url).status_code == 403
    assert admin_client.get("/admin/audit/auditevent/add/").status_code == 403
