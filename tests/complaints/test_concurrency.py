"""Concurrent edits never silently overwrite each other; concurrent retries never duplicate (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from tests.complaints.conftest import intake
from xiaobao.complaints import services, transitions
from xiaobao.complaints.models import Complaint, ComplaintEvent

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="row locks across threads need a server database (CI runs this on PostgreSQL)"),
]


def _race(n, work):
    barrier = threading.Barrier(n)
    outcomes = []

    def run(i):
        try:
            barrier.wait()
            outcomes.append(("ok", work(i)))
        except Exception as exc:  # the outcome is what the test inspects
            outcomes.append(("error", exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def test_two_editors_on_the_same_version_one_wins_one_gets_409(cast, make_complaint):
    c = make_complaint()
    outcomes = _race(2, lambda i: services.add_note(complaint_id=c.pk, version=1, by=cast.handler_a, note=f"n{i}"))
    kinds = sorted(type(r).__name__ if k == "error" else k for k, r in outcomes)
    assert kinds == ["StaleVersion", "ok"]
    assert ComplaintEvent.objects.filter(complaint=c, action="note").count() == 1
    assert Complaint.objects.get(pk=c.pk).version == 2
    assert issubclass(transitions.StaleVersion, Exception)


def test_concurrent_retries_with_one_idempotency_key_create_one_case(cast):
    outcomes = _race(4, lambda i: services.register(intake(), by=cast.handler_a, idempotency_key="same-key")[0].pk)
    ids = {r for k, r in outcomes if k == "ok"}
    assert [k for k, _ in outcomes] == ["ok"] * 4
    assert len(ids) == 1 and Complaint.objects.count() == 1


def test_concurrent_batches_sharing_keys_create_each_case_once(cast):
    def batch(i):
        items = [services.BatchItem(intake(summary=f"第{k}件"), idempotency_key=f"feed-{k}") for k in range(i, i + 4)]
        return [o.complaint.pk for o in services.register_batch(items, by=cast.handler_a)]

    outcomes = _race(3, batch)  # keys 0-3, 1-4, 2-5 overlap
    assert [k for k, _ in outcomes] == ["ok"] * 3
    assert Complaint.objects.count() == 6
    numbers = sorted(int(n[-6:]) for n in Complaint.objects.values_list("number", flat=True))
    assert numbers == list(range(numbers[0], numbers[0] + 6))  # the losers rolled back: no gaps
