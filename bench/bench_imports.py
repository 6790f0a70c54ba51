"""The Excel import guard's effect (prints numbers, never asserts): bombs refused, real ledgers as fast as before.

    .venv/bin/python bench/bench_imports.py [--rows 3000] [--budget 5]

1. Spreadsheet bombs of issue 16 item 8 (a cell at XFD1048576, with and without its <dimension>; a deflate bomb
   inflating to 300 MB; a 3 MB string): time until the guard (`xiaobao.security.spreadsheets`) refuses each,
   and — in a child process killed after --budget seconds — what the unguarded read (openpyxl read-only, as
   before the guard) did with the same file. Target: every bomb refused in under a second.
2. A normal ledger of --rows rows: the guard's inspection alone, reading the rows unguarded (as before) and through
   the guard, then the whole import (all rows or none) on SQLite, guarded — and on PostgreSQL too when
   DATABASE_URL names one (in a dedicated `xiaobao_bench_imports` database, created and dropped as
   bench_complaints.py does).
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]
os.environ["XIAOBAO_DATA_DIR"] = tempfile.mkdtemp(prefix="xiaobao-bench-imports-")
POSTGRES = os.environ.pop("DATABASE_URL", "")  # in-process: the embedded SQLite database in the temporary data dir
if not POSTGRES.startswith(("postgres://", "postgresql://")):
    POSTGRES = ""
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")


def unguarded_read(raw: bytes) -> int:
    """What the ledger reader did before the guard: openpyxl read-only, every row as wide as the sheet declares,
    blank rows skipped after looking at each cell."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    rows = 0
    for values in workbook.worksheets[0].iter_rows(values_only=True):
        cells = list(values)
        if not all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            rows += 1
    workbook.close()
    return rows


def _child(raw: bytes) -> None:
    unguarded_read(raw)


def unguarded_with_budget(raw: bytes, budget: float) -> str:
    process = multiprocessing.get_context("fork").Process(target=_child, args=(raw,))
    started = time.perf_counter()
    process.start()
    process.join(budget)
    if process.is_alive():
        process.kill()
        process.join()
        return f"still reading after {budget:.0f} s (killed)"
    return f"done in {time.perf_counter() - started:.1f} s"


def guarded(raw: bytes) -> tuple[float, str]:
    from xiaobao.complaints import ledger
    from xiaobao.security.spreadsheets import SpreadsheetRefused

    started = time.perf_counter()
    try:
        ledger.read(io.BytesIO(raw))
    except SpreadsheetRefused as exc:
        return time.perf_counter() - started, f"refused ({exc.limit}): {exc.message}"
    return time.perf_counter() - started, "NOT refused"


def best_of(n: int, fn, *args) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--budget", type=float, default=5.0, help="seconds the unguarded read may run per bomb")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import translation
    from tests.security import bombs

    from xiaobao.complaints import ledger
    from xiaobao.security import spreadsheets

    translation.activate("zh-hans")
    print("== 1. spreadsheet bombs (limits: "
          f"{spreadsheets.LIMITS.max_unpacked_bytes // 2**20} MB unpacked, ratio {spreadsheets.LIMITS.max_ratio}:1, "
          f"{spreadsheets.LIMITS.max_rows:,} rows, {spreadsheets.LIMITS.max_columns} columns, "
          f"{spreadsheets.LIMITS.max_cell_chars:,} characters per cell)")
    cases = [
        ("one cell at XFD1048576", bombs.far_cell()),
        ("one cell at XFD1048576, no <dimension>", bombs.far_cell(keep_dimension=False)),
        ("deflate bomb: one 300 MB string", bombs.long_text(300 * 2**20)),
        ("one 3 MB string", bombs.long_text(3 * 2**20)),
    ]
    worst = 0.0
    for name, raw in cases:
        seconds, outcome = guarded(raw)
        worst = max(worst, seconds)
        print(f"   {name} ({len(raw) / 1024:,.1f} KB): guard {seconds * 1000:,.0f} ms, {outcome}")
        print(f"      unguarded openpyxl read: {unguarded_with_budget(raw, args.budget)}")
    print(f"   target: every bomb refused in under a second: {'met' if worst < 1 else 'MISSED'} "
          f"(slowest {worst * 1000:,.0f} ms)")

    print(f"\n== 2. a normal ledger of {args.rows:,} rows (median of 5)")
    call_command("migrate", interactive=False, verbosity=0)
    from complaints_bench import worker

    raw = worker.ledger_bytes(args.rows, ["650100", "650200", "650400"])
    inspect = best_of(5, spreadsheets.inspect_xlsx, io.BytesIO(raw))
    with mock.patch.object(spreadsheets, "inspect_xlsx", lambda source, limits=None: None), \
            mock.patch.object(spreadsheets, "iter_rows", lambda sheet, limits=None: sheet.iter_rows(values_only=True)):
        before = best_of(5, ledger.read, io.BytesIO(raw))
    after = best_of(5, ledger.read, io.BytesIO(raw))
    print(f"   file {len(raw) / 1024:,.0f} KB; guard inspection alone {inspect * 1000:.0f} ms")
    print(f"   ledger.read without the guard (before) {before * 1000:.0f} ms; through the guard {after * 1000:.0f} ms "
          f"({(after / before - 1) * 100:+.0f}%)")
    result = worker.ledger_import(args.rows)
    print(f"   whole import on SQLite, guarded: {result['seconds']:.1f} s = {result['per_second']:,.0f} rows/s "
          f"(the guard is {inspect / result['seconds'] * 100:.1f}% of it)")
    if not POSTGRES:
        print("   PostgreSQL: not measured (DATABASE_URL=postgres://… times the import there too)")
        return
    import bench_complaints

    with bench_complaints.database("postgresql", POSTGRES, "xiaobao_bench_imports") as env:
        result = bench_complaints.worker(env, "import", str(args.rows))
    print(f"   whole import on PostgreSQL, guarded: {result['seconds']:.1f} s = {result['per_second']:,.0f} rows/s "
          f"(the guard is {inspect / result['seconds'] * 100:.1f}% of it)")


if __name__ == "__main__":
    main()
