"""Complaint module speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_complaints.py [--quick] [--cases N] [--clients 8] [--no-postgres] [--no-helpdesk]

1. API intake: `POST /api/v1/complaints` (bearer token) against `xiaobao serve` (waitress) on a free port with a
   temporary data dir, from concurrent client threads, on SQLite and — when reachable — PostgreSQL
   (`DATABASE_URL` if it is PostgreSQL, else postgres://xiaobao:xiaobao@127.0.0.1:5432/xiaobao from .ci/postgres.sh;
   a dedicated `xiaobao_bench_*` database is created and dropped).
2. Overdue list, filtered lists, policy-number search and work queues at --cases generated cases (p50/p95).
3. The same intake against django-helpdesk's ticket creation, in-process and over HTTP (own venv in bench/.work/).
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

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(urlparse(base)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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


def http_intake(env: dict[str, str], args: argparse.Namespace) -> load.LoadResult:
    subprocess.run([XIAOBAO, "demo", "--json"], env=env, check=True, capture_output=True, timeout=600)
    token = subprocess.run([XIAOBAO, "token", "create", "xj.officer1", "--name", "bench"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip()
    ports = [free_port() for _ in range(args.servers)]
    servers = [subprocess.Popen([XIAOBAO, "serve", "--no-collectstatic", "--port", str(port), "--threads",
                                 str(args.threads)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
               for port in ports]
    headers = {"Authorization": f"Bearer {token}"}
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_for(port, server)
        warm = load.run(port=ports, path="/api/v1/complaints", headers=headers,
                        body=lambda i: payloads.complaint(900_000 + i, SUBS), clients=2, max_requests=20,
                        max_seconds=20)
        if warm.failed:
            print(f"   warm-up failures: {warm.line()}")
        return load.run(port=ports, path="/api/v1/complaints", headers=headers,
                        body=lambda i: payloads.complaint(i, SUBS), clients=args.clients, max_requests=args.intakes,
                        max_seconds=args.seconds)
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
        ports = [free_port() for _ in range(args.servers)]
        servers = [helpdesk.serve(port, args.threads, data) for port in ports]
        try:
            for port, server in zip(ports, servers, strict=True):
                wait_for(port, server)
            result = load.run(port=ports, path="/api/tickets/", headers={"Authorization": f"Token {token}"},
                              body=lambda i: {"title": f"投诉 {i}", "description": "车险理赔金额与定损不一致。",
                                              "submitter_email": f"c{i}@example.com", "priority": 3, "queue": 1},
                              clients=args.clients, max_requests=args.intakes, max_seconds=args.seconds)
        finally:
            for server in servers:
                stop(server)
        print(f"   HTTP, helpdesk POST /api/tickets/ ({args.servers} waitress processes): {result.line()}")
        if ours_http:
            print(f"   HTTP, xiaobao POST /api/v1/complaints: {ours_http.line()}")
            if result.per_second:
                print(f"   ratio xiaobao/helpdesk (HTTP throughput): {ours_http.per_second / result.per_second:.2f}")
    except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
        print(f"   helpdesk run failed, skipped: {exc}")
    finally:
        shutil.rmtree(data, ignore_errors=True)


# ------------------------------------------------------------------------------------------ main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 cases and shorter runs (CI-like)")
    parser.add_argument("--cases", type=int, default=None, help="cases for the query part (default 1,000,000)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8, help="waitress threads per server process")
    parser.add_argument("--servers", type=int, default=None,
                        help="`xiaobao serve` processes, clients spread over them (default: one per core)")
    parser.add_argument("--intakes", type=int, default=None, help="max HTTP intakes per run (default 3000)")
    parser.add_argument("--seconds", type=float, default=None, help="max seconds per HTTP run (default 20)")
    parser.add_argument("--inproc", type=int, default=None, help="in-process intakes (default 500)")
    parser.add_argument("--repeats", type=int, default=30, help="repetitions per query")
    parser.add_argument("--sqlite-cases", type=int, default=None,
                        help="cases for the SQLite query run when PostgreSQL is measured too (default 200,000)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-helpdesk", action="store_true")
    args = parser.parse_args()
    quick = args.quick
    args.servers = args.servers or os.cpu_count() or 1
    args.cases = args.cases or (20_000 if quick else 1_000_000)
    args.intakes = args.intakes or (500 if quick else 3000)
    args.seconds = args.seconds or (8 if quick else 20)
    args.inproc = args.inproc or (150 if quick else 500)
    if quick:
        args.repeats = min(args.repeats, 15)

    pg = None if args.no_postgres else postgres_base()
    kinds = ["sqlite"] + (["postgresql"] if pg else [])
    print(f"cores: {os.cpu_count()}; databases: {', '.join(kinds)}"
          + ("" if pg else " (no PostgreSQL reachable: DATABASE_URL or " + DEFAULT_PG + ")"))

    print(f"\n== 1. API intake POST /api/v1/complaints: {args.servers} × `xiaobao serve` (waitress, {args.threads} threads "
          f"each; one process uses one core: the GIL), {args.clients} client threads, "
          f"≤ {args.intakes} requests or ≤ {args.seconds:.0f} s (clients share the 2 cores with the server)")
    http_results: dict[str, load.LoadResult] = {}
    inproc: dict[str, dict] = {}
    for kind in kinds:
        try:
            with database(kind, pg, "xiaobao_bench_http") as env:
                http_results[kind] = result = http_intake(env, args)
            print(f"   {kind:10s} {result.line()}")
            with database(kind, pg, "xiaobao_bench_inproc") as env:
                inproc[kind] = r = worker(env, "intake", str(args.inproc))
            print(f"   {kind:10s} in-process services.register ×{r['n']}: {r['per_second']:.0f}/s, "
                  f"p50 {r['p50']} ms, p95 {r['p95']} ms")
        except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
            print(f"   {kind}: failed: {exc}")
    if "postgresql" in http_results:
        rate = http_results["postgresql"].per_second
        print(f"   target ≥ 500 intakes/s on PostgreSQL: {'met' if rate >= 500 else 'MISSED'} ({rate:.0f}/s)")

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

    if not args.no_helpdesk:
        helpdesk_side(args, http_results.get("sqlite"), inproc.get("sqlite"))


if __name__ == "__main__":
    main()
