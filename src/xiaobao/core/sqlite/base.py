"""The SQLite backend of the embedded mode: Django's, with the write transactions of one process queued in Python.

SQLite lets one writer in at a time. Transactions start with BEGIN IMMEDIATE, so a second writer waits in SQLite's
busy handler, which sleeps in growing steps (up to 100 ms) and lets later writers overtake earlier ones. With the
eight threads of one `xiaobao serve` process registering complaints at once, that made the 95th-percentile intake
take 1.0 s while the median took 28 ms. Queued on a lock here instead, a writer starts the moment the one before it
commits: the same load ran with a p95 of 77 ms at the same throughput (bench/bench_complaints.py).

Writers in other processes still meet SQLite's own waiting. A writer that cannot get the lock in `LOCK_TIMEOUT`
seconds goes on without it, so the lock can only shorten waits, never block for good.

SQLite does not enforce a decimal column's digits: a value written before the services checked amounts (issue 16:
a compensation of 1e20) made Django's converter raise on every read of the row, so every list and page showing
the case failed. Such a value is read back as it is stored instead.
"""

from __future__ import annotations

import decimal
import threading
from collections.abc import Callable
from typing import Any

from django.db.backends.sqlite3 import base, operations

write_lock = threading.Lock()
LOCK_TIMEOUT = 20.0  # seconds, as the busy timeout in settings


class DatabaseOperations(operations.DatabaseOperations):
    def get_decimalfield_converter(self, expression: Any) -> Callable[..., Any]:
        strict = super().get_decimalfield_converter(expression)
        as_stored = decimal.Context(prec=15).create_decimal_from_float

        def converter(value: Any, expression: Any, connection: Any) -> Any:
            try:
                return strict(value, expression, connection)
            except decimal.InvalidOperation:  # more digits than the column allows
                return as_stored(value)

        return converter


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
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
