"""Scoped reads of the reports app: report roots, volumes, frozen reports, spike alerts, dashboards."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from xiaobao.complaints import statistics
from xiaobao.core import registry
from xiaobao.core.registry import Notice, Period, QueueItem
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for
from xiaobao.reports import figures, ratios, rollup
from xiaobao.reports.models import BusinessVolume, IndustryMedian, Snapshot, SpikeAlert

REPORT_ROLES = (Role.OFFICER, Role.HEAD, Role.REVIEWER, Role.AUDITOR)
TREND_WEEKS = 12


def can_read_reports(user: User) -> bool:
    return user.is_authenticated and user.has_role(*REPORT_ROLES)


def report_roots(user: User) -> list[Institution]:
    """The institutions whose reports the user may open: their scope's institutions, top first."""
    scope = scope_for(user)
    if scope.is_empty or not can_read_reports(user):
        return []
    qs = Institution.objects.filter(is_active=True)
    if not scope.everything:
        qs = qs.filter(path__startswith=scope.path)
    return list(qs.order_by("path"))


def default_root(user: User) -> Institution | None:
    roots = report_roots(user)
    if not roots:
        return None
    if not scope_for(user).everything and user.institution_id:
        return next((i for i in roots if i.pk == user.institution_id), roots[0])
    return roots[0]


def root_get(user: User, code: str | None) -> Institution | None:
    if not code:
        return default_root(user)
    return next((i for i in report_roots(user) if i.code == code), None)


def volumes(*, user: User, year: int, quarter: int) -> QuerySet[BusinessVolume]:
    scope = scope_for(user)
    qs = BusinessVolume.objects.filter(year=year, quarter=quarter).select_related(
        "institution", "premium_basis", "policies_basis", "entered_by")
    if not scope.everything:
        qs = qs.filter(institution__path__startswith=scope.path or "\0")
    return qs.order_by("institution__path")


def medians() -> QuerySet[IndustryMedian]:
    return IndustryMedian.objects.order_by("-year", "-quarter")


def snapshots(*, user: User) -> QuerySet[Snapshot]:
    scope = scope_for(user)
    qs = Snapshot.objects.select_related("institution", "frozen_by")
    if not can_read_reports(user):
        return qs.none()
    if not scope.everything:
        qs = qs.filter(institution__path__startswith=scope.path or "\0")
    return qs


def snapshot_for(*, user: User, kind: str, institution: Institution, start: date) -> Snapshot | None:
    return snapshots(user=user).filter(kind=kind, institution=institution, period_start=start).first()


def report_for(kind: str, *, user: User, root: Institution, year: int, number: int,
               live: bool = False) -> tuple[dict[str, Any], Snapshot | None]:
    """A report's figures (kind "quarterly" or "monthly", `number` its quarter or month, already checked) and its
    snapshot: the frozen figures once frozen (unless `live`), else counted now."""
    period = Period.quarter(year, number) if kind == Snapshot.Kind.QUARTERLY else Period.month(year, number)
    snapshot = snapshot_for(user=user, kind=kind, institution=root, start=period.start)
    if snapshot is not None and not live:
        return snapshot.data, snapshot
    if kind == Snapshot.Kind.QUARTERLY:
        return figures.quarterly(user=user, institution=root, year=year, quarter=number), None
    return figures.monthly(user=user, institution=root, year=year, month=number), None


# -------------------------------------------------------------------------------------------- spike alerts


def alerts(*, user: User, open_only: bool = False) -> QuerySet[SpikeAlert]:
    scope = scope_for(user)
    if not can_read_reports(user):
        return SpikeAlert.objects.none()
    qs = SpikeAlert.objects.select_related("institution", "rule", "acknowledged_by")
    if not scope.everything:
        qs = qs.filter(institution__path__startswith=scope.path or "\0")
    if open_only:
        qs = qs.filter(acknowledged_at__isnull=True)
    return qs.order_by("-week_start", "-observed")


def alert_get(*, user: User, pk: int) -> SpikeAlert | None:
    return alerts(user=user).filter(pk=pk).first()


def cause_label(code: str) -> str:
    return str(dict(statistics.DIMENSIONS["cause"][1].choices).get(code, code))


def _officer(user: User) -> bool:
    return user.is_authenticated and user.has_role(Role.OFFICER) and not user.is_read_only


def queue_items(user: User, limit: int) -> list[QueueItem]:
    """Work-queue provider: open spike alerts for the consumer-protection officer."""
    if not _officer(user):
        return []
    return [QueueItem(
        module="reports", title=_("Complaint spike: %(institution)s · %(cause)s") % {
            "institution": a.institution.name, "cause": cause_label(a.cause)},
        url=reverse("reports:alert", args=[a.pk]), status_label=_("To look at"), due_at=None, sla="",
        detail=_("%(observed)s cases in the week from %(week)s (baseline %(expected)s a week)") % {
            "observed": a.observed, "week": a.week_start.isoformat(), "expected": a.expected},
    ) for a in alerts(user=user, open_only=True)[:limit]]


def queue_count(user: User) -> int:
    return alerts(user=user, open_only=True).count() if _officer(user) else 0


def spike_notices(user: User) -> list[Notice]:
    if not _officer(user):
        return []
    n = alerts(user=user, open_only=True).count()
    if not n:
        return []
    return [Notice(text=_("%(n)s complaint spike(s) detected: an institution's weekly complaints on one cause are "
                          "well above its own baseline.") % {"n": n}, url=reverse("reports:alerts"))]


# ------------------------------------------------------------------------------------------------ dashboards


def _chart(key: str, title: str, kind: str, categories: list[str], series: list[tuple[str, list[Any]]],
           links: list[str] | None = None) -> dict[str, Any]:
    """One chart: the spec the static script draws (json_script) and the same numbers as table rows."""
    links = links or []
    return {
        "id": f"chart-{key}", "data_id": f"chart-{key}-data", "title": title,
        "spec": {"type": kind, "categories": categories, "series": [{"name": n, "data": d} for n, d in series],
                 "links": links},
        "series_names": [name for name, _data in series],
        "rows": [(label, links[k] if k < len(links) else "", [data[k] for _name, data in series])
                 for k, label in enumerate(categories)],
    }


def _weeks(first: date, today: date, code: str) -> list[statistics.Slice]:
    """The trend's weeks from Monday `first` to today (the last one partial), of an institution's subtree."""
    return [statistics.Slice(first + timedelta(weeks=k), min(today, first + timedelta(weeks=k, days=6)), code)
            for k in range(TREND_WEEKS)]


def _weekly_rows(user: User | None, first: date, today: date, code: str, sets: list[tuple[str, ...]],
                 figures_: tuple[str, ...]) -> list[list[dict[str, Any]]]:
    """The twelve weeks' figures from the weekly counts (`rollup.WEEK`): the current week's row holds what was
    received so far, which is the week to today. A dashboard of another day (tests, a past `today`) or a
    question the table cannot answer is counted from the cases."""
    weeks = _weeks(first, today, code)
    if today >= statistics.beijing_date(timezone.now()):
        whole = [replace(w, end=w.start + timedelta(days=6)) for w in weeks]
        rows = rollup.grouped(user=user, slices=whole, sets=sets, figures=figures_, cube=rollup.WEEK)
        if rows is not None:
            return rows
    return statistics.grouped(user=user, slices=weeks, sets=sets, figures=figures_)


def _weekly(rows: list[dict[str, Any]], first: date) -> tuple[list[str], dict[str, list[int]]]:
    """Week labels and received counts per week, direct and regulator-transferred (rows of `period`)."""
    labels = [(first + timedelta(weeks=k)).strftime("%m-%d") for k in range(TREND_WEEKS)]
    out: dict[str, list[int]] = {"direct": [0] * TREND_WEEKS, "regulator": [0] * TREND_WEEKS}
    for row in rows:
        out["regulator" if row.get("regulator") else "direct"][row["period"]] += row["received"]
    return labels, out


def _rate(on_time: int, decided: int) -> str | None:
    return None if not decided else f"{100 * on_time / decided:.1f}"


def _latest_volume_quarter() -> tuple[int, int] | None:
    row = BusinessVolume.objects.order_by("-year", "-quarter").values_list("year", "quarter").first()
    return (row[0], row[1]) if row else None


def _ranking(user: User, root: Institution) -> dict[str, Any] | None:
    """Institutions under `root` ranked by 亿元保费投诉量 in the latest quarter with premiums entered."""
    quarter = _latest_volume_quarter()
    if quarter is None:
        return None
    period = figures.Period.quarter(*quarter)
    bucket, insts = figures._buckets(root)
    quarter_slice = statistics.Slice(period.start, period.end, root.code)
    rows = (rollup.grouped(user=user, slices=[quarter_slice], sets=[("institution_id",)], figures=("received",))
            or [statistics.counts(user=user, slice=quarter_slice, group_by=("institution_id",), figures=("received",))]
            )[0]
    received: dict[int, int] = defaultdict(int)
    for row in rows:
        received[bucket.get(row["institution_id"], root.pk)] += row["received"]
    premium, _policies = figures._volumes(*quarter)
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent in Institution.objects.filter(path__startswith=root.path).values_list("pk", "parent_id"):
        if parent:
            children[parent].append(pk)
    ranked = []
    for inst in insts[1:]:
        d = ratios.rolled_up(inst.pk, premium, children)
        value = ratios.per_100m_premium(received[inst.pk], d.value)
        if value is not None:
            ranked.append((inst, value, received[inst.pk], d.basis_label))
    ranked.sort(key=lambda r: r[1], reverse=True)
    if not ranked:
        return None
    slice_ = statistics.Slice(period.start, period.end)
    return _chart("ranking", _("Complaints per 100 million yuan premium, %(period)s") % {"period": period.label},
                  "hbar", [r[0].name for r in ranked][:10], [(_("Complaints per 100 million yuan premium"),
                                                              [str(r[1]) for r in ranked][:10])],
                  links=[slice_.narrow(institution=r[0].code).url() for r in ranked][:10]) | {
        "basis": "、".join(sorted({r[3] for r in ranked}))}


def dashboard(user: User, *, today: date | None = None) -> dict[str, Any] | None:
    """The figures and charts of the home dashboard for the user's role (None: the role has none)."""
    today = today or statistics.beijing_date(timezone.now())
    if user.has_role(Role.OFFICER, Role.AUDITOR, Role.HEAD, Role.REVIEWER):
        root = default_root(user)
        if root is None:
            return None
        return _institution_dashboard(user, root, today)
    if user.has_role(Role.HANDLER):
        return _handler_dashboard(user, today)
    return None


def _institution_dashboard(user: User, root: Institution, today: date) -> dict[str, Any]:
    first = figures.weeks_back(today, TREND_WEEKS - 1)
    window = statistics.Slice(first, today, root.code)
    # One query for the trend, the top causes and business lines and the on-time rate: the twelve weeks' range of
    # the statistics index, grouped by week, direct/regulator, cause and business line (a few hundred groups).
    grouped = _weekly_rows(user, first, today, root.code, [("period", "regulator", "cause", "category")],
                           ("received", "decided", "decided_on_time"))[0]
    labels, weekly = _weekly(grouped, first)
    by_cause: dict[str, int] = defaultdict(int)
    by_category: dict[str, int] = defaultdict(int)
    decided = on_time = 0
    for row in grouped:
        by_cause[row["cause"]] += row["received"]
        by_category[row["category"]] += row["received"]
        decided += row["decided"]
        on_time += row["decided_on_time"]
    cause_labels = dict(statistics.DIMENSIONS["cause"][1].choices)
    category_labels = dict(statistics.DIMENSIONS["category"][1].choices)
    top_causes = sorted(by_cause.items(), key=lambda kv: kv[1], reverse=True)[:8]
    top_categories = sorted(by_category.items(), key=lambda kv: kv[1], reverse=True)[:8]
    charts = [
        _chart("trend", _("Complaints received per week"), "line", labels,
               [(str(statistics.SOURCES["direct"]), weekly["direct"]),
                (str(statistics.SOURCES["regulator"]), weekly["regulator"])],
               links=[window.narrow(start=first + timedelta(weeks=k), end=min(today, first + timedelta(weeks=k, days=6))
                                    ).url() for k in range(TREND_WEEKS)]),
        _chart("causes", _("Top causes"), "hbar", [str(cause_labels[k]) for k, _n in top_causes],
               [(_("Complaints"), [n for _k, n in top_causes])],
               links=[window.narrow(cause=k).url() for k, _n in top_causes]),
        _chart("categories", _("Top business lines"), "hbar", [str(category_labels[k]) for k, _n in top_categories],
               [(_("Complaints"), [n for _k, n in top_categories])],
               links=[window.narrow(category=k).url() for k, _n in top_categories]),
    ]
    comparison = None
    is_branch_view = scope_for(user).everything
    if not is_branch_view:
        # A head sees their institution against the branch: branch totals only, never another institution's.
        top = Institution.objects.filter(level__lte=2, path__in=_ancestors(root.path)).order_by("level").first()
        if top is not None:
            branch_rows = _weekly_rows(None, first, today, top.code, [("period", "regulator")],
                                       ("received", "decided", "decided_on_time"))[0]
            _labels, branch_weekly = _weekly(branch_rows, first)
            branch = {f: sum(row[f] for row in branch_rows) for f in ("received", "decided", "decided_on_time")}
            own = [a + b for a, b in zip(weekly["direct"], weekly["regulator"], strict=True)]
            total = [a + b for a, b in zip(branch_weekly["direct"], branch_weekly["regulator"], strict=True)]
            comparison = {"branch": top.name, "branch_rate": _rate(branch["decided_on_time"], branch["decided"]),
                          "branch_received": branch["received"]}
            charts.append(_chart("versus", _("%(own)s against %(branch)s (share of the branch, %%)")
                                 % {"own": root.name, "branch": top.name}, "line", labels,
                                 [(root.name, [round(100 * o / t, 1) if t else 0 for o, t in zip(own, total, strict=True)])]))
    else:
        ranking = _ranking(user, root)
        if ranking is not None:
            charts.append(ranking)
    received = sum(by_cause.values())
    return {
        "kind": "institution", "root": root, "window": window, "first": first, "today": today,
        "received": received, "received_url": window.url(),
        "on_time_rate": _rate(on_time, decided), "decided_url": window.url("decided"),
        "overdue_now": statistics.overdue_now(user=user, institution_path=root.path),
        "major_open": _measure_now("major.open_count", root),
        "charts": charts, "comparison": comparison, "is_branch_view": is_branch_view,
        "alerts": alerts(user=user, open_only=True)[:5] if _officer(user) else [],
    }


def _measure_now(code: str, institution: Institution) -> Any:
    """A measure of `institution`'s subtree today, read through the registry ("—" when no app provides it)."""
    today = timezone.localdate()
    value = registry.compute_measure(code, institution, Period(today, today))
    return "—" if value.value is None else value.value


def _ancestors(path: str) -> list[str]:
    parts = [p for p in path.split("/") if p]
    return ["/" + "/".join(parts[: k + 1]) + "/" for k in range(len(parts))]


def _handler_dashboard(user: User, today: date) -> dict[str, Any]:
    load = statistics.open_load(user=user)
    due = list(statistics.own_due(user=user, limit=10))
    horizon = 14
    per_day = [0] * horizon
    for c in statistics.own_due(user=user, limit=500):
        k = (statistics.beijing_date(c.due_at) - today).days
        if 0 <= k < horizon:
            per_day[k] += 1
    labels = [(today + timedelta(days=k)).strftime("%m-%d") for k in range(horizon)]
    return {"kind": "handler", "load": load, "due": due, "today": today,
            "charts": [_chart("due", _("My open cases by due date (next 14 days)"), "bar", labels,
                              [(_("Cases due"), per_day)])]}


def home_panel(request: HttpRequest) -> str:
    """The dashboard under the home work queue (empty for roles without one)."""
    data = dashboard(request.user)
    if data is None:
        return ""
    return SafeString(render_to_string("reports/_dashboard.html", {"dash": data}, request=request))
