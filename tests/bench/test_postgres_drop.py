"""`make bench` runs to the end on PostgreSQL with .ci/postgres.sh's `xiaobao` role (issue 16, item 15).

The bench used `DROP DATABASE … WITH (FORCE)`, which fails as soon as a session the role may not terminate is on
the database (autovacuum after the bench's bulk loads; here a superuser's psql stands in for it)."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg")

BENCH = Path(__file__).resolve().parents[2] / "bench"
BASE = "postgres://xiaobao:xiaobao@127.0.0.1:5432/xiaobao"
NAME = "xiaobao_test_bench_drop"


@pytest.fixture
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        yield importlib.import_module("bench_complaints")
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture
def postgres():
    try:
        psycopg.connect(BASE, connect_timeout=3).close()
    except psycopg.Error:
        pytest.skip("PostgreSQL with the xiaobao role (.ci/postgres.sh) is not reachable")


def test_the_bench_drops_its_database_while_its_own_and_another_roles_sessions_are_on_it(bench, postgres):
    if os.geteuid() != 0 or not shutil.which("su") or not shutil.which("psql"):
        pytest.skip("needs root to open a session as the postgres superuser")
    with bench.postgres_database(BASE, NAME) as url:
        own = psycopg.connect(url)  # a session the bench forgot to close (a server's persistent connection)
        own.execute("SELECT 1")
        foreign = subprocess.Popen(["su", "postgres", "-c", f"psql -q -d {NAME} -c 'SELECT pg_sleep(3)'"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            with psycopg.connect(BASE, autocommit=True) as conn:
                if conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND usename = 'postgres'",
                                [NAME]).fetchone()[0]:
                    break
            time.sleep(0.1)
        else:
            pytest.fail("the superuser session did not start")
    own.close()
    foreign.wait(30)
    with psycopg.connect(BASE, autocommit=True) as conn:
        assert not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [NAME]).fetchone()
