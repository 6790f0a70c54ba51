"""投诉台账导入 — importing a branch's Excel complaint ledger: all rows or none, idempotent per row.

Every row is parsed and validated first (the ledger's own checks plus intake's `check`); if any row has
an error nothing is saved and the report names each row, column and message. Otherwise every row is
registered inside one transaction, in batches (`intake_batch.register_batch`), each with a key derived from
the row's content, so importing the same file again creates nothing new.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints import ledger, tasks
from xiaobao.complaints.models import IntakeKey
from xiaobao.complaints.services.intake import check
from xiaobao.complaints.services.intake_batch import MAX_BATCH, BatchItem, register_batch
from xiaobao.core import progress
from xiaobao.core.errors import DomainError, PermissionDenied
from xiaobao.core.models import Job
from xiaobao.org.models import Institution, User
from xiaobao.privacy import crypto

Progress = Callable[[str, int, int], None]  # (phase "validate" | "import", done, total)
_KEY_BATCH = 500  # keys per IN (...) lookup, under SQLite's parameter limit


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based row number in the sheet
    column: str  # the ledger column header (投诉渠道 ...)
    message: str  # Chinese


@dataclass
class ImportReport:
    total: int = 0  # data rows read
    created: int = 0
    existing: int = 0  # rows imported before (same content): not created again
    numbers: list[str] = field(default_factory=list)  # case numbers created
    errors: list[RowError] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)  # the file as a whole (not xlsx, missing columns ...)
    sheet: ledger.Sheet | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.file_errors

    @property
    def rows_with_errors(self) -> int:
        return len({e.row for e in self.errors})

    def write_report(self, out: str | IO[bytes]) -> None:
        """The error report (.xlsx): the original rows plus 错误说明 naming the column and the problem."""
        by_row: dict[int, list[tuple[str, str]]] = {}
        for error in self.errors:
            by_row.setdefault(error.row, []).append((error.column, error.message))
        ledger.write_report(self.sheet or ledger.Sheet([], 0, [], [], {}), by_row, out,
                            file_errors=self.file_errors)


class _RowFailed(Exception):
    def __init__(self, row: int, error: DomainError) -> None:
        super().__init__(str(error))
        self.row, self.error = row, error


def _institution_names() -> dict[str, str]:
    return {ledger.normalise(name): code for code, name in Institution.objects.filter(is_active=True)
            .values_list("code", "name")}


def _check(rows: list[ledger.ParsedRow], *, by: User, progress: Progress | None) -> list[RowError]:
    errors: list[RowError] = []
    active = {i.code: i for i in Institution.objects.filter(is_active=True)}  # one query, not one per row
    for done, row in enumerate(rows, start=1):
        columns_failed = {header for header, _m in row.errors}
        problems = list(row.errors)
        if row.data is not None:
            for name, message in check(row.data, by=by, institutions=active)[1]:
                header = ledger.header_for(name)
                if header not in columns_failed:  # the ledger already said what is wrong there
                    problems.append((header, message))
        errors.extend(RowError(row.number, header, message) for header, message in problems)
        if progress:
            progress("validate", done, len(rows))
    return errors


def _seen_keys(keys: list[str]) -> set[str]:
    """Keys of rows some user already imported (a ledger row is the same complaint whoever imports it)."""
    seen: set[str] = set()
    for start in range(0, len(keys), _KEY_BATCH):
        seen.update(IntakeKey.objects.filter(key__in=keys[start:start + _KEY_BATCH]).values_list("key", flat=True))
    return seen


def import_ledger(source: str | Any | IO[bytes], *, by: User, progress: Progress | None = None,
                  max_rows: int = ledger.MAX_ROWS,
                  on_saved: Callable[[ImportReport], None] | None = None) -> ImportReport:
    """Import every row of the ledger, or none; the report lists created, already-imported and errors.
    `on_saved(report)` runs inside the transaction that writes the rows (a background job records its outcome
    there, so that the rows and the outcome commit together or not at all)."""
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not register complaints."))
    with translation.override("zh-hans"):
        return _import(source, by=by, progress=progress, max_rows=max_rows, on_saved=on_saved)


def _import(source: str | Any | IO[bytes], *, by: User, progress: Progress | None, max_rows: int,
            on_saved: Callable[[ImportReport], None] | None) -> ImportReport:
    report = ImportReport()
    try:
        sheet = ledger.read(source, max_rows=max_rows)
    except ValueError as exc:
        report.file_errors.append(str(exc))
        return report
    report.sheet, report.total = sheet, len(sheet.rows)
    report.file_errors.extend(sheet.errors)
    if report.file_errors:
        return report

    names = _institution_names()
    rows = [ledger.parse_row(number, values, sheet.columns, institutions=names) for number, values in sheet.rows]
    report.errors = _check(rows, by=by, progress=progress)
    if report.errors:
        return report

    keys = [row.key for row in rows]
    seen = _seen_keys(keys)
    fresh = [(row, key) for row, key in zip(rows, keys, strict=True) if key not in seen]
    report.existing = len(rows) - len(fresh)
    try:
        with transaction.atomic():
            for start in range(0, len(fresh), MAX_BATCH):
                chunk = fresh[start:start + MAX_BATCH]
                items = []
                for row, key in chunk:
                    assert row.data is not None  # noqa: S101 - type narrowing: every row passed the checks above
                    items.append(BatchItem(row.data, idempotency_key=key))
                for (row, _key), outcome in zip(chunk, register_batch(items, by=by), strict=True):
                    if outcome.error is not None:
                        raise _RowFailed(row.number, outcome.error)
                    if outcome.created and outcome.complaint is not None:
                        report.created += 1
                        report.numbers.append(outcome.complaint.number)
                    else:  # the same row twice in one file
                        report.existing += 1
                if progress:
                    progress("import", report.existing + report.created, len(rows))
            if report.created:
                digest = hashlib.sha256("\n".join(keys).encode()).hexdigest()
                audit.record(action="complaint.import", actor=by, object_type="complaints.ledger",
                             object_id=digest[:16], after={"rows": report.total, "created": report.created,
                                                            "existing": report.existing})
            if on_saved is not None:
                on_saved(report)
    except _RowFailed as failed:  # everything above is rolled back
        field_name = failed.error.field or ""
        report.created, report.existing, report.numbers = 0, 0, []
        report.errors.append(RowError(failed.row, ledger.header_for(field_name), str(failed.error.message)))
    return report


# ------------------------------------------------------------------------------ as background work (后台导入)

JOB_KIND = "complaints.import"
SHOWN_ERRORS = 200  # errors kept on the job for the page; the error report lists all


def start_import(data: bytes, *, filename: str, by: User) -> Job:
    """Queue the import of an uploaded ledger; the page follows the job's progress. The file holds personal data:
    it is kept encrypted on the job and dropped once the import has run."""
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not register complaints."))
    with transaction.atomic():
        job = progress.create(kind=JOB_KIND, title=_("Import %(file)s") % {"file": filename}, by=by,
                              payload=crypto.keyring().encrypt(data))
        progress.enqueue(job, tasks.import_ledger_job)
    return job


def run_import(job_id: str) -> None:
    """The task's body: import the job's file once. Run again after a crash, it imports everything again or,
    if the rows had been committed, finds the job finished and does nothing (the outcome commits with the rows)."""
    job = progress.begin(job_id)
    if job is None or job.created_by is None:
        return
    data = crypto.keyring().decrypt(bytes(job.payload or b""))

    def outcome(report: ImportReport) -> None:
        buffer = io.BytesIO()
        if not report.ok:
            report.write_report(buffer)
        errors = [{"row": e.row, "column": e.column, "message": e.message} for e in report.errors[:SHOWN_ERRORS]]
        progress.finish(job, failed=False, phase="import" if report.ok else "validate", total=report.total,
                        done=report.total if report.ok else 0, errors=errors,
                        artifact=crypto.keyring().encrypt(buffer.getvalue()) if not report.ok else None,
                        result={"ok": report.ok, "total": report.total, "created": report.created,
                                "existing": report.existing, "numbers": report.numbers[:SHOWN_ERRORS],
                                "error_count": len(report.errors), "rows_with_errors": report.rows_with_errors,
                                "file_errors": report.file_errors})

    try:
        report = import_ledger(io.BytesIO(data), by=job.created_by, progress=progress.Reporter(job),
                               on_saved=outcome)
    except DomainError as exc:  # e.g. the user's role changed since: the job fails with the reason
        progress.finish(job, failed=True, errors=[{"message": str(exc.message)}])
        return
    if not report.ok:  # nothing was written: record the errors now
        outcome(report)


def report_file(job: Job) -> bytes | None:
    """The error report (.xlsx) of a finished import, while it is kept."""
    return crypto.keyring().decrypt(bytes(job.artifact)) if job.artifact else None
