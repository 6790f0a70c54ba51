"""投诉统计 — how complaints are counted: the one public read interface for statistics over complaints.

The reports app (监管报表, dashboards) and the indicator measures (`measures.py`) count complaints only through
this module, so a figure, its drill-down list and a measure can never disagree.

Counting rules (stated on the report pages too):
- A complaint belongs to a period by the Beijing date of its receipt (收到投诉的北京时间日期): periods run from
  00:00 Beijing time of their first day to 24:00 of their last, so a complaint received at 23:30 Beijing time on
  the last day of a quarter (15:30 UTC) belongs to that quarter.
- Regulator-transferred complaints (监管转办) are the cases registered on the regulator channel; every figure is
  reported for them apart from direct complaints (直接投诉).
- A duplicate merged into another case (已合并) is not counted again.
- Figures are of the cases received in the period, as they stand at the moment of counting (`as_of`): a
  closed-period report changes while its late cases are decided, which is why reports can be frozen.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.db import DatabaseError, connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    DateField,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.complaints.codes import (
    OPEN_STATUSES,
    UNSUBDIVIDED,
    UNSUBDIVIDED_LABEL,
    Category,
    Cause,
    Channel,
    ProductLine,
    Status,
    SubCause,
)
from xiaobao.complaints.models import Complaint
from xiaobao.engines.deadlines import load_rules, rules_in_force
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for, subtree_ids

BEIJING = ZoneInfo("Asia/Shanghai")

SOURCES: dict[str, Promise] = {
    "all": _("All complaints"),  # 全部投诉
    "direct": _("Direct complaints"),  # 直接投诉
    "regulator": _("Regulator-transferred"),  # 监管转办
}

# The figures of the quarterly statistics, in report order, with the question each answers.
FIGURES: dict[str, Promise] = {
    "received": pgettext_lazy("statistics", "Received"),  # 接收: received in the period (merged duplicates not counted again)
    "accepted": pgettext_lazy("statistics", "Accepted"),  # 受理: not declined and no longer waiting for acceptance
    "decided": pgettext_lazy("statistics", "Decided"),  # 办结: a decision was approved
    "decided_on_time": pgettext_lazy("statistics", "Decided on time"),  # 按期办结: decided by the (extended) statutory deadline
    "overdue": pgettext_lazy("statistics", "Overdue, still open"),  # 超期未办结: open past the deadline at the time of counting
    "extended": pgettext_lazy("statistics", "Extended"),  # 延期: the decision period was lengthened
    "reconsidered": pgettext_lazy("statistics", "Reconsidered"),  # 核查: the complainant asked the higher level to review the decision
    "withdrawn": pgettext_lazy("statistics", "Withdrawn"),  # 撤诉
}

# Complaints from special groups (特殊群体), counted apart from the report figures: flagged on intake.
GROUP_FIGURES: dict[str, Promise] = {
    "elderly": pgettext_lazy("statistics", "From elderly customers"),  # 老年客户投诉: is_elderly on intake
    "minority_language": pgettext_lazy("statistics", "Served in a minority language"),  # 少数民族语言服务
}


def figure_label(figure: str) -> Promise:
    return FIGURES.get(figure) or GROUP_FIGURES[figure]


DIMENSIONS: dict[str, tuple[Promise, Any]] = {
    "category": (_("Business line"), Category),  # 险种 (the regulator's business lines)
    "cause": (_("Cause"), Cause),  # 投诉事由 (一级)
    # 二级事由; the filter value UNSUBDIVIDED ("none") selects the cases without one (未细分).
    "sub_cause": (_("Second-level cause"), SubCause),
    "channel": (_("Channel"), Channel),  # 投诉渠道
    "product_line": (_("Product line"), ProductLine),
}

OPEN = [s.value for s in OPEN_STATUSES]


def dimension_value(name: str, value: str) -> str:
    """The column value a filter value stands for (UNSUBDIVIDED: the empty second-level cause)."""
    return "" if name == "sub_cause" and value == UNSUBDIVIDED else value


def dimension_label(name: str, value: str) -> Any:
    """The label of a filter value of a dimension (未细分 for the cases without a second-level cause)."""
    if name == "sub_cause" and value == UNSUBDIVIDED:
        return UNSUBDIVIDED_LABEL
    return dict(DIMENSIONS[name][1].choices).get(value, value)


def day_start(day: date) -> datetime:
    """00:00 Beijing time of `day`, as an aware datetime (compared with the UTC-stored receipt times)."""
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def beijing_date(moment: datetime) -> date:
    return moment.astimezone(BEIJING).date()


def base_decision_days(on: date) -> int:
    """The statutory decision period in force on `on` (15 days): a longer period means the case was extended.
    A period starting before the first rules (no case is received then: intake refuses it) counts with the first."""
    return rules_in_force(max(on, load_rules()[0].effective_from)).decision_days


COUNTED = ~Q(status=Status.MERGED)  # a duplicate merged into another case is not counted again


def figure_q(figure: str, *, as_of: datetime, base_days: int = 15, counted: bool = True) -> Q:
    """The condition a case received in the period meets to count in `figure` (`counted=False`: without the
    COUNTED part, for a query that filters on COUNTED once for every figure)."""
    conditions = {
        "received": Q(),
        "accepted": ~Q(status__in=[Status.REGISTERED, Status.DECLINED]),
        "decided": Q(decided_at__isnull=False),
        "decided_on_time": Q(decided_at__isnull=False, decided_at__lte=F("due_at")),
        "overdue": Q(status__in=OPEN, due_at__lt=as_of),
        "extended": Q(period_days__gt=base_days),
        "reconsidered": Q(reconsideration_of_decision_at__isnull=False),
        "withdrawn": Q(status=Status.WITHDRAWN),
        "elderly": Q(is_elderly=True),
        "minority_language": Q(needs_minority_language=True),
    }
    if figure not in conditions:
        raise ValueError(f"unknown figure {figure!r}")
    return COUNTED & conditions[figure] if counted else conditions[figure]


@dataclass(frozen=True)
class Slice:
    """Which complaints a figure counts: a Beijing-date period, an institution subtree and optional dimensions."""

    start: date
    end: date  # inclusive
    institution: str = ""  # institution code: that institution and below ("" = the user's whole scope)
    own: str = ""  # "1": that institution's own cases only, not those below it (本级)
    source: str = "all"  # all / direct / regulator
    category: str = ""
    cause: str = ""
    channel: str = ""
    product_line: str = ""
    sub_cause: str = ""  # a SubCause code, or UNSUBDIVIDED

    def q(self, *, with_institution: bool = True) -> Q:
        q = Q(received_at__gte=day_start(self.start), received_at__lt=day_start(self.end + timedelta(days=1)))
        if self.institution and with_institution:
            q &= institution_q(self.institution, own=bool(self.own))
        if self.source == "direct":
            q &= ~Q(channel=Channel.REGULATOR)
        elif self.source == "regulator":
            q &= Q(channel=Channel.REGULATOR)
        for name in DIMENSIONS:
            if getattr(self, name):
                q &= Q(**{name: dimension_value(name, getattr(self, name))})
        return q

    def institution_ids(self) -> set[int] | None:
        """The institutions the slice covers (None: every institution)."""
        if not self.institution:
            return None
        inst = Institution.objects.filter(code=self.institution).values_list("pk", "path").first()
        if inst is None:
            return set()
        return {inst[0]} if self.own else set(subtree_ids(inst[1]))

    def params(self, figure: str = "received") -> dict[str, str]:
        out = {"figure": figure, "start": self.start.isoformat(), "end": self.end.isoformat()}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name not in ("start", "end") and value and value != "all":
                out[f.name] = value
        return out

    def url(self, figure: str = "received") -> str:
        """The drill-down: the list of the cases behind `figure` on this slice (same filters)."""
        return f"{reverse('complaints:figure-records')}?{urlencode(self.params(figure))}"

    def narrow(self, **changes: str) -> Slice:
        return replace(self, **changes)


def institution_q(code: str, *, own: bool = False) -> Q:
    """Cases of an institution's subtree (or of the institution alone). A subtree holding every institution adds
    no condition at all: a long id list would steer the planner to the institution index and make it walk every
    case instead of the period's range of the receipt-time index."""
    inst = Institution.objects.filter(code=code).values_list("pk", "path").first()
    if inst is None:
        return Q(pk__in=[])
    if own:
        return Q(institution_id=inst[0])
    ids = subtree_ids(inst[1])
    if len(ids) >= Institution.objects.count():
        return Q()
    return Q(institution_id__in=ids)


class BeijingDate(Func):
    """The Beijing calendar date of a stored (UTC) time, computed by the database itself (Beijing has kept UTC+8
    without daylight saving since 1991): SQLite's date(t, '+8 hours') instead of a per-row Python function."""

    output_field = DateField()

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return TruncDate(*self.source_expressions, tzinfo=BEIJING).as_sql(compiler, connection, **extra)

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        sql, params = compiler.compile(self.source_expressions[0])
        return f"date({sql}, '+8 hours')", params


class InvalidSlice(ValueError):
    """A drill-down link with a bad parameter (the page answers 400 with the field)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def slice_from_params(params: Any) -> tuple[Slice, str]:
    """Parse a drill-down query string (see `Slice.params`) into a slice and a figure; InvalidSlice on bad input."""
    figure = params.get("figure") or "received"
    if figure not in FIGURES and figure not in GROUP_FIGURES:
        raise InvalidSlice("figure")
    try:
        start = date.fromisoformat(params.get("start") or "")
    except ValueError:
        raise InvalidSlice("start") from None
    try:
        end = date.fromisoformat(params.get("end") or "")
    except ValueError:
        raise InvalidSlice("end") from None
    if end < start or (end - start).days > 3660:
        raise InvalidSlice("end")
    source = params.get("source") or "all"
    if source not in SOURCES:
        raise InvalidSlice("source")
    values: dict[str, str] = {}
    for name, (_label, choices) in DIMENSIONS.items():
        value = params.get(name) or ""
        if value and value not in choices.values and dimension_value(name, value):
            raise InvalidSlice(name)
        values[name] = value
    institution = (params.get("institution") or "")[:20]
    own = "1" if params.get("own") == "1" and institution else ""
    return Slice(start=start, end=end, institution=institution, own=own, source=source, **values), figure


def _visible(user: User | None) -> QuerySet[Complaint]:
    if user is None:  # measures: the caller scoped the institution already
        return Complaint.objects.all()
    return Complaint.objects.filter(scope_for(user).filter_q("institution"))


def records(*, user: User, slice: Slice, figure: str, as_of: datetime | None = None) -> QuerySet[Complaint]:
    """The cases behind one figure (the drill-down list), in the user's scope, newest first."""
    q = slice.q() & figure_q(figure, as_of=as_of or timezone.now(), base_days=base_decision_days(slice.start))
    return (_visible(user).filter(q).select_related("institution", "handler")
            .defer("complainant_id_number", "complainant_address", "summary", "decision", "feedback",
                   "requested_outcome").order_by("-received_at", "-id"))


def counts(*, user: User | None, slice: Slice, group_by: Iterable[str] = (), as_of: datetime | None = None,
           figures: Iterable[str] = tuple(FIGURES)) -> list[dict[str, Any]]:
    """One aggregate query: every figure, grouped by `group_by` (columns of the case: institution_id, channel,
    category, cause, product_line; or `regulator`: True for regulator-transferred cases). Rows are dicts of the
    group values and the figure counts. Keep the groups few: a group per case makes the fold cost more than the
    query."""
    as_of = as_of or timezone.now()
    base = base_decision_days(slice.start)
    group = list(group_by)
    # COUNT(received_at), a column of complaint_statistics_idx (never null), not COUNT(id): PostgreSQL then counts
    # from the index alone (an index-only scan) without reading the wide rows.
    annotations = {f: Count("received_at", filter=figure_q(f, as_of=as_of, base_days=base)) for f in figures}
    if "regulator" in group:  # direct / regulator-transferred as a group column (two groups, not ten channels)
        annotations = {"regulator": Case(When(channel=Channel.REGULATOR, then=Value(True)), default=Value(False),
                                         output_field=BooleanField()), **annotations}
        qs = _visible(user).filter(slice.q()).order_by().annotate(regulator=annotations.pop("regulator"))
        return list(qs.values(*group).annotate(**annotations))
    if "institution_id" in group:
        # Grouped by institution anyway: the subtree is kept in Python, the query walks only the period's range.
        wanted = slice.institution_ids()
        qs = _visible(user).filter(slice.q(with_institution=False)).order_by()
        rows = list(qs.values(*group).annotate(**annotations))
        return rows if wanted is None else [row for row in rows if row["institution_id"] in wanted]
    qs = _visible(user).filter(slice.q()).order_by()
    if group:
        return list(qs.values(*group).annotate(**annotations))
    return [qs.aggregate(**annotations)]


def grouped(*, user: User | None, slices: Sequence[Slice], sets: Sequence[Sequence[str]],
            as_of: datetime | None = None, figures: Iterable[str] = tuple(FIGURES),
            only_open: bool = False) -> list[list[dict[str, Any]]]:
    """Every figure of one or more periods, for several groupings at once: one list of rows per grouping set.

    `slices` differ only in their dates (the first one's institution and dimensions apply); with several, the
    group column `period` is the index of the slice a case falls in (contiguous slices — the weeks of a trend —
    are read as one range, separate ones one query each). Group columns as in `counts` (`regulator`
    included). On PostgreSQL a range is ONE query with GROUPING SETS, so it is read from complaint_statistics_idx
    once for every breakdown; elsewhere one query per set. `only_open`: only the open cases (for the live figure
    overdue beside pre-aggregated ones: complaint_status_received_idx reads just them)."""
    as_of = as_of or timezone.now()
    figures = tuple(figures)
    bases = {base_decision_days(s.start) for s in slices}
    if len(bases) > 1 and "extended" in figures:
        raise ValueError("periods under different decision rules: count 'extended' one period at a time")
    base = bases.pop()
    # Merged duplicates are left out once in the WHERE clause (an index column), not in every figure's FILTER.
    aggregates = {f: Count("received_at", filter=figure_q(f, as_of=as_of, base_days=base, counted=False) or None)
                  for f in figures}
    runs: list[list[int]] = []  # contiguous periods (the weeks of a trend) are read as one range of the index
    for k in sorted(range(len(slices)), key=lambda k: slices[k].start):
        if runs and slices[k].start == slices[runs[-1][-1]].end + timedelta(days=1):
            runs[-1].append(k)
        else:
            runs.append([k])
    if len(runs) > 1:  # separate ranges: one query each (an OR of ranges would walk the whole index)
        parts = [_grouped(user, [slices[k] for k in run], run, sets, aggregates, only_open) for run in runs]
        return [[row for part in parts for row in part[n]] for n in range(len(sets))]
    return _grouped(user, slices, list(range(len(slices))), sets, aggregates, only_open)


@contextmanager
def _hash_grouping(needed: bool) -> Iterator[None]:
    """PostgreSQL has no statistics on a computed column such as a case's period (a CASE over received_at), so it
    guesses a group per row and sorts the period's ~80,000 index entries before grouping them into a few dozen
    groups; with sorting discouraged for this one query it hashes them (a quarter: 1.5 s sorted, 0.4 s hashed
    under load)."""
    if not needed or connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET enable_sort = off")
    try:
        yield
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("RESET enable_sort")
        except DatabaseError:  # the query failed its transaction: the rollback undoes the SET as well
            pass


def _grouped(user: User | None, slices: Sequence[Slice], numbers: list[int], sets: Sequence[Sequence[str]],
             aggregates: dict[str, Count], only_open: bool = False) -> list[list[dict[str, Any]]]:
    """`grouped` over contiguous slices (`numbers`: their `period` values)."""
    first = min(slices, key=lambda s: s.start)
    where = replace(first, end=max(s.end for s in slices)).q() & (Q(status__in=OPEN) if only_open else COUNTED)
    qs = _visible(user).filter(where).order_by()
    extra: dict[str, Any] = {"regulator": Case(When(channel=Channel.REGULATOR, then=Value(True)), default=Value(False),
                                               output_field=BooleanField())}
    columns = list(dict.fromkeys(c for group in sets for c in group))
    fixed: dict[str, int] = {}
    if "period" in columns and len(slices) == 1:  # one period: a constant, added here, not grouped by
        fixed = {"period": numbers[0]}
        sets = [tuple(c for c in group if c != "period") for group in sets]
        columns.remove("period")
    elif "period" in columns:  # a case's period: the first slice whose end it is before (contiguous, sorted)
        extra["period"] = Case(*[When(received_at__lt=day_start(s.end + timedelta(days=1)), then=Value(k))
                                 for k, s in sorted(zip(numbers, slices, strict=True), key=lambda p: p[1].start)],
                               output_field=IntegerField())
    qs = qs.annotate(**{name: expr for name, expr in extra.items() if name in columns})
    with _hash_grouping("period" in columns):
        if connection.vendor != "postgresql" or len(sets) == 1:
            return [[row | fixed for row in qs.values(*group).annotate(**aggregates)] for group in sets]
        query = qs.values(*columns).annotate(**aggregates)
        sql, params = query.query.get_compiler(using=query.db).as_sql()
        head, _sep, _group_by = sql.rpartition(" GROUP BY ")
        quote = connection.ops.quote_name
        sql = head + " GROUP BY GROUPING SETS (" + ", ".join(
            "(" + ", ".join(quote(c) for c in group) + ")" for group in sets) + ")"
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    out: list[list[dict[str, Any]]] = [[] for _ in sets]
    for row in rows:  # a row of one set has NULL in every other group column (the columns themselves are NOT NULL)
        for k, group in enumerate(sets):
            if all(row[c] is not None for c in group) and all(row[c] is None for c in columns if c not in group):
                out[k].append({c: row[c] for c in group} | {f: row[f] for f in aggregates} | fixed)
                break
    return out


def daily_received(*, user: User | None, slice: Slice, group_by: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Complaints received per Beijing day (the dashboards' trends and the spike test), optionally grouped.
    Grouped by institution_id, the subtree is kept in Python (see `counts`)."""
    group = list(group_by)
    in_python = "institution_id" in group and bool(slice.institution)
    qs = (_visible(user).filter(slice.q(with_institution=not in_python)).exclude(status=Status.MERGED).order_by()
          .annotate(day=BeijingDate("received_at")))
    rows = list(qs.values("day", *group).annotate(n=Count("received_at")))
    if not in_python:
        return rows
    wanted = slice.institution_ids() or set()
    return [row for row in rows if row["institution_id"] in wanted]


def case_ids(*, slice: Slice, limit: int = 200) -> list[int]:
    """The cases received on a slice (unscoped: for background work that records the cases behind an alert)."""
    return list(Complaint.objects.filter(slice.q()).exclude(status=Status.MERGED)
                .order_by("-received_at").values_list("pk", flat=True)[:limit])


def open_load(*, user: User) -> dict[str, int]:
    """A handler's own load: open cases assigned to them, overdue, and due within three days."""
    now = timezone.now()
    mine = Complaint.objects.filter(handler=user, status__in=OPEN)
    return mine.aggregate(open=Count("pk"), overdue=Count("pk", filter=Q(due_at__lt=now)),
                          due_soon=Count("pk", filter=Q(due_at__gte=now, due_at__lt=now + timedelta(days=3))))


def own_due(*, user: User, limit: int = 10) -> QuerySet[Complaint]:
    return (Complaint.objects.filter(handler=user, status__in=OPEN).only("pk", "number", "due_at", "cause")
            .order_by("due_at")[:limit])


def overdue_now(*, user: User | None, institution_path: str | None = None) -> int:
    """超期未办结 now, whenever received (the partial index on open cases' deadlines)."""
    qs = _visible(user).filter(status__in=OPEN, due_at__lt=timezone.now())
    if institution_path:
        qs = qs.filter(_path_q(institution_path))
    return qs.count()


def _path_q(path: str) -> Q:
    code = path.rstrip("/").rsplit("/", 1)[-1]
    return institution_q(code)
