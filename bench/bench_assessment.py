"""Assessment speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_assessment.py [--pg-cases 1000000] [--sqlite-cases 0] [--repeats 3] [--no-postgres]

Generates complaints in bulk into a fresh database (COPY on PostgreSQL: complaints_bench/worker.py's generator,
spread over three years) after the demo organisation (18 sub-institutions), then times in-process what the
assessment's background task does for a year's run: every measure the template scores plus the information
measures, for every assessed institution, read through `xiaobao.core.registry` and stored with the computed
scores (`services.measure_run`, which reads each measure for all institutions at once through the registry's
`compute_measure_many`). Also prints, per measure code, the time of 18 per-institution `compute` calls beside one
batched read (`compute_many` where the provider has it; its values are compared with the per-institution ones),
so a slow provider is named. Target: all measures of 18 institutions for a year < 5 s with 1,000,000 complaints on
PostgreSQL. A quick run: --pg-cases 50000.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_complaints import database, postgres_base

HERE = Path(__file__).resolve()


def run_worker(env: dict[str, str], cases: int, repeats: int) -> dict:
    """This file again in a subprocess (--worker) on the fresh database; its last line of output is the JSON."""
    args = [sys.executable, str(HERE), "--worker", str(cases), "--repeats", str(repeats)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def worker(cases: int, repeats: int) -> dict:
    from complaints_bench import worker as complaints_worker  # sets Django up in this process
    from django.db import connection
    from django.utils import timezone

    from xiaobao.assessment import selectors, services
    from xiaobao.assessment.codes import INFORMATION_MEASURES
    from xiaobao.complaints.models import Complaint
    from xiaobao.core import registry
    from xiaobao.org.models import Institution

    generated = complaints_worker.fill(cases)
    officer = complaints_worker.officer()
    branch = Institution.objects.filter(parent__isnull=True).order_by("path").first()
    year = timezone.localdate().year
    run, _new = services.run_create(by=officer, institution=branch, template_code="2025", period_kind="year",
                                    year=year, title="bench", compute=False)
    in_period = Complaint.objects.filter(received_at__date__gte=run.period_start,
                                         received_at__date__lte=run.period_end).count()
    template = selectors.template_of(run)
    codes = list(dict.fromkeys([*template.measure_codes, *INFORMATION_MEASURES]))
    institutions = [r.institution for r in run.results.select_related("institution")]
    period = registry.Period(run.period_start, run.period_end, run.period_label)
    services.measure_run(run)  # warm the caches once
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        services.measure_run(run)
        samples.append(time.perf_counter() - began)
    samples.sort()
    per_code = {}
    for code in codes:
        began = time.perf_counter()
        values = [registry.compute_measure(code, institution, period) for institution in institutions]
        one_by_one = time.perf_counter() - began
        began = time.perf_counter()
        batch = registry.compute_measure_many(code, institutions, period)
        batched = time.perf_counter() - began
        measure = registry.get_measure(code)
        per_code[code] = {"seconds": round(one_by_one, 3), "batch": round(batched, 3),
                          "has_batch": bool(measure and measure.compute_many),
                          "equal": [batch[i.pk] for i in institutions] == values,
                          "available": not isinstance(values[0], registry.NotAvailable)}
    return {"vendor": connection.vendor, "cases": Complaint.objects.count(), "in_period": in_period,
            "generated_seconds": round(generated, 1), "institutions": len(institutions), "codes": len(codes),
            "p50": round(samples[len(samples) // 2], 3), "max": round(samples[-1], 3), "n": len(samples),
            "per_code": per_code}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg-cases", type=int, default=1_000_000, help="complaints in the PostgreSQL database")
    parser.add_argument("--repeats", type=int, default=3, help="timed computations after one warm-up")
    parser.add_argument("--sqlite-cases", type=int, default=0, help="also on SQLite with this many (0: skip)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is None:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
    else:
        sys.stdout.write(json.dumps(worker(args.worker, args.repeats), ensure_ascii=False) + "\n")
        return
    pg = postgres_base() if not args.no_postgres else None
    runs = ([("sqlite", args.sqlite_cases)] if args.sqlite_cases else []) + (
        [("postgresql", args.pg_cases)] if pg else [])
    for kind, cases in runs:
        with database(kind, pg, "xiaobao_bench_assessment") as env:
            out = run_worker(env, cases, args.repeats)
        print(f"== assessment on {out['vendor']}: {out['cases']:,} complaints (generated in "
              f"{out['generated_seconds']} s), {out['in_period']:,} received in the year assessed")
        print(f"   all {out['codes']} measures × {out['institutions']} institutions, stored with scores: "
              f"p50 {out['p50']} s   max {out['max']} s   (n={out['n']}; target < 5 s)")
        codes = out["per_code"]
        one, many = sum(r["seconds"] for r in codes.values()), sum(r["batch"] for r in codes.values())
        print(f"   read measure by measure: one institution at a time {one:.3f} s, all 18 at once (compute_many "
              f"where a provider has it) {many:.3f} s: {one / many if many else 0:.1f}× faster")
        print(f"   {'code':<42} {'one by one':>10} {'batched':>9} {'ratio':>6}")
        for code, r in sorted(codes.items(), key=lambda item: -item[1]["seconds"]):
            state = "" if r["available"] else "  (not available: no module provides it)"
            state += "" if r["equal"] else "  VALUES DIFFER"
            kind = "" if r["has_batch"] else "  (no compute_many: per institution)"
            ratio = f"{r['seconds'] / r['batch']:.1f}×" if r["batch"] else "—"
            print(f"   {code:<42} {r['seconds']:>8} s {r['batch']:>7} s {ratio:>6}{kind}{state}")
    if not pg and not args.no_postgres:
        print("   PostgreSQL not reachable: the 1,000,000-complaint run was skipped")


if __name__ == "__main__":
    main()
