"""The SQLite backend of the embedded mode: Django's, with the write transactions of one process queued in Python.

SQLite lets one writer in at a time. Transactions start with BEGIN IMMEDIATE, so a second writer waits in SQLite's
busy handler, which sleeps in growing steps (up to 100 ms) and lets later writers overtake earlier ones. With the
eight threads of one `xiaobao serve` process registering complaints at once, that made the 95th-percentile intake
take 1.0 s while the median took 28 ms. Queued on a lock here instead, a writer starts the moment the one before it
commits: the same load ran with a p95 of 77 ms at the same throughput (bench/bench_complaints.py).

Writers in other processes still meet SQLite's own waiting. A writer that cannot get the lock in `LOCK_TIMEOUT`
seconds goes on without it, so the lock can only shorten waits, never block for good.
"""

from __future__ import annotations

import threading

from django.db.backends.sqlite3 import base

write_lock = threading.Lock()
LOCK_TIMEOUT = 20.0  # seconds, as the busy timeout in settings


class DatabaseWrapper(base.DatabaseWrapper):
    holds_write_lock = False

    def _start_transaction_under_autocommit(self) -> None:
        self.holds_write_lock = write_lock.acquire(timeout=LOCK_TIMEOUT)
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._release_write_lock()
            raise

    def _release_write_lock(self) -> None:
        if self.holds_write_lock:
            self.holds_write_lock = False
            write_lock.release()

    def _commit(self) -> None:
        try:
            super()._commit()
        finally:
            self._release_write_lock()

    def _rollback(self) -> None:
        try:
            super()._rollback()
        finally:
            self._release_write_lock()

    def _close(self) -> None:
        try:
            super()._close()
        finally:
            self._release_write_lock()
