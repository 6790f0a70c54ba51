"""Excel imports as background work (后台导入): one mechanism for every module's importer (issue 16 item 8).

No request thread reads a workbook. The page hands the upload to `start`, which keeps it encrypted on a
`core.models.Job` (ledgers hold personal data) and queues `tasks.run_import`; the page then redirects to the
job's page (`views.import_job`), which polls the progress and shows the outcome: rows read, imported, already
imported, rows refused with their reasons, and an error report (.xlsx) to download.

A module contributes an `Importer` (registered in its `AppConfig.ready`): its job kind, the page to go back to,
and `apply(source, by=, params=, progress=)`, which reads the workbook (through `security.spreadsheets`, the bomb
guard), checks and writes the rows with the module's own rules and messages, and returns an `Outcome`. The
runner calls `apply` and records the job's outcome inside one transaction, so that:

- a worker killed mid-import leaves nothing written, and the retried task imports the whole file once;
- a task that runs again after the outcome committed finds the job finished and does nothing (`progress.begin`);
- a refusal (`DomainError`, `SpreadsheetRefused`: not a workbook, headers missing, a role that may not import)
  fails the job with its message and leaves nothing half-imported.

Re-submitting the same file is the importer's business: each one skips rows imported before (a key per row) or
refuses them as already registered, so a second upload duplicates nothing. Messages are those of the request's
language (the job remembers it).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from xiaobao.core import progress
from xiaobao.core.errors import DomainError, InvalidInput
from xiaobao.core.models import Job
from xiaobao.core.safe_export import xlsx_bytes
from xiaobao.privacy import crypto
from xiaobao.security.spreadsheets import SpreadsheetRefused

Progress = Callable[[str, int, int], None]  # (phase, done, total), as core.progress.Reporter
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
SHOWN_ERRORS = 200  # errors kept on the job for its page; the error report lists all
PHASE_IMPORT = "import"


@dataclass
class Outcome:
    """What an importer did with a file."""

    rows: int = 0  # data rows read
    created: int = 0
    existing: int = 0  # rows imported before (or twice in the file): not created again
    errors: list[dict[str, Any]] = field(default_factory=list)  # {"row", "column", "message"}
    all_or_nothing: bool = False  # True: any error means nothing was written
    report: bytes | None = None  # the module's own error report (.xlsx); None: the generic one

    @property
    def failed_rows(self) -> int:
        return len({e.get("row") for e in self.errors})


Apply = Callable[..., Outcome]  # apply(source: IO[bytes], *, by: User, params: dict, progress: Progress)


@dataclass(frozen=True)
class Importer:
    kind: str  # the job's kind, "<app>.import…"
    apply: Apply
    page: str  # URL name of the module's import page (the job page links back to it)
    page_args: tuple[str, ...] = ()  # names of params that the page's URL takes (e.g. a course id)


_IMPORTERS: dict[str, Importer] = {}


def register(importer: Importer) -> None:
    _IMPORTERS[importer.kind] = importer


def importer_for(kind: str) -> Importer | None:
    return _IMPORTERS.get(kind)


def kinds() -> list[str]:
    return list(_IMPORTERS)


def _pack(header: dict[str, Any], data: bytes) -> bytes:
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    return crypto.keyring().encrypt(len(head).to_bytes(4, "big") + head + data)


def _unpack(payload: bytes) -> tuple[dict[str, Any], bytes]:
    plain = crypto.keyring().decrypt(payload)
    size = int.from_bytes(plain[:4], "big")
    return json.loads(plain[4:4 + size].decode("utf-8")), plain[4 + size:]


def read_upload(upload: Any, *, limit: int = MAX_UPLOAD_BYTES) -> bytes:
    """The uploaded file's bytes, refused past `limit` without reading further."""
    if getattr(upload, "size", 0) and upload.size > limit:
        raise InvalidInput(_("The file is larger than 10 MB; split the ledger."), field="file")
    data = b""
    for chunk in upload.chunks():
        data += chunk
        if len(data) > limit:
            raise InvalidInput(_("The file is larger than 10 MB; split the ledger."), field="file")
    return data


def start(kind: str, upload: Any, *, by: Any, params: dict[str, Any] | None = None) -> Job:
    """Queue the import of `upload` (an uploaded file) by the module that registered `kind`; the Job to follow.
    The caller has checked the user's right; the job checks it again when it runs."""
    from xiaobao.security import tasks

    if kind not in _IMPORTERS:
        raise LookupError(kind)
    data = read_upload(upload)
    name = str(getattr(upload, "name", "") or "")[:100]
    header = {"filename": name, "language": translation.get_language() or "zh-hans", "params": params or {}}
    with transaction.atomic():
        job = progress.create(kind=kind, title=_("Import %(file)s") % {"file": name}, by=by,
                              payload=_pack(header, data))
        job.result = {"page_args": _page_args(_IMPORTERS[kind], params or {})}  # the way back, while it runs
        job.save(update_fields=["result"])
        progress.enqueue(job, tasks.run_import)
    return job


def _page_args(importer: Importer, params: dict[str, Any]) -> dict[str, Any]:
    return {name: params.get(name) for name in importer.page_args}


def job_url(job: Job) -> str:
    return reverse("security:import-job", args=[job.pk])


def back_url(job: Job) -> str:
    """The module's import page, where another file can be uploaded."""
    importer = _IMPORTERS.get(job.kind)
    if importer is None:
        return reverse("home")
    args = [job.result.get("page_args", {}).get(name) for name in importer.page_args]
    return reverse(importer.page, args=args) if all(a is not None for a in args) else reverse("home")


def run(job_id: str) -> None:
    """The task's body: import the job's file once (see the module's docstring)."""
    job = progress.begin(job_id)
    if job is None:
        return
    importer = _IMPORTERS.get(job.kind)
    if job.created_by is None or importer is None or not job.payload:
        progress.finish(job, failed=True, errors=[{"row": 0, "column": "", "message": _("Nothing to import.")}])
        return
    header, data = _unpack(bytes(job.payload))
    params = header.get("params") or {}
    page_args = _page_args(importer, params)
    with translation.override(header.get("language") or "zh-hans"):
        try:
            with transaction.atomic():
                outcome = importer.apply(io.BytesIO(data), by=job.created_by, params=params,
                                         progress=progress.Reporter(job))
                _record(job, outcome, page_args=page_args)
        except (DomainError, SpreadsheetRefused) as exc:  # the whole file refused: nothing is written
            message = str(getattr(exc, "message", exc))
            progress.finish(job, failed=True, result={"page_args": page_args},
                            errors=[{"row": 0, "column": "", "message": message}])


def _record(job: Job, outcome: Outcome, *, page_args: dict[str, Any]) -> None:
    report = outcome.report
    if report is None and outcome.errors:
        report = error_report(outcome.errors)
    imported = not (outcome.all_or_nothing and outcome.errors)
    progress.finish(job, phase=PHASE_IMPORT, total=outcome.rows, done=outcome.rows if imported else 0,
                    errors=outcome.errors[:SHOWN_ERRORS],
                    artifact=crypto.keyring().encrypt(report) if report else None,
                    result={"rows": outcome.rows, "created": outcome.created, "existing": outcome.existing,
                            "failed_rows": outcome.failed_rows, "error_count": len(outcome.errors),
                            "all_or_nothing": outcome.all_or_nothing, "imported": imported,
                            "page_args": page_args})


def error_report(errors: list[dict[str, Any]]) -> bytes:
    """The per-row error report (row, column, problem): no cell value of the upload in it."""
    return xlsx_bytes(_("Import errors"), [_("Row"), _("Column"), _("Problem")],
                      [[e.get("row"), e.get("column", ""), e.get("message", "")] for e in errors])


def report_file(job: Job) -> bytes | None:
    """The error report of a finished import, while it is kept (dropped after a day with the job's files)."""
    return crypto.keyring().decrypt(bytes(job.artifact)) if job.artifact else None


def job_of(user: Any, pk: Any) -> Job | None:
    """An import job started by `user` (nobody else sees it: its errors may quote personal data)."""
    return Job.objects.filter(pk=pk, created_by=user, kind__in=kinds()).first()


def recent(user: Any, kind: str, *, limit: int = 5) -> list[Job]:
    """The user's last imports of one kind, for the module's import page."""
    return progress.recent_jobs(user, kind=kind, limit=limit)
