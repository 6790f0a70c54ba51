"""In-process measurements, run by bench_complaints.py in a subprocess whose environment picks the database.

    python bench/complaints_bench/worker.py intake N      # services.register N times, sequentially
    python bench/complaints_bench/worker.py queries CASES REPEATS
    python bench/complaints_bench/worker.py import ROWS     # an Excel ledger of ROWS complaints, imported once
    python bench/complaints_bench/worker.py casepage NOTES REPEATS  # the case page with NOTES notes

Prints one JSON object on the last line of stdout.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from complaints_bench import payloads  # noqa: E402
from complaints_bench.stats import summary  # noqa: E402
from xiaobao.complaints import selectors, services  # noqa: E402
from xiaobao.complaints.models import Complaint  # noqa: E402
from xiaobao.core import demo  # noqa: E402
from xiaobao.core.pagination import capped_count  # noqa: E402
from xiaobao.org.models import Institution, User  # noqa: E402
from xiaobao.org.roles import Role  # noqa: E402
from xiaobao.privacy import crypto, masking  # noqa: E402

TARGET_MS = 100.0
BUDGET_SECONDS = 10.0  # per measurement
MIN_REPEATS = 5


def setup() -> None:
    call_command("migrate", interactive=False, verbosity=0)
    demo.seed()


def fill(cases: int) -> float:
    """Migrate, seed the demo and add generated complaints up to `cases`; the seconds the generation took."""
    from xiaobao.complaints.models import Complaint as _Complaint

    setup()
    return generate(max(0, cases - _Complaint.objects.count()))


def officer() -> User:
    return User.objects.filter(groups__name=Role.OFFICER, is_active=True).order_by("username").first()


def sub_codes() -> list[str]:
    return list(Institution.objects.filter(level=2).values_list("code", flat=True)) or ["650100"]


# ------------------------------------------------------------------------------------------ intake


def intake(n: int) -> dict[str, Any]:
    setup()
    by, codes = officer(), sub_codes()
    latencies = []
    started = time.perf_counter()
    for i in range(n):
        body = payloads.complaint(100_000 + i, codes)
        data = services.ComplaintIn(**{
            **{k: v for k, v in body.items() if k != "complainant"},
            "received_at": datetime.fromisoformat(body["received_at"]),
            "disputed_amount": None,
            "complainant": services.ComplainantIn(**body["complainant"]),
        })
        t = time.perf_counter()
        services.register(data, by=by)
        latencies.append(time.perf_counter() - t)
    seconds = time.perf_counter() - started
    return {"n": n, "seconds": seconds, "per_second": n / seconds, **summary(latencies)}


def ledger_bytes(rows: int, codes: list[str]) -> bytes:
    """An Excel ledger (投诉台账) of `rows` varied complaints, as a branch would upload it."""
    import io

    from openpyxl import Workbook

    from xiaobao.complaints import ledger

    headers = [c.header for c in ledger.COLUMNS]
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for i in range(rows):
        body = payloads.complaint(200_000 + i, codes)
        person = body["complainant"]
        values = {"row_no": i + 1, "channel": body["channel"], "institution": body["institution"],
                  "received_at": datetime.fromisoformat(body["received_at"]).astimezone(ledger.BEIJING)
                  .strftime("%Y-%m-%d %H:%M"), "complainant.name": person["name"],
                  "complainant.phone": person["phone"], "complainant.id_number": person["id_number"],
                  "product_line": body["product_line"], "category": body["category"], "cause": body["cause"],
                  "summary": body["summary"], "policy_number": body["policy_number"],
                  "disputed_amount": body["disputed_amount"], "regulator_reference": body.get("regulator_reference")}
        ws.append([values.get(c.key) for c in ledger.COLUMNS])
    source = io.BytesIO()
    wb.save(source)
    return source.getvalue()


def ledger_import(rows: int) -> dict[str, Any]:
    """Import an Excel ledger (投诉台账) of `rows` varied complaints through the import service."""
    import io

    from xiaobao.complaints.services.importing import import_ledger

    setup()
    by, codes = officer(), sub_codes()
    source = io.BytesIO(ledger_bytes(rows, codes))
    started = time.perf_counter()
    report = import_ledger(source, by=by)
    seconds = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(f"ledger import refused: {report.file_errors or report.errors[:3]}")
    return {"rows": rows, "created": report.created, "seconds": seconds, "per_second": rows / seconds}


# ------------------------------------------------------------------------------------------ generation


def _pool(rng: random.Random, size: int = 300) -> list[tuple[str, str, str, str, str, str, bool]]:
    """Pre-encrypted complainants: (name, phone, id, address ciphertexts, phone index, id index, elderly)."""
    out = []
    for i in range(size):
        phone = f"13{rng.randint(0, 10**9 - 1):09d}"
        born = rng.randint(1940, 2000)
        ident = payloads.id_number(rng, born)
        name = rng.choice(payloads.SURNAMES) + rng.choice(payloads.GIVEN)
        out.append((crypto.encrypt(name), crypto.encrypt(phone), crypto.encrypt(ident),
                    crypto.encrypt(f"新疆某市某区某路{i}号"), crypto.blind_index(phone, "phone"),
                    crypto.blind_index(ident, "id"), born <= 1965))
    return out


def generate(n: int, seed: int = 7) -> float:
    """Insert n complaints spread over three years: mostly closed, some open, ~0.5% overdue."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    institutions = list(Institution.objects.filter(level__gte=2).values_list("pk", "code"))
    handlers: dict[int, list[int]] = {}
    for user_id, inst_id in User.objects.filter(groups__name=Role.HANDLER).values_list("pk", "institution_id"):
        handlers.setdefault(inst_id, []).append(user_id)
    parents = dict(Institution.objects.values_list("pk", "parent_id"))
    creator = officer().pk
    pool = _pool(rng)
    # The summary is private text (issue 16 item 12): stored encrypted, with its masked copy beside it, as
    # Complaint.save() writes them; a plain summary here made every query reading it fail to decrypt.
    summaries = [(crypto.encrypt(text), masking.mask_free_text(text)) for text in payloads.SUMMARIES]
    fields = [f for f in Complaint._meta.concrete_fields if not f.primary_key]
    columns = [f.column for f in fields]
    template = []
    for f in fields:
        default = f.get_default() if f.has_default() else (None if f.null else "")
        template.append(default)
    pos = {f.attname: i for i, f in enumerate(fields)}
    is_pg = connection.vendor == "postgresql"
    adapt = (lambda d: d) if is_pg else connection.ops.adapt_datetimefield_value
    open_statuses = ["registered", "in_progress", "in_progress", "under_review", "approved"]
    final = ["closed"] * 97 + ["declined", "withdrawn", "merged"]
    lines = payloads.LINES

    def row(i: int) -> list[Any]:
        values = list(template)
        received = now - timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
        age_days = (now - received).days
        is_open = rng.random() < (0.7 if age_days <= 20 else 0.005)
        status = rng.choice(open_statuses) if is_open else rng.choice(final)
        inst_id, code = rng.choice(institutions)
        staff = handlers.get(inst_id) or handlers.get(parents.get(inst_id), []) or [creator]
        due = received + timedelta(days=15 + rng.randint(0, 6))
        person = rng.choice(pool)
        line, category = rng.choice(lines)
        values[pos["number"]] = f"BM{i:010d}"
        values[pos["status"]] = status
        values[pos["channel"]] = rng.choice(payloads.CHANNELS)
        values[pos["received_at"]] = adapt(received)
        (values[pos["complainant_name"]], values[pos["complainant_phone"]], values[pos["complainant_id_number"]],
         values[pos["complainant_address"]], values[pos["phone_index"]], values[pos["id_number_index"]],
         values[pos["is_elderly"]]) = person
        values[pos["policy_number"]] = f"PDAA{code}{i:012d}"
        values[pos["product_line"]] = line
        values[pos["category"]] = category
        values[pos["cause"]] = rng.choice(payloads.CAUSES)
        values[pos["summary"]], values[pos["summary_masked"]] = summaries[i % len(summaries)]
        values[pos["institution_id"]] = inst_id
        values[pos["handler_id"]] = None if status == "registered" else rng.choice(staff)
        values[pos["acceptance_due_at"]] = adapt(received + timedelta(days=5))
        values[pos["due_at"]] = adapt(due)
        values[pos["rule_version"]] = "bench"
        if not is_open:
            closed = min(now, received + timedelta(days=rng.randint(1, 20)))
            values[pos["closed_at"]] = adapt(closed)
            values[pos["decided_at"]] = adapt(closed)
        values[pos["created_by_id"]] = creator
        values[pos["created_at"]] = values[pos["updated_at"]] = adapt(received)
        return values

    table = Complaint._meta.db_table
    started = time.perf_counter()
    batch = 20_000
    with transaction.atomic(), connection.cursor() as cursor:
        if is_pg:
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for i in range(n):
                    copy.write_row(row(i))
        else:
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
            for start in range(0, n, batch):
                cursor.executemany(sql, [row(i) for i in range(start, min(n, start + batch))])
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {table}")
    return time.perf_counter() - started


# ------------------------------------------------------------------------------------------ queries


def _explain(sql: str, params: Any) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return "\n".join(" | ".join(str(c) for c in r) for r in cursor.fetchall())


def measure(name: str, run: Any, repeats: int, plans: dict[str, str]) -> dict[str, Any]:
    for k in range(2):
        run(k)
    latencies, rows = [], 0
    budget = time.perf_counter() + BUDGET_SECONDS
    for k in range(repeats):
        t = time.perf_counter()
        rows = run(k)
        latencies.append(time.perf_counter() - t)
        if k >= MIN_REPEATS and time.perf_counter() > budget:  # a slow query: enough to see it is slow
            break
    result = {"name": name, "rows": rows, "n": len(latencies), **summary(latencies)}
    if result["p95"] > TARGET_MS:  # show why: the plan of each query of the slowest repetition
        with CaptureQueriesContext(connection) as captured:
            run(repeats)
        sqls = [q["sql"] for q in captured.captured_queries]
        plans[name] = "\n\n".join(f"{sql[:600]}\n{_explain_raw(sql)}" for sql in sqls if sql.startswith("SELECT"))
    return result


def _explain_raw(sql: str) -> str:
    try:
        return _explain(sql, None)
    except Exception as exc:  # the captured SQL has parameters inlined; fall back quietly
        return f"(no plan: {exc})"


def queries(cases: int, repeats: int) -> dict[str, Any]:
    setup()
    existing = Complaint.objects.count()
    seconds = generate(max(0, cases - existing))
    boss = officer()
    handler_users = list(User.objects.filter(groups__name=Role.HANDLER, is_active=True).select_related("institution"))
    subs = sub_codes()
    rng = random.Random(3)
    policies = list(Complaint.objects.filter(pk__in=[rng.randint(1, cases) for _ in range(repeats + 10)])
                .values_list("policy_number", flat=True))
    statuses = ["in_progress", "closed", "registered", "under_review"]
    F = selectors.ComplaintFilters  # noqa: N806
    plans: dict[str, str] = {}

    def page(qs: Any, size: int) -> int:
        """What a paginated list page and the API do: a count capped at 10,000 (core.pagination), one page."""
        capped_count(qs)
        return len(list(qs[:size]))

    results = [
        measure("overdue list, first page (50)", lambda k: len(list(selectors.overdue(user=boss)[:50])), repeats, plans),
        measure("overdue page as served (count + 50)", lambda k: page(selectors.overdue(user=boss), 50),
                repeats, plans),
        measure("list status+institution (count + 30)", lambda k: page(selectors.complaint_list(
            user=boss, filters=F(status=statuses[k % 4], institution=subs[k % len(subs)])), 30), repeats, plans),
        measure("list q=policy number (count + 30)", lambda k: page(selectors.complaint_list(
            user=boss, filters=F(q=policies[k % len(policies)])), 30), repeats, plans),
        measure("list q=policy number, handler scope", lambda k: page(selectors.complaint_list(
            user=handler_users[k % len(handler_users)], filters=F(q=policies[k % len(policies)])), 30),
            repeats, plans),
        measure("list unfiltered, officer (count + 30)", lambda k: page(selectors.complaint_list(user=boss, filters=F()), 30),
                repeats, plans),
        measure("work queue, handler (50)", lambda k: len(list(selectors.work_queue(
            user=handler_users[k % len(handler_users)])[:50])), repeats, plans),
        measure("work queue, officer (50)", lambda k: len(list(selectors.work_queue(user=boss)[:50])), repeats, plans),
    ]
    counts = {
        "open": Complaint.objects.filter(status__in=selectors.OPEN_STATUSES).count(),
        "overdue": selectors.overdue(user=boss).count(),
    }
    return {"vendor": connection.vendor, "cases": Complaint.objects.count(), "generated_seconds": seconds,
            "results": results, "counts": counts, "plans": plans}


# ------------------------------------------------------------------------------------------ case page

NOTE = "已致电客户{name}（手机13991234{i:03d}），核对身份证650103195301191540，退款账户6222021234567890128，第{i}次跟进。"


def case_page(notes: int, repeats: int) -> dict[str, Any]:
    """The case page (GET /complaints/{id}/) of a case with `notes` 处理记录 full of personal data, rendered for its
    handler (who may unmask, so every 查看 control is drawn): masked once when written, read as stored."""
    from django.test import Client

    from xiaobao.privacy.masking import mask_free_text

    setup()
    by, codes = officer(), sub_codes()
    body = payloads.complaint(900_000, codes)
    data = services.ComplaintIn(**{**{k: v for k, v in body.items() if k != "complainant"},
                                   "received_at": datetime.fromisoformat(body["received_at"]), "disputed_amount": None,
                                   "complainant": services.ComplainantIn(**body["complainant"])})
    c, _ = services.register(data, by=by)
    c = services.accept(complaint_id=c.pk, version=c.version, by=by)
    name = c.complainant_name
    for i in range(notes):
        c = services.add_note(complaint_id=c.pk, version=c.version, by=by, note=NOTE.format(name=name, i=i))
    client = Client()
    client.force_login(by)
    url = f"/complaints/{c.pk}/"
    assert client.get(url).status_code == 200  # warm: templates compiled, translations loaded
    latencies = []
    executed = []

    def count(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    for _ in range(repeats):
        t = time.perf_counter()
        client.get(url)
        latencies.append(time.perf_counter() - t)
    texts = [NOTE.format(name=name, i=i) for i in range(notes)] + [c.summary]
    t = time.perf_counter()
    for _ in range(5):
        for text in texts:
            mask_free_text(text, hints=[name])
    mask_ms = (time.perf_counter() - t) / 5 * 1000
    return {"vendor": connection.vendor, "notes": notes, "queries": len(executed), **summary(latencies),
            "mask_at_render_ms": round(mask_ms, 1)}


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "intake":
        out = intake(int(sys.argv[2]))
    elif command == "import":
        out = ledger_import(int(sys.argv[2]))
    elif command == "queries":
        out = queries(int(sys.argv[2]), int(sys.argv[3]))
    elif command == "casepage":
        out = case_page(int(sys.argv[2]), int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(out, ensure_ascii=False, default=str))
