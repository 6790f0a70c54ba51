"""`xiaobao traceability import|verify|purge` — the operations of sales traceability (可回溯管理).

import  MANIFEST --files DIR --user LOGIN [--system NAME]: store the files a manifest (CSV, .xlsx, JSON Lines)
        names; idempotent on (system, recording id), so a run that stopped is resumed by running it again;
        rows with a problem are listed (and written to --errors FILE as CSV); exit 1 if any row failed.
verify  [--quiet]: re-hash every stored file and compare it with the SHA-256 recorded on arrival; lists the
        files that changed or are missing; exit 1 if any (audited).
purge   [--delete] [--today YYYY-MM-DD]: list the items past their keep-until (contract rule and disputes);
        with --delete, delete their files, one audit event each.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from xiaobao.core.errors import DomainError
from xiaobao.core.progress import TerminalBar
from xiaobao.org.models import User


class Command(BaseCommand):
    help = "Sales traceability: `import` a manifest and its files, `verify` stored files, `purge` expired items."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="import a manifest and the files it names")
        imp.add_argument("manifest", type=Path)
        imp.add_argument("--files", type=Path, required=True, help="the directory the file column is relative to")
        imp.add_argument("--user", required=True, help="login of the user the import acts as (scope, audit)")
        imp.add_argument("--system", default="", help="source system, when the manifest has no system column")
        imp.add_argument("--errors", type=Path, default=None, help="write the per-row error report (CSV) here")
        imp.add_argument("--no-progress", action="store_true")
        verify = sub.add_parser("verify", help="re-hash every stored file")
        verify.add_argument("--no-progress", action="store_true")
        purge = sub.add_parser("purge", help="list (and with --delete, delete) expired items")
        purge.add_argument("--delete", action="store_true")
        purge.add_argument("--today", type=date.fromisoformat, default=None, help=argparse_help_today())

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        try:
            {"import": self._import, "verify": self._verify, "purge": self._purge}[action](**options)
        except DomainError as exc:
            raise CommandError(str(exc.message), returncode=2) from exc

    def _import(self, manifest: Path, files: Path, user: str, system: str, errors: Path | None,
                no_progress: bool, **_: Any) -> None:
        from xiaobao.traceability import importing

        actor = User.objects.filter(username=user, is_active=True).first()
        if actor is None:
            raise CommandError(f"no active user {user!r}", returncode=2)
        if not manifest.is_file() or not files.is_dir():
            raise CommandError("give an existing manifest file and files directory", returncode=2)
        started = time.perf_counter()
        bar = None if no_progress else TerminalBar(sys.stderr, {"import": "导入"})
        report = importing.import_directory(manifest, files, by=actor, system=system, progress=bar)
        seconds = time.perf_counter() - started
        for error in report.errors[:100]:
            self.stdout.write(f"row {error.row} [{error.key}] {error.field}: {error.message}")
        if errors is not None and report.errors:
            errors.write_bytes(importing.errors_csv([e.as_dict() for e in report.errors]))
        self.stdout.write(f"rows {report.rows}: created {report.created}, skipped {report.skipped} (already "
                          f"stored), failed {len(report.errors)}, sales registered {report.sales_created}; "
                          f"{seconds:.1f}s")
        if report.errors:
            raise CommandError(f"{len(report.errors)} rows failed", returncode=1)

    def _verify(self, no_progress: bool, **_: Any) -> None:
        from xiaobao.traceability import services
        from xiaobao.traceability.models import EvidenceItem

        items = EvidenceItem.objects.filter(purged_at__isnull=True).select_related("sale")
        total = items.count()
        bar = None if no_progress else TerminalBar(sys.stderr)
        report = services.verify(items=items.iterator(), actor_username="cli", progress=bar, total=total)
        for label, ids in (("CHANGED", report.changed), ("MISSING", report.missing)):
            for item in EvidenceItem.objects.filter(pk__in=ids).select_related("sale"):
                self.stdout.write(f"{label} item {item.pk} policy {item.sale.policy_number} {item.file}")
        rate = report.bytes / 1e6 / report.seconds if report.seconds else 0.0
        self.stdout.write(f"checked {report.checked} files ({report.bytes / 1e6:.1f} MB, {rate:.1f} MB/s): "
                          f"{len(report.changed)} changed, {len(report.missing)} missing")
        if report.problems:
            raise CommandError(f"{report.problems} files changed or missing", returncode=1)

    def _purge(self, delete: bool, today: date | None, **_: Any) -> None:
        from xiaobao.traceability import services

        expired = services.purge(delete=delete, actor_username="cli", today=today)
        for entry in expired:
            self.stdout.write(f"{'DELETED' if delete else 'EXPIRED'} item {entry.item.pk} policy "
                              f"{entry.item.sale.policy_number} kind {entry.item.kind} keep-until "
                              f"{entry.keep.until.isoformat() if entry.keep.until else '-'}")
        self.stdout.write(f"{len(expired)} items {'deleted' if delete else 'past keep-until (use --delete)'}")


def argparse_help_today() -> str:
    return "the day to judge keep-until on (default: today in Beijing)"
