"""Pre-aggregated complaint counts (按月/按周汇总): what the reports and dashboards read instead of the cases.

Design (numbers from the 1,000,000-case bench database, three years, 26 institutions):
- Two tables, each at the coarsest grain its readers need. A daily table at the full grain (day × institution ×
  business line × cause × channel) holds 840,705 rows for 1,000,000 cases — nearly a row per case, so reading it
  costs what reading the statistics index costs. `MonthCount` (month × institution × business line × cause ×
  second-level cause × channel: 164,374 rows, ~4,600 a month) serves the quarterly and monthly reports (their
  periods are whole months) and the ranking by ratio; `WeekCount` (week × institution × direct/regulator ×
  business line × cause: 191,595 rows, ~1,200 a week) the dashboards' twelve weeks and the spike test.
- Kept current on write: a case's contribution (its bucket and its figures: received, accepted, decided, decided on
  time, extended, reconsidered, withdrawn; nothing for a merged duplicate) before and after each save is read from
  the database and the difference applied in the same transaction, one INSERT … ON CONFLICT DO UPDATE of +/-
  deltas per table (row-locked: concurrent writers add up, a rollback takes the delta with it). The hook is Django's
  model signals on the case, connected by this app (`connect()`); complaints imports nothing of reports. Bulk
  inserts send complaints.signals.cases_created with the cases they wrote (one upsert for the batch).
- Rebuildable: `rebuild()` recounts each month and week from the cases (delete, then one grouped insert, per
  bucket, in a transaction): `xiaobao reports_rollup` and the `reports.rebuild_counts` task; the migration fills
  the tables once. A bulk load that bypasses the models (COPY, QuerySet.update) needs it.
- What depends on "now" stays live: 超期未办结 (open past the deadline at the moment of counting) is counted from the
  open cases (complaint_status_received_idx), overdue now from complaint_open_due_idx. The drill-down lists
  are read from the cases as before (statistics.records): the equality tests keep table and cases in step.
- 延期 compares a case's period with the statutory one in force on its receipt day (the raw count uses the one in
  force on the period's first day: the same while the rules have one decision period).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import connections, router, transaction
from django.db.models import BooleanField, Case, Count, Model, Q, Sum, Value, When
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from xiaobao.complaints import statistics
from xiaobao.complaints.codes import Channel, Status
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.signals import cases_created
from xiaobao.org.models import User
from xiaobao.org.scope import scope_for
from xiaobao.reports.models import MonthCount, WeekCount

# The columns of a case a contribution depends on (all in complaint_statistics_idx).
FIELDS = ("received_at", "institution_id", "channel", "category", "cause", "sub_cause", "status", "decided_at",
          "due_at", "period_days", "reconsideration_of_decision_at")
_NAMES = {f.removesuffix("_id") for f in FIELDS} | set(FIELDS)
NOT_ACCEPTED = (Status.REGISTERED, Status.DECLINED)


def month_of(day: date) -> date:
    return day.replace(day=1)


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Cube:
    model: type[Model]
    time: str  # the bucket column: "month" or "week"
    bucket: Callable[[date], date]
    dims: tuple[str, ...]  # the key columns after the bucket (attnames)
    figures: tuple[str, ...]

    @property
    def table(self) -> str:
        return self.model._meta.db_table

    def key(self, row: dict[str, Any], day: date) -> tuple[Any, ...]:
        values = {**row, "regulator": row["channel"] == Channel.REGULATOR}
        return (self.bucket(day), *(values[d] for d in self.dims))

    def next(self, start: date) -> date:
        if self.time == "week":
            return start + timedelta(weeks=1)
        return (start + timedelta(days=32)).replace(day=1)


MONTH = Cube(MonthCount, "month", month_of, ("institution_id", "category", "cause", "sub_cause", "channel"),
             ("received", "accepted", "decided", "decided_on_time", "extended", "reconsidered", "withdrawn"))
WEEK = Cube(WeekCount, "week", week_of, ("institution_id", "regulator", "category", "cause"),
            ("received", "decided", "decided_on_time"))
CUBES = (MONTH, WEEK)


def case_figures(row: dict[str, Any]) -> dict[str, int] | None:
    """The figures one case adds to its bucket (statistics.figure_q, case by case); None for a merged duplicate."""
    if row["status"] == Status.MERGED:
        return None
    decided = row["decided_at"] is not None
    day = statistics.beijing_date(row["received_at"])
    return {
        "received": 1,
        "accepted": int(row["status"] not in NOT_ACCEPTED),
        "decided": int(decided),
        "decided_on_time": int(decided and row["decided_at"] <= row["due_at"]),
        "extended": int(row["period_days"] > statistics.base_decision_days(day)),
        "reconsidered": int(row["reconsideration_of_decision_at"] is not None),
        "withdrawn": int(row["status"] == Status.WITHDRAWN),
    }


def _deltas(cube: Cube, changes: Iterable[tuple[dict[str, Any] | None, dict[str, Any] | None]]
            ) -> dict[tuple[Any, ...], list[int]]:
    out: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0] * len(cube.figures))
    for before, after in changes:
        for row, sign in ((before, -1), (after, 1)):
            figures = case_figures(row) if row is not None else None
            if figures is None:
                continue
            vector = out[cube.key(row, statistics.beijing_date(row["received_at"]))]
            for k, f in enumerate(cube.figures):
                vector[k] += sign * figures[f]
    return {key: v for key, v in out.items() if any(v)}


def apply(changes: Sequence[tuple[dict[str, Any] | None, dict[str, Any] | None]], *, using: str = "default") -> None:
    """Apply the change of some cases (their FIELDS before and after; None: not there) to every table: one upsert
    of deltas per table, keys sorted (one lock order for every writer), and the rows emptied removed."""
    connection = connections[using]
    quote = connection.ops.quote_name
    with transaction.atomic(using=using):
        for cube in CUBES:
            deltas = _deltas(cube, changes)
            if not deltas:
                continue
            columns = [cube.time, *cube.dims, *cube.figures]
            keys = [cube.time, *cube.dims]
            rows = sorted(deltas.items())
            values = ", ".join(["(" + ", ".join(["%s"] * len(columns)) + ")"] * len(rows))
            table = quote(cube.table)
            names, conflict = ", ".join(quote(c) for c in columns), ", ".join(quote(c) for c in keys)
            sums = ", ".join(f"{quote(f)} = {table}.{quote(f)} + excluded.{quote(f)}" for f in cube.figures)
            # quoted names of this module's own tables and columns; every value a parameter
            sql = f"INSERT INTO {table} ({names}) VALUES {values} ON CONFLICT ({conflict}) DO UPDATE SET {sums}"  # noqa: S608
            params = [value for key, vector in rows for value in (*key, *vector)]
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
            emptied = Q()
            for key, vector in rows:
                if vector[0] < 0:  # fewer cases received in that bucket: it may be empty now
                    emptied |= Q(**dict(zip(keys, key, strict=True)))
            if emptied:
                cube.model._base_manager.using(using).filter(emptied, received=0).delete()


# ------------------------------------------------------------------------------------- the hook on the case


def _row(instance: Complaint) -> dict[str, Any]:
    return {f: getattr(instance, f) for f in FIELDS}


def _touches(update_fields: Iterable[str] | None) -> bool:
    return update_fields is None or bool(_NAMES.intersection(update_fields))


def _before_save(sender: Any, instance: Complaint, raw: bool = False, using: str = "default",
                 update_fields: Any = None, **kwargs: Any) -> None:
    instance._rollup_before = None  # type: ignore[attr-defined]
    if instance.pk is None or instance._state.adding or not _touches(update_fields):
        return
    instance._rollup_before = (  # type: ignore[attr-defined]
        Complaint._base_manager.using(using).filter(pk=instance.pk).values(*FIELDS).first())


def _after_save(sender: Any, instance: Complaint, created: bool = False, raw: bool = False, using: str = "default",
                update_fields: Any = None, **kwargs: Any) -> None:
    if not _touches(update_fields):
        return
    before = None if created else getattr(instance, "_rollup_before", None)
    after = _row(instance)
    if before is not None and update_fields is not None:  # only these columns were written: the rest as stored
        after = {f: after[f] if f in update_fields or f.removesuffix("_id") in update_fields else before[f]
                 for f in FIELDS}
    instance._rollup_before = None  # type: ignore[attr-defined]
    apply([(before, after)], using=using)


def _before_delete(sender: Any, instance: Complaint, using: str = "default", **kwargs: Any) -> None:
    instance._rollup_before = (  # type: ignore[attr-defined]
        Complaint._base_manager.using(using).filter(pk=instance.pk).values(*FIELDS).first())


def _after_delete(sender: Any, instance: Complaint, using: str = "default", **kwargs: Any) -> None:
    before = getattr(instance, "_rollup_before", None)
    if before is not None:
        apply([(before, None)], using=using)


def _after_bulk(sender: Any, cases: Sequence[Complaint], using: str = "default", **kwargs: Any) -> None:
    apply([(None, _row(c)) for c in cases], using=using)


def connect() -> None:
    """Keep the tables current on every save and delete of a case (called from ReportsConfig.ready)."""
    uid = "reports.rollup"
    pre_save.connect(_before_save, sender=Complaint, dispatch_uid=uid)
    post_save.connect(_after_save, sender=Complaint, dispatch_uid=uid)
    pre_delete.connect(_before_delete, sender=Complaint, dispatch_uid=uid)
    post_delete.connect(_after_delete, sender=Complaint, dispatch_uid=uid)
    cases_created.connect(_after_bulk, sender=Complaint, dispatch_uid=uid)


# ------------------------------------------------------------------------------------------------ rebuild


def _bucket_rows(cube: Cube, start: date, end: date, complaints: Any) -> list[Model]:
    """The rows of one bucket [start, end) counted from the cases (statistics.figure_q: the same rules)."""
    base = statistics.base_decision_days(start)
    as_of = statistics.day_start(end)  # only 'overdue' reads it, and no table holds overdue
    where = (Q(received_at__gte=statistics.day_start(start), received_at__lt=statistics.day_start(end))
             & statistics.COUNTED)
    annotations = {f: Count("received_at", filter=statistics.figure_q(f, as_of=as_of, base_days=base,
                                                                                 counted=False) or None)
                   for f in cube.figures}
    qs = complaints.objects.filter(where).order_by()
    if "regulator" in cube.dims:
        qs = qs.annotate(regulator=Case(When(channel=Channel.REGULATOR, then=Value(True)), default=Value(False),
                                        output_field=BooleanField()))
    rows = qs.values(*cube.dims).annotate(**annotations)
    return [cube.model(**{cube.time: start}, **row) for row in rows if row["received"]]


def rebuild(*, start: date | None = None, end: date | None = None, complaints: Any = None,
            cubes: Sequence[Cube] = CUBES, progress: Callable[[str, int, int], None] | None = None) -> int:
    """Recount the tables from the cases, bucket by bucket (each in a transaction: delete, count, insert), for
    the buckets covering [start, end] (default: every receipt date). Idempotent. The number of rows written."""
    complaints = complaints or Complaint
    using = router.db_for_write(complaints)
    everything = start is None and end is None
    if start is None or end is None:
        first = complaints.objects.order_by("received_at").values_list("received_at", flat=True).first()
        last = complaints.objects.order_by("-received_at").values_list("received_at", flat=True).first()
        if first is None:
            for cube in cubes:
                cube.model._base_manager.using(using).all().delete()
            return 0
        start = start or statistics.beijing_date(first)
        end = end or statistics.beijing_date(last)
    written = 0
    for cube in cubes:
        buckets = []
        bucket = cube.bucket(start)
        while bucket <= end:
            buckets.append(bucket)
            bucket = cube.next(bucket)
        if everything:  # rows of buckets before the first case or after the last one (cases deleted since)
            cube.model._base_manager.using(using).filter(
                Q(**{f"{cube.time}__lt": buckets[0]}) | Q(**{f"{cube.time}__gt": buckets[-1]})).delete()
        for n, bucket in enumerate(buckets):
            with transaction.atomic(using=using):
                cube.model._base_manager.using(using).filter(**{cube.time: bucket}).delete()
                rows = _bucket_rows(cube, bucket, cube.next(bucket), complaints)
                cube.model._base_manager.using(using).bulk_create(rows, batch_size=2000)
            written += len(rows)
            if progress is not None:
                progress(cube.time, n + 1, len(buckets))
    return written


def differences(*, start: date, end: date, cubes: Sequence[Cube] = CUBES) -> list[tuple[str, tuple[Any, ...], Any, Any]]:
    """Where the tables differ from a recount of the cases, for the buckets covering [start, end]:
    (table, key, stored figures, counted figures). Empty when they agree (`xiaobao reports_rollup --check`)."""
    out = []
    for cube in cubes:
        bucket = cube.bucket(start)
        while bucket <= end:
            counted = {_key(cube, m): [getattr(m, f) for f in cube.figures]
                       for m in _bucket_rows(cube, bucket, cube.next(bucket), Complaint)}
            stored = {_key(cube, m): [getattr(m, f) for f in cube.figures]
                      for m in cube.model.objects.filter(**{cube.time: bucket})}
            out.extend((cube.table, key, stored.get(key), counted.get(key))
                       for key in sorted(set(counted) | set(stored), key=str) if counted.get(key) != stored.get(key))
            bucket = cube.next(bucket)
    return out


def _key(cube: Cube, row: Model) -> tuple[Any, ...]:
    return (getattr(row, cube.time), *(getattr(row, d) for d in cube.dims))


# ------------------------------------------------------------------------------------------------ reading

_bypassed = threading.local()


@contextmanager
def bypassed() -> Iterator[None]:
    """Count from the cases instead of the tables within the block (the bench's before/after)."""
    _bypassed.on = True
    try:
        yield
    finally:
        _bypassed.on = False



def _whole(slices: Sequence[statistics.Slice], cube: Cube) -> bool:
    """Each slice is whole buckets of the table (a month's first to last day; Monday to Sunday)."""
    return all(cube.bucket(s.start) == s.start and cube.next(cube.bucket(s.end)) == s.end + timedelta(days=1)
               for s in slices)


def _where(user: User | None, slice: statistics.Slice, cube: Cube) -> Q | None:
    """The rows of a slice's institutions and dimensions (without its dates); None: the table cannot say."""
    q = Q()
    if user is not None:
        q &= scope_for(user).filter_q("institution")
    if slice.institution:
        ids = slice.institution_ids()
        q &= Q(institution_id__in=sorted(ids or []))
    if slice.source != "all":
        if "channel" in cube.dims:
            q &= Q(channel=Channel.REGULATOR) if slice.source == "regulator" else ~Q(channel=Channel.REGULATOR)
        else:
            q &= Q(regulator=slice.source == "regulator")
    for name in statistics.DIMENSIONS:
        value = getattr(slice, name)
        if not value:
            continue
        if name not in cube.dims:
            return None
        q &= Q(**{name: statistics.dimension_value(name, value)})
    return q


def grouped(*, user: User | None, slices: Sequence[statistics.Slice], sets: Sequence[Sequence[str]],
            figures: Sequence[str], cube: Cube = MONTH) -> list[list[dict[str, Any]]] | None:
    """`statistics.grouped` read from a table: the same rows (group columns, `period` = the slice's index, the
    figures) for slices of whole buckets; None when the table cannot answer (a partial bucket, a figure or a
    dimension it does not hold) — the caller then counts from the cases."""
    columns = {c for group in sets for c in group} - {"period", "regulator"}
    if (getattr(_bypassed, "on", False) or not slices or not _whole(slices, cube)
            or not set(figures) <= set(cube.figures) or not columns <= set(cube.dims)):
        return None
    where = _where(user, slices[0], cube)
    if where is None:
        return None
    runs: list[list[date]] = []  # contiguous slices (the weeks of a trend) as one range of the key's index
    for s in sorted(slices, key=lambda s: s.start):
        if runs and s.start == runs[-1][1] + timedelta(days=1):
            runs[-1][1] = s.end
        else:
            runs.append([s.start, s.end])
    ranges = Q()
    for first, last in runs:
        ranges |= Q(**{f"{cube.time}__gte": first, f"{cube.time}__lte": last})
    qs = cube.model.objects.filter(where & ranges).order_by()
    extra: dict[str, Any] = {}
    if "regulator" not in cube.dims:
        extra["regulator"] = Case(When(channel=Channel.REGULATOR, then=Value(True)), default=Value(False),
                                  output_field=BooleanField())
    wanted = {c for group in sets for c in group}
    qs = qs.annotate(**{name: expr for name, expr in extra.items() if name in wanted})
    sums = {f: Sum(f) for f in figures}
    out = []
    for group in sets:
        if "period" not in group:
            rows = qs.values(*group).annotate(**sums) if group else [qs.aggregate(**sums)]
            out.append([{**row, **{f: row[f] or 0 for f in figures}} for row in rows])
            continue
        # Grouped by the bucket itself (an indexed column), the buckets then folded into their slices here: a
        # CASE per row mapping buckets to slices costs more than the few hundred groups it saves.
        rest = [c for c in group if c != "period"]
        folded: dict[tuple[Any, ...], dict[str, Any]] = {}
        for row in qs.values(cube.time, *rest).annotate(**sums):
            period = next(k for k, s in enumerate(slices) if s.start <= row[cube.time] <= s.end)
            key = (period, *(row[c] for c in rest))
            target = folded.setdefault(key, {"period": period, **{c: row[c] for c in rest},
                                             **dict.fromkeys(figures, 0)})
            for f in figures:
                target[f] += row[f] or 0
        out.append(list(folded.values()))
    return out
