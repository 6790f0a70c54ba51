"""The quarterly complaint statistics (季度投诉统计) and the monthly figures, assembled from two grouped aggregate
queries — the period's every figure, and the received counts of the two comparison periods together
(`xiaobao.complaints.statistics.grouped`: GROUPING SETS on PostgreSQL) — folded here by business line, cause, channel and
institution, each split into direct and regulator-transferred complaints.

The result is plain JSON-able data: the page, the .xlsx, the printable page and a frozen snapshot all render the
same dict, so what was frozen is shown again unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.complaints import statistics
from xiaobao.complaints.codes import UNSUBDIVIDED, UNSUBDIVIDED_LABEL, Channel, sub_causes_of
from xiaobao.core import registry
from xiaobao.core.registry import NotAvailable, Period
from xiaobao.org.models import Institution, User
from xiaobao.reports import ratios, rollup
from xiaobao.reports.models import BusinessVolume, IndustryMedian

SOURCES = ("direct", "regulator", "all")
FIGURES = tuple(statistics.FIGURES)
BREAKDOWNS = ("category", "cause", "channel")
# Two groupings per period instead of one over every combination (which gives nearly a group per case):
# institution × channel gives the totals and the institution and channel breakdowns; business line × cause ×
# second-level cause × direct/regulator the other two (the causes' sub-rows folded from the same rows). Both are
# read in one pass of the index (GROUPING SETS on PostgreSQL).
GROUPS = (("institution_id", "channel"), ("category", "cause", "sub_cause", "regulator"))


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def is_closed(period: Period, *, now: datetime | None = None) -> bool:
    """A period is closed once its last Beijing day has ended."""
    return statistics.beijing_date(now or timezone.now()) > period.end


def change(current: int, before: int) -> str | None:
    """Change in percent, one decimal, as text ("+12.5"); None when there is nothing to compare with."""
    if not before:
        return None
    value = (Decimal(current - before) * 100 / before).quantize(Decimal("0.1"))
    return f"{value:+}"


def _source_of(channel: str) -> str:
    return "regulator" if channel == Channel.REGULATOR else "direct"


def _empty() -> dict[str, dict[str, int]]:
    return {source: dict.fromkeys(FIGURES, 0) for source in SOURCES}


def _add(target: dict[str, dict[str, int]], source: str, row: dict[str, Any], figures: tuple[str, ...]) -> None:
    for figure in figures:
        target[source][figure] += row[figure]
        target["all"][figure] += row[figure]


def _buckets(root: Institution) -> tuple[dict[int, int], list[Institution]]:
    """Each institution of the subtree → the child of `root` it lies under (or root itself: 本级)."""
    subtree = list(Institution.objects.filter(path__startswith=root.path).order_by("path"))
    tops = [i for i in subtree if i.parent_id == root.pk]
    bucket: dict[int, int] = {}
    for inst in subtree:
        top = next((t for t in tops if inst.path.startswith(t.path)), None)
        bucket[inst.pk] = top.pk if top else root.pk
    return bucket, [root, *tops]


def _fold(row_sets: list[list[dict[str, Any]]], bucket: dict[int, int], figures: tuple[str, ...]) -> dict[str, Any]:
    total = _empty()
    by: dict[str, dict[Any, dict[str, dict[str, int]]]] = {
        d: defaultdict(_empty) for d in (*BREAKDOWNS, "institution", "sub_cause")}
    for k, rows in enumerate(row_sets):
        for row in rows:
            source = ("regulator" if row["regulator"] else "direct") if "regulator" in row else _source_of(row["channel"])
            if k == 0:
                _add(total, source, row, figures)
            for dim in BREAKDOWNS:
                if dim in row:
                    _add(by[dim][row[dim]], source, row, figures)
            if "sub_cause" in row:  # keyed by (cause, second-level cause or UNSUBDIVIDED)
                _add(by["sub_cause"][(row["cause"], row["sub_cause"] or UNSUBDIVIDED)], source, row, figures)
            if "institution_id" in row:
                _add(by["institution"][bucket.get(row["institution_id"], row["institution_id"])], source, row, figures)
    return {"total": total, "by": by}


def _period_rows(user: User | None, slices: list[statistics.Slice], as_of: datetime,
                 figures: tuple[str, ...]) -> list[list[list[dict[str, Any]]]]:
    """For each slice (period), the rows of each of GROUPS. Read from the monthly counts (`rollup`), with overdue
    counted live from the open cases; from the cases themselves where the table cannot answer (see
    statistics.grouped: one query for all)."""
    sets = [("period", *g) for g in GROUPS]
    stored = tuple(f for f in figures if f != "overdue")
    rows = rollup.grouped(user=user, slices=slices, sets=sets, figures=stored)
    if rows is None:
        rows = statistics.grouped(user=user, slices=slices, sets=sets, as_of=as_of, figures=figures)
    elif "overdue" in figures:
        live = statistics.grouped(user=user, slices=slices, sets=sets, as_of=as_of, figures=("overdue",),
                                  only_open=True)
        rows = [_merged(table, open_rows, stored) for table, open_rows in zip(rows, live, strict=True)]
    return [[[row for row in rows_ if row["period"] == k] for rows_ in rows] for k in range(len(slices))]


def _merged(rows: list[dict[str, Any]], live: list[dict[str, Any]], stored: tuple[str, ...]) -> list[dict[str, Any]]:
    """The table's rows with the live overdue counts of the same groups added."""
    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(sorted((k, v) for k, v in row.items() if k not in FIGURES))

    index = {key(row): row | {"overdue": 0} for row in rows}
    for row in live:
        target = index.setdefault(key(row), {k: v for k, v in row.items() if k not in FIGURES}
                                  | dict.fromkeys(stored, 0))
        target["overdue"] = row["overdue"]
    return list(index.values())


def _volumes(year: int, quarter: int) -> tuple[dict[int, tuple[Decimal, str]], dict[int, tuple[int, str]]]:
    premium: dict[int, tuple[Decimal, str]] = {}
    policies: dict[int, tuple[int, str]] = {}
    for v in BusinessVolume.objects.filter(year=year, quarter=quarter).select_related("premium_basis",
                                                                                      "policies_basis"):
        if v.premium is not None and v.premium_basis is not None:
            premium[v.institution_id] = (v.premium, v.premium_basis.label)
        if v.policies is not None and v.policies_basis is not None:
            policies[v.institution_id] = (v.policies, v.policies_basis.label)
    return premium, policies


def _ratio_row(inst_id: int, counts: dict[str, dict[str, int]], premium: dict[int, Any], policies: dict[int, Any],
               children: dict[int, list[int]]) -> dict[str, Any]:
    p = ratios.rolled_up(inst_id, premium, children)
    n = ratios.rolled_up(inst_id, policies, children)
    regulator, every = counts["regulator"]["received"], counts["all"]["received"]
    return {
        "premium": str(p.value) if p.value is not None else None, "premium_basis": p.basis_label,
        "policies": int(n.value) if n.value is not None else None, "policies_basis": n.basis_label,
        "regulator_per_100m": _s(ratios.per_100m_premium(regulator, p.value)),
        "regulator_per_10k": _s(ratios.per_10k_policies(regulator, n.value)),
        "all_per_100m": _s(ratios.per_100m_premium(every, p.value)),
        "all_per_10k": _s(ratios.per_10k_policies(every, n.value)),
    }


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def build(*, user: User | None, institution: Institution, period: Period, previous: Period, year_ago: Period,
          quarter: tuple[int, int] | None = None, as_of: datetime | None = None) -> dict[str, Any]:
    """Every figure of the report for `institution`'s subtree over `period` (see module docstring)."""
    as_of = as_of or timezone.now()
    bucket, rows_institutions = _buckets(institution)
    current = _fold(_period_rows(user, [statistics.Slice(period.start, period.end, institution.code)], as_of,
                                 FIGURES)[0], bucket, FIGURES)
    # The two comparison periods need only the received counts: one query for both.
    before = _period_rows(user, [statistics.Slice(p.start, p.end, institution.code) for p in (previous, year_ago)],
                          as_of, ("received",))
    earlier = {"previous": _fold(before[0], bucket, ("received",)), "year_ago": _fold(before[1], bucket, ("received",))}

    def compare(key: str, dim: str | None, value: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, folded in earlier.items():
            counts = folded["total"] if dim is None else folded["by"][dim].get(value, _empty())
            out[name] = {s: counts[s]["received"] for s in SOURCES}
            out[f"{name}_change"] = {s: change(_get(key, dim, value, s), counts[s]["received"]) for s in SOURCES}
        return out

    def _get(_key: str, dim: str | None, value: Any, source: str) -> int:
        counts = current["total"] if dim is None else current["by"][dim].get(value, _empty())
        return counts[source]["received"]

    breakdowns: dict[str, list[dict[str, Any]]] = {}
    for dim in BREAKDOWNS:
        choices = statistics.DIMENSIONS[dim][1]
        breakdowns[dim] = [
            {"key": code, "label": str(label), **current["by"][dim].get(code, _empty()), **compare(dim, dim, code)}
            for code, label in choices.choices
        ]
    for row in breakdowns["cause"]:  # 二级事由: the sub-rows of each first-level cause, 未细分 last
        subs = [*sub_causes_of(row["key"]), (UNSUBDIVIDED, UNSUBDIVIDED_LABEL)]
        row["children"] = [
            {"key": code, "label": str(label), **current["by"]["sub_cause"].get((row["key"], code), _empty()),
             **compare("sub_cause", "sub_cause", (row["key"], code))}
            for code, label in subs
        ]
    premium, policies = _volumes(*quarter) if quarter else ({}, {})
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent in Institution.objects.filter(path__startswith=institution.path).values_list("pk", "parent_id"):
        if parent:
            children[parent].append(pk)
    institutions = []
    for inst in rows_institutions:
        counts = current["by"]["institution"].get(inst.pk, _empty())
        is_root = inst.pk == institution.pk
        institutions.append({
            "key": inst.code, "label": _("%(name)s (own cases)") % {"name": inst.name} if is_root else inst.name,
            "own": is_root, **counts, **compare("institution", "institution", inst.pk),
            **(_ratio_row(inst.pk, counts, premium, policies, children) if quarter and not is_root else {}),
        })
    median = None
    if quarter:
        m = IndustryMedian.objects.filter(year=quarter[0], quarter=quarter[1]).first()
        if m is not None:
            median = {"per_100m_premium": _s(m.per_100m_premium), "per_10k_policies": _s(m.per_10k_policies),
                      "source": m.source}
    return {
        "institution": {"code": institution.code, "name": institution.name},
        "period": _period(period), "previous_period": _period(previous), "year_ago_period": _period(year_ago),
        "quarter": list(quarter) if quarter else None,
        "as_of": as_of.isoformat(), "as_of_label": timezone.localtime(as_of).strftime("%Y-%m-%d %H:%M"),
        "figures": [{"key": f, "label": str(statistics.FIGURES[f])} for f in FIGURES],
        "sources": [{"key": s, "label": str(statistics.SOURCES[s])} for s in SOURCES],
        "total": current["total"], **compare("total", None, None),
        "breakdowns": breakdowns,
        "breakdown_labels": {dim: str(statistics.DIMENSIONS[dim][0]) for dim in BREAKDOWNS},
        "institutions": institutions,
        "ratios": _ratio_row(institution.pk, current["total"], premium, policies, children) if quarter else None,
        "median": median,
    }


def subtitle(data: dict[str, Any]) -> str:
    """The line under a report's title in its files (.xlsx, PDF): institution, period, time of counting, rule."""
    return _("Institution: %(institution)s (%(code)s) · period %(start)s to %(end)s (Beijing time) · counted at "
             "%(as_of)s · complaints received in the period, merged duplicates not counted again") % {
        "institution": data["institution"]["name"], "code": data["institution"]["code"],
        "start": data["period"]["start"], "end": data["period"]["end"], "as_of": data["as_of_label"]}


def _period(p: Period) -> dict[str, str]:
    return {"start": p.start.isoformat(), "end": p.end.isoformat(), "label": p.label}


def quarterly(*, user: User | None, institution: Institution, year: int, quarter: int,
              as_of: datetime | None = None) -> dict[str, Any]:
    period = Period.quarter(year, quarter)
    data = build(user=user, institution=institution, period=period,
                 previous=Period.quarter(*previous_quarter(year, quarter)), year_ago=Period.quarter(year - 1, quarter),
                 quarter=(year, quarter), as_of=as_of)
    data["kind"] = "quarterly"
    data["title"] = _("%(institution)s complaint statistics, %(period)s") % {
        "institution": institution.name, "period": period.label}
    return data


# Sections of the monthly management report: module → its title. Each shows the measures its module registers.
MONTHLY_SECTIONS = (
    ("complaints", gettext_lazy("Complaints")),
    ("major", gettext_lazy("Major complaints, rectification and accountability")),
    ("reviews", gettext_lazy("Consumer-protection reviews")), ("traceability", gettext_lazy("Sales traceability")),
    ("training", gettext_lazy("Training")), ("partners", gettext_lazy("Partners")),
    ("assistance", gettext_lazy("Special services")), ("outreach", gettext_lazy("Education & publicity")),
    ("reports", gettext_lazy("Premium and ratios")),
)


def indicators(institution: Institution, period: Period) -> list[dict[str, Any]]:
    """The monthly report's indicators from every module (the registry's measures of `institution`'s subtree over
    `period`), as plain data the page, the files and a frozen report share. A module that registers no measure
    has a section without rows ("not available"); a measure without data has the value None."""
    sections = []
    for module, title in MONTHLY_SECTIONS:
        rows = []
        for measure in registry.measures():
            if measure.module != module:
                continue
            value = registry.compute_measure(measure.code, institution, period)
            known = not isinstance(value, NotAvailable) and value.value is not None
            rows.append({"label": str(measure.label), "unit": str(measure.unit),
                         "value": str(value.value) if known else None,
                         "url": getattr(value, "evidence_url", "") if known else "",
                         "detail": str(getattr(value, "detail", "") or "")})
        sections.append({"title": str(title), "rows": rows})
    return sections


def indicator_value(row: dict[str, Any]) -> str:
    """An indicator's value as the files print it (with its unit; "no data" when the module has none)."""
    return _("no data") if row["value"] is None else f"{row['value']} {row['unit']}".strip()


def monthly(*, user: User | None, institution: Institution, year: int, month: int,
            as_of: datetime | None = None) -> dict[str, Any]:
    period = Period.month(year, month)
    data = build(user=user, institution=institution, period=period,
                 previous=Period.month(*previous_month(year, month)), year_ago=Period.month(year - 1, month),
                 as_of=as_of)
    data["kind"] = "monthly"
    data["indicators"] = indicators(institution, period)
    data["title"] = _("%(institution)s consumer-protection management report, %(period)s") % {
        "institution": institution.name, "period": period.label}
    return data


def slice_for(data: dict[str, Any], *, source: str = "all", **dims: str) -> statistics.Slice:
    """The drill-down slice of one cell of a report."""
    own = "1" if dims.pop("own", False) else ""
    return statistics.Slice(start=date.fromisoformat(data["period"]["start"]), own=own,
                            end=date.fromisoformat(data["period"]["end"]),
                            institution=dims.pop("institution", data["institution"]["code"]),
                            source=source, **dims)


def weeks_back(today: date, weeks: int) -> date:
    """The Monday `weeks` weeks before the current week's Monday."""
    return today - timedelta(days=today.weekday()) - timedelta(weeks=weeks)
