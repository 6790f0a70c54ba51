"""Sales traceability speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_traceability.py [--rows 10000]
    DATABASE_URL=postgres://… .venv/bin/python bench/bench_traceability.py   # the same on PostgreSQL

1. Bulk intake: a manifest of --rows rows (two recordings per sale, so half as many sales registered on the way)
   with one small WAV file each (0.05 s, 844 bytes), imported as `xiaobao traceability import` does
   (`importing.import_directory`: each row its own transactions, type sniffed, SHA-256, audit event): items/s.
   The same manifest imported again: rows/s of the idempotent skip (what a resumed import costs).
2. Integrity check: every stored file re-hashed (`services.verify`): files/s and MB/s, on the small files of (1)
   and on 20 recordings of 8 MB.
Without DATABASE_URL the embedded SQLite database of a fresh temporary data directory is used.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
os.environ["XIAOBAO_DATA_DIR"] = tempfile.mkdtemp(prefix="xiaobao-bench-trace-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from xiaobao.org.models import Institution, User
    from xiaobao.org.roles import Role
    from xiaobao.traceability import importing, samples, services
    from xiaobao.traceability.models import EvidenceItem

    engine = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
    run = uuid.uuid4().hex[:6]
    institution = Institution.objects.filter(code="650000").first() or Institution.objects.create(
        code="650000", name="新疆分公司", level=2)
    user = User.objects.create(username=f"bench-{run}", institution=institution)
    user.groups.set([Group.objects.get_or_create(name=Role.OFFICER)[0]])

    work = Path(tempfile.mkdtemp(prefix="xiaobao-bench-files-"))
    files = work / "files"
    files.mkdir()
    wav = samples.tone_wav(0.05)
    manifest = work / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["system", "recording_id", "policy_number", "file", "institution", "product_name",
                         "product_line", "channel", "sold_at", "agent_name", "agent_number", "policyholder_name",
                         "policyholder_phone", "contract_start", "contract_end"])
        for i in range(args.rows):
            name = f"r{i:05d}.wav"
            (files / name).write_bytes(wav[:-2] + i.to_bytes(2, "little", signed=False)[:2] if i < 65536 else wav)
            writer.writerow([f"bench-{run}", f"R{i}", f"PB{run}{i // 2:06d}", name, "650000", "安心意外伤害保险",
                             "accident", "telephone", "2025-03-01 10:00", "王小明", f"TS{i % 50}", "张建国",
                             f"139{i:08d}", "2025-03-02", "2026-03-01"])

    started = time.perf_counter()
    report = importing.import_directory(manifest, files, by=user)
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = importing.import_directory(manifest, files, by=user)
    second = time.perf_counter() - started
    print(f"import ({engine}): {report.rows:,} manifest rows, {report.created:,} items stored and "
          f"{report.sales_created:,} sales registered in {first:.1f} s = {report.created / first:,.0f} items/s "
          f"({len(report.errors)} errors); the same manifest again: {again.skipped:,} rows skipped in {second:.1f} s "
          f"= {again.rows / second:,.0f} rows/s")

    items = EvidenceItem.objects.filter(source_system=f"bench-{run}")
    started = time.perf_counter()
    checked = services.verify(items=items.iterator(), actor_username="bench")
    elapsed = time.perf_counter() - started
    print(f"verify, small files ({engine}): {checked.checked:,} files, {checked.bytes / 1e6:.1f} MB in {elapsed:.1f} s "
          f"= {checked.checked / elapsed:,.0f} files/s, {checked.bytes / 1e6 / elapsed:.1f} MB/s "
          f"({checked.problems} problems)")

    sale = items.first().sale
    big = os.urandom(8 * 1024 * 1024)
    header = samples.tone_wav(0.01)[:44]
    for n in range(20):
        import io

        services.add_item(sale=sale, kind="recording", name=f"long{n}.wav", stream=io.BytesIO(header + big),
                          by=user, source_system=f"bench-big-{run}", source_id=str(n))
    large = EvidenceItem.objects.filter(source_system=f"bench-big-{run}")
    started = time.perf_counter()
    checked = services.verify(items=large.iterator(), actor_username="bench")
    elapsed = time.perf_counter() - started
    print(f"verify, 8 MB recordings ({engine}): {checked.checked} files, {checked.bytes / 1e6:.0f} MB in "
          f"{elapsed:.2f} s = {checked.bytes / 1e6 / elapsed:,.0f} MB/s hashed")


if __name__ == "__main__":
    main()
