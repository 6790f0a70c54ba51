"""Key rotation: re-encrypt under the new key, recompute blind indexes, batches, restartable; check-raw."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from tests.privacy.conftest import PHONE, VALID_ID
from xiaobao.audit.models import AuditEvent
from xiaobao.audit.services import verify
from xiaobao.complaints import selectors
from xiaobao.complaints import services as complaint_services
from xiaobao.complaints.models import Complaint
from xiaobao.privacy import crypto, services

K1, K2, K3 = (Fernet.generate_key().decode() for _ in range(3))
FIELDS = ("complainant_name", "complainant_phone", "complainant_id_number", "complainant_address")


def raw(pk):
    with connection.cursor() as cur:
        cur.execute(f"SELECT {', '.join(FIELDS)}, phone_index, id_number_index FROM complaints_complaint WHERE id = %s",
                    [pk])
        return cur.fetchone()


@pytest.fixture
def old_cases(settings, make_complaint):
    """Ten cases written under K1, then the key changed to K2 with K1 kept as an old key."""
    settings.DATA_ENCRYPTION_KEY, settings.DATA_ENCRYPTION_OLD_KEYS = K1, []
    cases = [make_complaint(complainant=complaint_services.ComplainantIn(
        name=f"张{i}丰", phone=f"138{i:08d}", id_number=VALID_ID if i == 0 else "", address=f"乌鲁木齐市天山区{i}号"))
        for i in range(10)]
    settings.DATA_ENCRYPTION_KEY, settings.DATA_ENCRYPTION_OLD_KEYS = K2, [K1]
    return cases


def cases(report):
    """The counts of the complaint table (events and contacts have encrypted free text too)."""
    return report.models["complaints.complaint"]


def search(user, q):
    return list(selectors.complaint_list(user=user, filters=selectors.ComplaintFilters(q=q)))


def test_rotation_reencrypts_and_reindexes(cast, old_cases, settings):
    first = old_cases[0]
    assert not crypto.is_current(raw(first.pk)[1])
    assert Complaint.objects.get(pk=first.pk).complainant_phone == "13800000000"  # the old key still decrypts
    assert search(cast.officer, "13800000000") == []  # but the index was made with the old key

    report = services.rotate_key(batch_size=4)
    assert cases(report)["rows"] == 10 and cases(report)["rotated"] == 10 and report.total("failed") == 0

    for c in old_cases:
        values = raw(c.pk)
        assert all(v == "" or (v.startswith("enc1:") and crypto.is_current(v)) for v in values[:4])
    settings.DATA_ENCRYPTION_OLD_KEYS = []  # the old key can go now
    back = Complaint.objects.get(pk=first.pk)
    assert (back.complainant_name, back.complainant_phone, back.complainant_id_number) == ("张0丰", "13800000000",
                                                                                           VALID_ID)
    assert [c.pk for c in search(cast.officer, "138 0000 0000")] == [first.pk]
    assert [c.pk for c in search(cast.officer, VALID_ID)] == [first.pk]
    assert raw(old_cases[1].pk)[5] == ""  # no ID number: no index
    assert AuditEvent.objects.filter(action="privacy.rotate_key").count() == 3  # one per batch that changed rows
    assert verify().ok


def test_a_second_run_changes_nothing(cast, old_cases):
    services.rotate_key()
    before = [raw(c.pk) for c in old_cases]
    report = services.rotate_key()
    assert report.total("rotated") == 0 and cases(report)["current"] == 10
    assert [raw(c.pk) for c in old_cases] == before


def test_interrupted_rotation_loses_nothing(cast, old_cases, monkeypatch):
    # half the rows, as a run stopped half-way would leave them
    report = services.rotate_key(batch_size=3, limit=5)
    assert report.total("rotated") == 5
    current = [crypto.is_current(raw(c.pk)[0]) for c in old_cases]
    assert current == [True] * 5 + [False] * 5

    # a crash inside a batch: that batch rolls back whole, the earlier batches stay
    calls = {"n": 0}
    real = crypto.blind_index

    def crash(value, kind):
        calls["n"] += 1
        if calls["n"] > 4:  # rows 5, 6, 7, 8 indexed; row 9, second of its batch, crashes
            raise KeyboardInterrupt
        return real(value, kind)

    monkeypatch.setattr(crypto, "blind_index", crash)
    with pytest.raises(KeyboardInterrupt):
        services.rotate_key(batch_size=2)
    monkeypatch.setattr(crypto, "blind_index", real)
    mid = [crypto.is_current(raw(c.pk)[0]) for c in old_cases]
    assert mid == [True] * 8 + [False] * 2  # row 8 was re-encrypted, but its batch rolled back whole
    for c in old_cases:  # everything still reads back
        assert Complaint.objects.get(pk=c.pk).complainant_phone == c.complainant_phone

    report = services.rotate_key(batch_size=2)
    assert report.total("rotated") == 10 - sum(mid) and cases(report)["current"] == sum(mid)
    assert all(crypto.is_current(raw(c.pk)[0]) for c in old_cases)
    assert [c.pk for c in search(cast.officer, "13800000009")] == [old_cases[9].pk]


def test_rotate_key_command_prints_progress_and_a_summary(cast, old_cases, capsys):
    call_command("privacy", "rotate-key", "--batch-size", "4")
    out = capsys.readouterr()
    assert "complaints.complaint: 10 rows, 10 re-encrypted" in out.out and "rows/s" in out.out
    assert "complaints.complaint: 10/10" in out.err


def test_a_value_under_a_missing_key_is_reported_and_left_alone(cast, old_cases, settings):
    settings.DATA_ENCRYPTION_KEY, settings.DATA_ENCRYPTION_OLD_KEYS = K3, [K2]  # K1 lost
    before = raw(old_cases[0].pk)
    with pytest.raises(CommandError) as err:
        call_command("privacy", "rotate-key", "--no-progress")
    assert err.value.returncode == 1
    assert raw(old_cases[0].pk) == before


def test_clear_values_in_the_database_are_encrypted_by_rotation(cast, make_complaint):
    c = make_complaint()
    with connection.cursor() as cur:
        cur.execute("UPDATE complaints_complaint SET complainant_phone = %s WHERE id = %s", ["13700000000", c.pk])
    report = services.rotate_key()
    assert report.total("plain") == 1 and raw(c.pk)[1].startswith("enc1:")
    assert Complaint.objects.get(pk=c.pk).complainant_phone == "13700000000"
    assert [x.pk for x in search(cast.officer, "13700000000")] == [c.pk]


def test_check_raw(cast, make_complaint, capsys):
    c = make_complaint()
    call_command("privacy", "check-raw")
    assert "every stored personal value is encrypted" in capsys.readouterr().out
    with connection.cursor() as cur:
        cur.execute("UPDATE complaints_complaint SET complainant_id_number = %s WHERE id = %s", [VALID_ID, c.pk])
    with pytest.raises(CommandError) as err:
        call_command("privacy", "check-raw")
    out = capsys.readouterr().out
    assert err.value.returncode == 1 and f"pk={c.pk} complainant_id_number: plain" in out and VALID_ID not in out


def test_check_raw_with_keys_reports_old_key_values(cast, old_cases, capsys):
    with pytest.raises(CommandError):
        call_command("privacy", "check-raw", "--keys")
    assert "old-key" in capsys.readouterr().out
    services.rotate_key()
    call_command("privacy", "check-raw", "--keys")


def test_encrypted_models_are_found_generically():
    found = {m.label: m for m in services.encrypted_models()}
    assert found["complaints.complaint"].fields == (*FIELDS, "summary", "requested_outcome", "decision", "feedback")
    assert set(found["complaints.complaint"].indexes) == {"phone_index", "id_number_index"}
    assert found["complaints.complaint"].masked["summary"] == "summary_masked"
    assert found["complaints.complaintevent"].masked == {"reason": "reason_masked"}
    assert found["complaints.contactrecord"].fields == ("content", "outcome")


def test_the_database_holds_no_clear_phone_or_id_number(cast, make_complaint):
    c = make_complaint()
    with connection.cursor() as cur:
        cur.execute("SELECT * FROM complaints_complaint WHERE id = %s", [c.pk])
        row = " ".join(str(v) for v in cur.fetchone())
    assert PHONE not in row and VALID_ID not in row and "张三丰" not in row
    assert not [f for f in services.check_raw() if not isinstance(f, tuple)]
