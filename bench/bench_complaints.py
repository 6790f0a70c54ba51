"""Complaint module speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_complaints.py [--quick] [--cases N] [--clients 8] [--no-postgres] [--no-helpdesk]

1. API intake, one per request (`POST /api/v1/complaints`) and in batches of 50 (`POST /api/v1/complaints/batch`),
   bearer token and idempotency keys, against `xiaobao serve` (waitress) processes with a temporary data dir, loaded
   by wrk (else Python client threads, see complaints_bench/load.py), on SQLite and — when reachable — PostgreSQL
   (`DATABASE_URL` if it is PostgreSQL, else postgres://xiaobao:xiaobao@127.0.0.1:5432/xiaobao from .ci/postgres.sh;
   a dedicated `xiaobao_bench_*` database is created and dropped).
   Then services.register in-process, and the import of an Excel ledger (all rows or none).
2. Overdue list, filtered lists, policy-number search and work queues at --cases generated cases (p50/p95).
3. The same intake against django-helpdesk's ticket creation, in-process and over HTTP (own venv in bench/.work/).
4. The case page of a case with 20 notes full of personal data, rendered for its handler (p50/p95, queries), and
   what masking those texts at every render would cost instead of once at write time.
Targets: ≥ 500 intakes/s on 2 cores with PostgreSQL; list and overdue p95 < 100 ms at 1M cases; faster than helpdesk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse, urlunparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from complaints_bench import helpdesk, load, payloads

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
XIAOBAO = str(BIN / "xiaobao")
WORKER = str(REPO / "bench" / "complaints_bench" / "worker.py")
DEFAULT_PG = "postgres://xiaobao:xiaobao@127.0.0.1:5432/xiaobao"
SUBS = ["650100", "650200", "650400", "650500", "652300", "652700", "652800", "652900", "653000", "653100"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode(errors='replace')[-800:] if proc.stderr else ''}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError("server did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


# ------------------------------------------------------------------------------------------ databases


def postgres_base() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    candidates = [url] if url.startswith(("postgres://", "postgresql://")) else [DEFAULT_PG]
    try:
        import psycopg
    except ImportError:
        return None
    for candidate in candidates:
        try:
            with psycopg.connect(candidate, connect_timeout=3):
                return candidate
        except psycopg.Error:
            continue
    return None


@contextmanager
def postgres_database(base: str, name: str):
    import psycopg

    drop_database(base, name)
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(urlparse(base)._replace(path=f"/{name}"))
    finally:
        drop_database(base, name)


def drop_database(base: str, name: str, timeout: float = 60) -> None:
    """Drop a bench database as the documented `xiaobao` role (no superuser, not in pg_signal_backend).

    `DROP DATABASE … WITH (FORCE)` must terminate every other session on the database and stops with "must be a
    member of the role whose process is being terminated" as soon as one is not the bench's own (autovacuum
    after a bulk load, a superuser's psql). So: end the bench's own sessions (servers, workers: the role may),
    then a plain DROP, which also stops autovacuum workers, retried while another role's session goes away."""
    import psycopg

    deadline = time.monotonic() + timeout
    with psycopg.connect(base, autocommit=True) as conn:
        while True:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                         "AND usename = current_user AND pid <> pg_backend_pid()", [name])
            try:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                return
            except psycopg.errors.ObjectInUse:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


@contextmanager
def database(kind: str, pg: str | None, name: str):
    """(env for the xiaobao processes) with a fresh data dir and a fresh database of that kind."""
    data = Path(tempfile.mkdtemp(prefix="xiaobao-bench-"))
    base_env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env = {**base_env, "XIAOBAO_DATA_DIR": str(data), "LOG_LEVEL": "ERROR", "DEBUG": "0"}
    try:
        if kind == "sqlite":
            yield env
        else:
            assert pg is not None
            with postgres_database(pg, name) as url:
                yield {**env, "DATABASE_URL": url}
    finally:
        shutil.rmtree(data, ignore_errors=True)


# ------------------------------------------------------------------------------------------ 1. HTTP intake


BATCH = 50  # complaints per batch request


def intake_bodies(batch: bool, count: int = 2000) -> list[str]:
    """JSON bodies; "@K@" in a batch item becomes the request's key prefix (see complaints_bench/load.py)."""
    if not batch:
        return [json.dumps(payloads.complaint(i, SUBS), ensure_ascii=False) for i in range(count)]
    return [json.dumps({"items": [{**payloads.complaint(b * BATCH + i, SUBS), "idempotency_key": f"@K@-{i}"}
                                  for i in range(BATCH)]}, ensure_ascii=False) for b in range(count // BATCH)]


def servers_for(kind: str, args: argparse.Namespace) -> int:
    """SQLite is the embedded mode: one `xiaobao serve` process (its writers queue in the process; writers of
    several processes would wait in SQLite's busy handler). PostgreSQL: one process per core unless --servers."""
    return 1 if kind == "sqlite" else args.servers


def http_intake(env: dict[str, str], args: argparse.Namespace, kind: str) -> dict[str, load.LoadResult]:
    """Single intakes, then batches of BATCH, against the same servers and database."""
    subprocess.run([XIAOBAO, "demo", "--json"], env=env, check=True, capture_output=True, timeout=600)
    token = subprocess.run([XIAOBAO, "token", "create", "xj.officer1", "--name", "bench"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip()
    ports = [free_port() for _ in range(servers_for(kind, args))]
    servers = [subprocess.Popen([XIAOBAO, "serve", "--no-collectstatic", "--port", str(port), "--threads",
                                 str(args.threads)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
               for port in ports]
    auth = f"Bearer {token}"
    results = {}
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_for(port, server)
        warm = load.run(ports=ports, path="/api/v1/complaints", auth=auth, bodies=intake_bodies(False, 50),
                        clients=2, seconds=3, max_requests=40, use_wrk=False)
        if warm.failed:
            print(f"   warm-up failures: {warm.line()}")
        results["single"] = load.run(ports=ports, path="/api/v1/complaints", auth=auth, bodies=intake_bodies(False),
                                     clients=args.clients, seconds=args.seconds, max_requests=args.intakes)
        results["batch"] = load.run(ports=ports, path="/api/v1/complaints/batch", auth=auth,
                                    bodies=intake_bodies(True), clients=len(ports) * 2, seconds=args.seconds,
                                    key_header=False, items_per_request=BATCH,
                                    max_requests=args.intakes and max(1, args.intakes // BATCH))
        return results
    finally:
        for server in servers:
            stop(server)


def worker(env: dict[str, str], *argv: str, timeout: float = 1800) -> dict:
    out = subprocess.run([sys.executable, WORKER, *argv], env=env, capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------ 3. helpdesk


def helpdesk_side(args: argparse.Namespace, ours_http: load.LoadResult | None, ours_inproc: dict | None) -> None:
    print("\n== 3. django-helpdesk ticket creation vs xiaobao intake (SQLite, same machine)")
    why = helpdesk.install(REPO / "bench" / ".work" / "helpdesk-install.log")
    if why:
        print(f"   django-helpdesk could not be installed, skipped: {why}")
        return
    print(f"   django-helpdesk {helpdesk.version()} (django-helpdesk, Django)")
    data = Path(tempfile.mkdtemp(prefix="helpdesk-bench-"))
    try:
        hd = helpdesk.run(["intake", str(args.inproc)], data)
        print(f"   in-process, helpdesk TicketForm.save: {hd['per_second']:.0f}/s, p50 {hd['p50']} ms, p95 {hd['p95']} ms")
        if ours_inproc:
            print(f"   in-process, xiaobao services.register: {ours_inproc['per_second']:.0f}/s, "
                  f"p50 {ours_inproc['p50']} ms, p95 {ours_inproc['p95']} ms")
            print(f"   ratio xiaobao/helpdesk (in-process throughput): {ours_inproc['per_second'] / hd['per_second']:.2f}")
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir()
        token = helpdesk.run(["setup"], data)["token"]
        ports = [free_port() for _ in range(servers_for("sqlite", args))]
        servers = [helpdesk.serve(port, args.threads, data) for port in ports]
        try:
            for port, server in zip(ports, servers, strict=True):
                wait_for(port, server)
            bodies = [json.dumps({"title": f"投诉 {i}", "description": "车险理赔金额与定损不一致。",
                                  "submitter_email": f"c{i}@example.com", "priority": 3, "queue": 1},
                                 ensure_ascii=False) for i in range(2000)]
            result = load.run(ports=ports, path="/api/tickets/", auth=f"Token {token}", bodies=bodies,
                              clients=args.clients, seconds=args.seconds, max_requests=args.intakes)
        finally:
            for server in servers:
                stop(server)
        print(f"   HTTP, helpdesk POST /api/tickets/ ({len(ports)} waitress process(es), as xiaobao's): {result.line()}")
        if ours_http:
            print(f"   HTTP, xiaobao POST /api/v1/complaints: {ours_http.line()}")
            if result.created_per_second:
                print(f"   ratio xiaobao/helpdesk (HTTP, one intake per request): "
                      f"{ours_http.created_per_second / result.created_per_second:.2f}")
    except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
        print(f"   helpdesk run failed, skipped: {exc}")
    finally:
        shutil.rmtree(data, ignore_errors=True)


# ------------------------------------------------------------------------------------------ main


def intake_part(args: argparse.Namespace, kinds: list[str], pg: str | None
                ) -> tuple[dict[str, dict[str, load.LoadResult]], dict[str, dict]]:
    generator = ("wrk" if load.wrk_available() else
                 "Python client threads (install wrk for numbers the generator does not hold down: make bench does)")
    print(f"\n== 1. API intake: `xiaobao serve` (waitress, {args.threads} threads each; one process uses one core: the "
          f"GIL) × 1 on SQLite (the embedded mode), × {args.servers} on PostgreSQL, {args.seconds:.0f} s per run, "
          f"load from {generator} on the same 2 cores. "
          f"Every request carries an Idempotency-Key (a batch: one per item). "
          f"POST /api/v1/complaints with {args.clients} connections; POST /api/v1/complaints/batch with 2 per "
          f"server process")
    http_results: dict[str, dict[str, load.LoadResult]] = {}
    inproc: dict[str, dict] = {}
    for kind in kinds:
        try:
            with database(kind, pg, "xiaobao_bench_http") as env:
                http_results[kind] = results = http_intake(env, args, kind)
            print(f"   {kind:10s} one per request  {results['single'].line()}")
            print(f"   {kind:10s} batch of {BATCH:<7d} {results['batch'].line()}")
            with database(kind, pg, "xiaobao_bench_inproc") as env:
                inproc[kind] = r = worker(env, "intake", str(args.inproc))
            print(f"   {kind:10s} in-process services.register ×{r['n']}: {r['per_second']:.0f}/s, "
                  f"p50 {r['p50']} ms, p95 {r['p95']} ms")
            with database(kind, pg, "xiaobao_bench_import") as env:
                imp = worker(env, "import", str(args.ledger_rows))
            print(f"   {kind:10s} Excel ledger import of {imp['rows']:,} rows (all or nothing): {imp['seconds']:.1f} s "
                  f"= {imp['per_second']:.0f} rows/s")
        except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
            print(f"   {kind}: failed: {exc}")
    if "postgresql" in http_results:
        single, batch = (http_results["postgresql"][k].created_per_second for k in ("single", "batch"))
        print(f"   target ≥ 500 intakes/s on PostgreSQL: batch intake {'met' if batch >= 500 else 'MISSED'} "
              f"({batch:.0f}/s); one intake per request {'met' if single >= 500 else 'missed'} ({single:.0f}/s)")

    return http_results, inproc


def queries_part(args: argparse.Namespace, kinds: list[str], pg: str | None) -> None:
    print("\n== 2. queries at scale (selectors, in-process; p50/p95 ms over "
          f"{args.repeats} repetitions with varying parameters)")
    for kind in kinds:
        cases = args.cases
        if kind == "sqlite" and pg and not args.quick:
            cases = min(cases, args.sqlite_cases or 200_000)
        try:
            with database(kind, pg, "xiaobao_bench_queries") as env:
                out = worker(env, "queries", str(cases), str(args.repeats), timeout=3600)
        except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
            print(f"   {kind}: failed: {exc}")
            continue
        print(f"   {kind}: {out['cases']:,} cases (generated in {out['generated_seconds']:.1f} s); "
              f"{out['counts']['open']:,} open, {out['counts']['overdue']:,} overdue")
        for r in out["results"]:
            flag = "" if r["p95"] < 100 else "   <-- p95 over 100 ms"
            print(f"     {r['name']:42s} p50 {r['p50']:8.1f}  p95 {r['p95']:8.1f}  ({r['rows']} rows){flag}")
        for name, plan in out["plans"].items():
            print(f"\n   plan of “{name}” ({kind}):")
            for line in plan.splitlines()[:40]:
                print(f"     {line}")


def case_page_part(args: argparse.Namespace, kinds: list[str], pg: str | None) -> None:
    print("\n== 4. case page with 20 notes (GET /complaints/{id}/ as its handler; personal data in every note, "
          "shown masked: masked once when written)")
    for kind in kinds:
        try:
            with database(kind, pg, "xiaobao_bench_casepage") as env:
                out = worker(env, "casepage", "20", str(args.repeats))
        except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
            print(f"   {kind}: failed: {exc}")
            continue
        print(f"   {kind}: case page render with {out['notes']} notes p50 {out['p50']:.1f} ms  p95 {out['p95']:.1f} ms "
              f"({out['queries']} queries); masking those texts at every render instead would add "
              f"{out['mask_at_render_ms']:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 cases and shorter runs (CI-like)")
    parser.add_argument("--cases", type=int, default=None, help="cases for the query part (default 1,000,000)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8, help="waitress threads per server process")
    parser.add_argument("--servers", type=int, default=None,
                        help="`xiaobao serve` processes on PostgreSQL, clients spread over them (default: one per core; "
                             "SQLite: always one)")
    parser.add_argument("--intakes", type=int, default=None,
                        help="max requests per HTTP run of the Python load generator (default: only --seconds bounds)")
    parser.add_argument("--seconds", type=float, default=None, help="max seconds per HTTP run (default 20)")
    parser.add_argument("--inproc", type=int, default=None, help="in-process intakes (default 500)")
    parser.add_argument("--ledger-rows", type=int, default=None, help="rows of the imported ledger (default 3000)")
    parser.add_argument("--repeats", type=int, default=30, help="repetitions per query")
    parser.add_argument("--sqlite-cases", type=int, default=None,
                        help="cases for the SQLite query run when PostgreSQL is measured too (default 200,000)")
    parser.add_argument("--only", choices=["intake", "queries", "helpdesk", "casepage"], help="run one part")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-helpdesk", action="store_true")
    args = parser.parse_args()
    quick = args.quick
    args.servers = args.servers or os.cpu_count() or 1
    args.cases = args.cases or (20_000 if quick else 1_000_000)
    args.seconds = args.seconds or (8 if quick else 20)
    args.inproc = args.inproc or (150 if quick else 500)
    args.ledger_rows = args.ledger_rows or (500 if quick else 3000)
    if quick:
        args.repeats = min(args.repeats, 15)

    pg = None if args.no_postgres else postgres_base()
    kinds = ["sqlite"] + (["postgresql"] if pg else [])
    print(f"cores: {os.cpu_count()}; databases: {', '.join(kinds)}"
          + ("" if pg else " (no PostgreSQL reachable: DATABASE_URL or " + DEFAULT_PG + ")"))

    only = args.only
    http_results, inproc = intake_part(args, kinds, pg) if only in (None, "intake", "helpdesk") else ({}, {})
    if only in (None, "queries"):
        queries_part(args, kinds, pg)
    if only in (None, "casepage"):
        case_page_part(args, kinds, pg)
    if only in (None, "helpdesk") and not args.no_helpdesk:
        helpdesk_side(args, http_results.get("sqlite", {}).get("single"), inproc.get("sqlite"))


if __name__ == "__main__":
    main()
