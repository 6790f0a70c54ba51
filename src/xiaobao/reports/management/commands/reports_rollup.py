"""`xiaobao reports_rollup`: recount the monthly and weekly complaint counts from the cases (`--check`: only
compare; `--queue`: leave it to the workers)."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from xiaobao.complaints import statistics
from xiaobao.reports import rollup, tasks


class Command(BaseCommand):
    help = "Recount the pre-aggregated complaint counts (按月/按周汇总) from the cases; --check compares only."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--start", type=date.fromisoformat, help="first receipt date (Beijing), YYYY-MM-DD")
        parser.add_argument("--end", type=date.fromisoformat, help="last receipt date (Beijing), YYYY-MM-DD")
        parser.add_argument("--check", action="store_true", help="report where the tables differ; change nothing")
        parser.add_argument("--queue", action="store_true", help="queue the rebuild for the workers")

    def handle(self, *args: Any, **options: Any) -> None:
        start, end = options["start"], options["end"]
        if options["check"]:
            today = statistics.beijing_date(timezone.now())
            found = rollup.differences(start=start or today.replace(month=1, day=1), end=end or today)
            for table, key, stored, counted in found[:50]:
                self.stdout.write(f"{table} {key}: stored {stored}, counted {counted}")
            if found:
                raise CommandError(f"{len(found)} bucket row(s) differ: run without --check to recount")
            self.stdout.write("the counts agree with the cases")
            return
        if options["queue"]:
            result = tasks.rebuild_counts.enqueue(start.isoformat() if start else None,
                                                  end.isoformat() if end else None)
            self.stdout.write(f"queued {result.id}")
            return

        def progress(table: str, done: int, total: int) -> None:
            if self.stdout.isatty() or sys.stdout.isatty():
                self.stdout.write(f"\r{table}: {done}/{total}", ending="")

        written = rollup.rebuild(start=start, end=end, progress=progress)
        self.stdout.write(f"\n{written} row(s) written")
