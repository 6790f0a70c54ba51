"""`xiaobao complaints import FILE --user USERNAME [--report OUT.xlsx]` — import a complaint ledger (投诉台账).

`xiaobao complaints template OUT.xlsx` writes an empty ledger with the column headers.
Exit 0 when every row was imported (or had been before); 1 when any row has an error (nothing is saved;
the errors are printed, and written with the original rows to --report); 2 for a bad user or file.
The command imports in this process with a progress bar; the import page queues the same import as a
background job (`xiaobao worker` runs it).
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from xiaobao.complaints import ledger
from xiaobao.complaints.services.importing import import_ledger
from xiaobao.core.errors import DomainError
from xiaobao.core.progress import TerminalBar
from xiaobao.org.models import User

PHASES = {"validate": "校验", "import": "导入"}
SHOWN_ERRORS = 50


class Command(BaseCommand):
    help = "Complaint ledger (投诉台账): `import FILE --user USERNAME [--report OUT.xlsx]`, `template OUT.xlsx`."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="import every row of an .xlsx ledger, or none if any row has an error")
        imp.add_argument("file")
        imp.add_argument("--user", required=True, help="the account the cases are registered by")
        imp.add_argument("--report", help="write the rows with an 错误说明 column here when there are errors")
        imp.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
        tpl = sub.add_parser("template", help="write an empty ledger with the column headers")
        tpl.add_argument("out")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "template":
            ledger.write_template(options["out"])
            self.stdout.write(f"template written to {options['out']}")
            return
        self._import(options["file"], username=options["user"], report_path=options.get("report"),
                     progress=not options["no_progress"])

    def _import(self, path: str, *, username: str, report_path: str | None, progress: bool) -> None:
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"no active user {username!r}", returncode=2)
        try:
            with open(path, "rb") as fh:
                report = import_ledger(fh, by=user, progress=TerminalBar(sys.stderr, PHASES) if progress else None)
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}", returncode=2) from exc
        except DomainError as exc:
            raise CommandError(str(exc.message), returncode=2) from exc
        if report.ok:
            self.stdout.write(f"imported {report.created} complaints from {report.total} rows"
                              f" ({report.existing} already imported before)")
            return
        for message in report.file_errors:
            self.stderr.write(f"{path}: {message}")
        for error in report.errors[:SHOWN_ERRORS]:
            self.stderr.write(f"row {error.row}, {error.column}: {error.message}")
        if len(report.errors) > SHOWN_ERRORS:
            self.stderr.write(f"... and {len(report.errors) - SHOWN_ERRORS} more errors")
        if report_path:
            report.write_report(report_path)
            self.stderr.write(f"error report written to {report_path}")
        if report.file_errors:
            raise CommandError(f"{path}: nothing was imported; {'; '.join(report.file_errors)}", returncode=2)
        raise CommandError(f"{report.rows_with_errors} of {report.total} rows have errors; nothing was imported."
                           + ("" if report_path else " Use --report OUT.xlsx for the rows with 错误说明."),
                           returncode=1)
