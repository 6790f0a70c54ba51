"""The embedded SQLite backend queues the write transactions of one process (see xiaobao/core/sqlite/base.py)."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from xiaobao.core.sqlite.base import write_lock

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend of the embedded mode"),
]


def test_a_transaction_holds_the_write_lock_until_commit_or_rollback():
    assert not write_lock.locked()
    with transaction.atomic():
        assert connection.holds_write_lock and write_lock.locked()
    assert not write_lock.locked()
    with pytest.raises(RuntimeError), transaction.atomic():
        assert write_lock.locked()
        raise RuntimeError("rolled back")
    assert not write_lock.locked() and not connection.holds_write_lock


def test_a_second_writer_of_the_process_starts_when_the_first_commits():
    order: list[str] = []
    first_inside, let_first_finish = threading.Event(), threading.Event()

    def first() -> None:
        with transaction.atomic():
            order.append("first begins")
            first_inside.set()
            let_first_finish.wait(5)
            order.append("first commits")
        connections.close_all()

    def second() -> None:
        first_inside.wait(5)
        with transaction.atomic():
            order.append("second begins")
        connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    first_inside.wait(5)
    time.sleep(0.2)  # the second writer is waiting on the lock by now
    order.append("first told to finish")
    let_first_finish.set()
    for t in threads:
        t.join(10)
    assert order == ["first begins", "first told to finish", "first commits", "second begins"]
