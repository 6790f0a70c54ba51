"""Migration complaints 0006 itself converts rows written in clear before it (issue 16 item 12): the database is
taken back to complaints 0005 (the columns exist, the text is still clear), a case, a note and a contact are written
in clear with raw SQL, and migrating forward leaves ciphertext with masked copies, read back intact through the
models. tests/privacy/test_free_text.py tests the conversion function on its own."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.privacy.test_free_text import NOTE, SUMMARY, _dump, leaks

BEFORE = [("complaints", "0005_private_free_text")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_migration_0006_encrypts_the_rows_written_in_clear(cast, make_complaint):
    from xiaobao.complaints import services
    from xiaobao.complaints.models import Complaint, ContactRecord

    c = make_complaint()
    c = services.accept(complaint_id=c.pk, version=c.version, by=cast.handler_a)
    c = services.add_note(complaint_id=c.pk, version=c.version, by=cast.handler_a, note="x")
    c = services.record_contact(complaint_id=c.pk, version=c.version, by=cast.handler_a, at=c.received_at,
                                way="phone", content="y", outcome="z")
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    _migrate(BEFORE)
    with connection.cursor() as cur:  # rows as the code before 0005 wrote them: clear text, no masked copy
        cur.execute("UPDATE complaints_complaint SET summary = %s, summary_masked = '' WHERE id = %s", [SUMMARY, c.pk])
        cur.execute("UPDATE complaints_complaintevent SET reason = %s, reason_masked = '' WHERE complaint_id = %s "
                    "AND action = 'note'", [NOTE, c.pk])
        cur.execute("UPDATE complaints_contactrecord SET content = %s, content_masked = '' WHERE complaint_id = %s",
                    [f"致电{SUMMARY[-30:]}", c.pk])
    assert SUMMARY in _dump("complaints_complaint")
    _migrate(latest)
    for table in ("complaints_complaint", "complaints_complaintevent", "complaints_contactrecord"):
        assert leaks(_dump(table)) == [], table
    c = Complaint.objects.get(pk=c.pk)
    assert c.summary == SUMMARY and "139****4567" in c.summary_masked
    assert c.events.get(action="note").reason == NOTE
    assert ContactRecord.objects.get(complaint=c).content == f"致电{SUMMARY[-30:]}"
