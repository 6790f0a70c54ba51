"""Reports speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_reports.py [--sqlite-cases 200000] [--pg-cases 1000000] [--repeats 7] [--no-postgres]
                                            [--no-sqlite] [--pg-database NAME]

Generates complaints in bulk (COPY on PostgreSQL, executemany batches on SQLite: complaints_bench/worker.py's
generator, three years of cases) into a fresh database each (`--pg-database NAME`: into that PostgreSQL database,
created when missing, topped up to --pg-cases and KEPT, so the 15-minute load of 1,000,000 cases is done once),
then VACUUM ANALYZE (what autovacuum does soon after a bulk load: without the visibility map every index-only
read visits the table, 9.6 s instead of 1.6 s for the quarterly report) and times in-process:
- the quarterly complaint statistics of the whole branch for the last closed quarter, as the officer
  (reports.figures.quarterly: one grouped query for the quarter's every figure — GROUPING SETS on PostgreSQL, so
  the quarter's range of complaint_statistics_idx is read once for both groupings — and one per comparison
  period for its received counts, folded in Python), its .xlsx and PDF, and the DLP check both files pass for a
  reader without the right to export personal data;
- the officer's home dashboard (reports.selectors.dashboard + its template): twelve weeks of trend, top causes
  and business lines and on-time rate in one query grouped by week, overdue now, open major complaints,
  institutions ranked by ratio;
- a head's dashboard (own institution against the branch) and the background spike detection.
Each line prints the wall time and the CPU time (this process + the PostgreSQL backend serving it, read from
/proc; parallel query workers not included): on a shared machine the wall time is mostly waiting for a core, the
CPU time is what the same work takes on an idle one.
Targets: quarterly report < 1 s at 1,000,000 complaints on PostgreSQL, officer dashboard < 300 ms.
How (reports/rollup.py): pre-aggregated counts, kept current on every write of a case (a +/- delta upsert in the
case's transaction, through model signals the reports app connects) and rebuildable from the cases
(`xiaobao reports_rollup`, the reports.rebuild_counts task): MonthCount (month × institution × business line ×
cause × second-level cause × channel) for the reports and the ranking, WeekCount (week × institution ×
direct/regulator × business line × cause) for the dashboards and the spike test. A daily table at the full grain
would hold ~0.84 row per case (840,705 rows for 1,000,000): no cheaper to read than the index. Overdue (it
depends on "now") is counted live from the open cases. "before" lines time the same work counted from the cases
(the covering statistics index, conditional COUNTs: the previous design); the bulk-generated cases bypass the
models, so the tables are rebuilt after generation (timed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_complaints import database, postgres_base

HERE = Path(__file__).resolve()


def run_worker(env: dict[str, str], cases: int, repeats: int) -> dict:
    out = subprocess.run([sys.executable, str(HERE), "--worker", str(cases), "--repeats", str(repeats)], env=env,
                         capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def backend_cpu() -> float:
    """CPU seconds used so far by the PostgreSQL backend of this process's connection (0 when not readable)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def timed(run, repeats: int) -> dict:
    run()  # warm the caches once
    samples, cpu = [], []
    for _ in range(repeats):
        started, used, db = time.perf_counter(), time.process_time(), backend_cpu()
        run()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used + backend_cpu() - db) * 1000)
    samples.sort()
    cpu.sort()
    return {"p50": round(samples[len(samples) // 2], 1), "max": round(samples[-1], 1), "n": len(samples),
            "cpu_p50": round(cpu[len(cpu) // 2], 1)}


def worker(cases: int, repeats: int) -> dict:
    from complaints_bench import worker as complaints_worker  # sets Django up in this process
    from django.db import connection
    from django.template.loader import render_to_string
    from django.test import RequestFactory
    from django.utils import timezone

    from xiaobao.complaints import statistics
    from xiaobao.complaints.models import Complaint
    from xiaobao.org.models import Institution, User
    from xiaobao.org.roles import Role
    from xiaobao.privacy import dlp
    from xiaobao.reports import figures, pdf, selectors, services, xlsx

    complaints_worker.setup()
    existing = Complaint.objects.count()
    started = time.perf_counter()
    generated_now = max(0, cases - existing)
    complaints_worker.generate(generated_now)
    generated = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM (ANALYZE) {Complaint._meta.db_table}")
    from xiaobao.reports import rollup
    from xiaobao.reports.models import MonthCount, WeekCount

    started = time.perf_counter()
    if generated_now or not MonthCount.objects.exists():  # COPY bypassed the models (a kept database: once)
        rollup.rebuild()
    rebuilt = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM (ANALYZE) {MonthCount._meta.db_table}, {WeekCount._meta.db_table}")
    officer = complaints_worker.officer()
    branch = Institution.objects.filter(parent__isnull=True).order_by("path").first()
    year, quarter = figures.previous_quarter(*figures.quarter_of(statistics.beijing_date(timezone.now())))
    head = User.objects.filter(groups__name__in=[Role.HEAD, Role.REVIEWER], institution__level=3).first()
    request = RequestFactory().get("/")
    request.user = officer

    def quarterly() -> dict:
        return figures.quarterly(user=officer, institution=branch, year=year, quarter=quarter)

    def officer_dashboard() -> None:
        render_to_string("reports/_dashboard.html", {"dash": selectors.dashboard(officer)}, request=request)

    def before(run):
        def counted_from_cases():
            with rollup.bypassed():
                return run()
        return counted_from_cases

    def one_write() -> None:  # the hook's work for one transition that changes a case's figures (rolled back)
        from django.db import transaction

        row = Complaint.objects.filter(status="in_progress").values(*rollup.FIELDS).first()
        with transaction.atomic():
            rollup.apply([(row, {**row, "status": "withdrawn"})])
            transaction.set_rollback(True)

    data = quarterly()
    book, printed = xlsx.workbook(data), pdf.document(data)
    results = {
        "before: quarterly report, from the cases": timed(before(quarterly), repeats),
        "quarterly report (branch, officer)": timed(quarterly, repeats),
        "quarterly .xlsx (build + workbook)": timed(lambda: xlsx.workbook(quarterly()), max(3, repeats // 2)),
        "quarterly PDF (build + document)": timed(lambda: pdf.document(quarterly()), max(3, repeats // 2)),
        "DLP check of the .xlsx and the PDF": timed(lambda: (dlp.findings(book, "xlsx"), dlp.findings(printed, "pdf")),
                                                   max(3, repeats // 2)),
        "before: officer dashboard, from the cases": timed(before(officer_dashboard), repeats),
        "officer dashboard (data + template)": timed(officer_dashboard, repeats),
    }
    if head is not None:
        results["before: head dashboard, from the cases"] = timed(before(lambda: selectors.dashboard(head)), repeats)
        results["head dashboard (own institution vs branch)"] = timed(lambda: selectors.dashboard(head), repeats)
    results["before: spike detection, from the cases"] = timed(before(services.detect_spikes), 2)
    results["spike detection (background task)"] = timed(services.detect_spikes, 2)
    results["counts kept on write: one transition's upsert"] = timed(one_write, repeats)
    return {"vendor": connection.vendor, "cases": Complaint.objects.count(), "generated_seconds": round(generated, 1),
            "rebuild_seconds": round(rebuilt, 1),
            "rows": f"{MonthCount.objects.count():,} monthly + {WeekCount.objects.count():,} weekly",
            "quarter": f"{year}Q{quarter}", "quarter_received": data["total"]["all"]["received"],
            "results": results}


def kept_database(base: str, name: str) -> dict[str, str]:
    """Env for a worker on a PostgreSQL database that stays after the run (created when missing)."""
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
    data = Path(tempfile.gettempdir()) / f"xiaobao-bench-{name}"
    data.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    return {**env, "XIAOBAO_DATA_DIR": str(data), "LOG_LEVEL": "ERROR", "DEBUG": "0",
            "DATABASE_URL": urlunparse(urlparse(base)._replace(path=f"/{name}"))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sqlite-cases", type=int, default=200_000)
    parser.add_argument("--pg-cases", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--pg-database", help="use and keep this PostgreSQL database (created when missing)")
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.repeats), ensure_ascii=False))
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
    pg = None if args.no_postgres else postgres_base()
    runs = ([] if args.no_sqlite else [("sqlite", args.sqlite_cases)]) + ([("postgresql", args.pg_cases)] if pg else [])
    for kind, cases in runs:
        if kind == "postgresql" and args.pg_database:
            env = kept_database(pg, args.pg_database)
            out = run_worker(env, cases, args.repeats)
        else:
            with database(kind, pg, "xiaobao_bench_reports") as env:
                out = run_worker(env, cases, args.repeats)
        print(f"== reports on {out['vendor']}: {out['cases']:,} complaints (generated in {out['generated_seconds']} s); "
              f"quarter {out['quarter']}: {out['quarter_received']:,} received")
        print(f"   pre-aggregated counts: {out['rows']} rows, rebuilt from the cases in {out['rebuild_seconds']} s "
              "(0: a kept database whose counts were current)")
        for name, r in out["results"].items():
            print(f"   {name:<45} p50 {r['p50']:>8} ms   max {r['max']:>8} ms   cpu p50 {r['cpu_p50']:>8} ms"
                  f"   (n={r['n']})")
        print(f"   load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if not pg and not args.no_postgres:
        print("   PostgreSQL not reachable: the 1,000,000-complaint run was skipped")


if __name__ == "__main__":
    main()
