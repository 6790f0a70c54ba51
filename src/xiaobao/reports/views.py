"""Pages of the reports app: thin — parse, read through selectors/figures, call one service, render."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from xiaobao.complaints import statistics
from xiaobao.core.errors import DomainError
from xiaobao.core.registry import Period
from xiaobao.org.models import Institution, User
from xiaobao.reports import exports, figures, forms, selectors, services
from xiaobao.reports.models import Snapshot
from xiaobao.security import imports


def _guard(request: HttpRequest) -> None:
    if not selectors.can_read_reports(request.user):
        raise Http404


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in selectors.report_roots(user)]


def _last_closed_quarter() -> tuple[int, int]:
    year, quarter = figures.quarter_of(statistics.beijing_date(timezone.now()))
    return figures.previous_quarter(year, quarter)


def _period_args(request: HttpRequest, kind: str) -> tuple[Institution, int, int, forms.PeriodForm]:
    year, quarter = _last_closed_quarter()
    today = statistics.beijing_date(timezone.now())
    month_year, month = figures.previous_month(today.year, today.month)
    initial = {"year": year if kind == "quarterly" else month_year, "quarter": quarter, "month": month}
    form = forms.PeriodForm(request.GET or None, institutions=_institutions(request.user), initial=initial)
    data = form.cleaned_data if form.is_bound and form.is_valid() else initial | {"institution": None}
    root = selectors.root_get(request.user, request.GET.get("institution") or data.get("institution"))
    if root is None:
        raise Http404
    number = (data.get("quarter") or initial["quarter"]) if kind == "quarterly" else (data.get("month") or month)
    return root, int(data["year"]), int(number), form


def _report(request: HttpRequest, kind: str) -> tuple[dict[str, Any], Snapshot | None, forms.PeriodForm]:
    root, year, number, form = _period_args(request, kind)
    services.period_for(kind, year, number)  # InvalidInput on a bad period
    data, snapshot = selectors.report_for(kind, user=request.user, root=root, year=year, number=number,
                                          live=request.GET.get("live") == "1")
    return data, snapshot, form


def _links(data: dict[str, Any]) -> dict[str, Any]:
    """Drill-down URLs for every number of the report (same filters as the figure)."""
    figs = [f["key"] for f in data["figures"]]
    total = {s: {f: figures.slice_for(data, source=s).url(f) for f in figs} for s in figures.SOURCES}
    by = {dim: {row["key"]: {s: {f: figures.slice_for(data, source=s, **{dim: row["key"]}).url(f) for f in figs}
                             for s in figures.SOURCES} for row in rows}
          for dim, rows in data["breakdowns"].items()}
    by["institution"] = {row["key"]: {s: {f: figures.slice_for(data, source=s, institution=row["key"],
                                                               own=row.get("own", False)).url(f) for f in figs}
                                      for s in figures.SOURCES} for row in data["institutions"]}
    # 二级事由 under each cause (a snapshot frozen before the second level has no children: no links).
    by["sub_cause"] = {(row["key"], child["key"]): {
        s: {f: figures.slice_for(data, source=s, cause=row["key"], sub_cause=child["key"]).url(f) for f in figs}
        for s in figures.SOURCES} for row in data["breakdowns"].get("cause", []) for child in row.get("children", [])}
    return {"total": total, "by": by}


def _summary(data: dict[str, Any], links: dict[str, Any]) -> dict[str, Any]:
    keys = [s["key"] for s in data["sources"]]
    return {
        "summary": [(f, [(data["total"][s][f["key"]], links["total"][s][f["key"]]) for s in keys])
                    for f in data["figures"]],
        "comparisons": [
            (_("Received, previous period (%(p)s)") % {"p": data["previous_period"]["label"]}, [data["previous"][s] for s in keys]),
            (_("Change on the previous period, %"), [data["previous_change"][s] for s in keys]),
            (_("Received, a year before (%(p)s)") % {"p": data["year_ago_period"]["label"]}, [data["year_ago"][s] for s in keys]),
            (_("Change on a year before, %"), [data["year_ago_change"][s] for s in keys]),
        ],
    }


def _rows(data: dict[str, Any], links: dict[str, Any], source: str) -> list[dict[str, Any]]:
    tables = []
    for dim, rows in [*data["breakdowns"].items(), ("institution", data["institutions"])]:
        label = data["breakdown_labels"].get(dim) or _("Institution")
        tables.append({"dim": dim, "label": label, "rows": [
            {"row": row, "cells": [(row[source][f["key"]], links["by"][dim][row["key"]][source][f["key"]])
                                   for f in data["figures"]],
             "children": [{"row": child, "cells": [
                 (child[source][f["key"]], links["by"]["sub_cause"][(row["key"], child["key"])][source][f["key"]])
                 for f in data["figures"]]} for child in row.get("children", [])]}
            for row in rows]})
    return tables


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """The module page: every report for the roles that read them; the own dashboard for everyone else."""
    return render(request, "reports/index.html", {"snapshots": selectors.snapshots(user=request.user)[:50],
                                                  "can_read": selectors.can_read_reports(request.user)})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    data = selectors.dashboard(request.user)
    return render(request, "reports/dashboard.html", {"dash": data})


@login_required
def quarterly(request: HttpRequest) -> HttpResponse:
    _guard(request)
    data, snapshot, form = _report(request, "quarterly")
    source = request.GET.get("source") if request.GET.get("source") in figures.SOURCES else "all"
    links = _links(data)
    return render(request, "reports/quarterly.html", {
        "data": data, "snapshot": snapshot, "form": form, "links": links, "source": source,
        "tables": _rows(data, links, source), "sources": data["sources"], **_summary(data, links),
        "can_freeze": _can_freeze(request.user, data, snapshot), "query": request.GET.urlencode(),
    })


def _can_freeze(user: User, data: dict[str, Any], snapshot: Snapshot | None) -> bool:
    period = Period(date.fromisoformat(data["period"]["start"]), date.fromisoformat(data["period"]["end"]))
    return snapshot is None and figures.is_closed(period) and user.has_role("officer") and not user.is_read_only


@login_required
def quarterly_print(request: HttpRequest) -> HttpResponse:
    _guard(request)
    data, snapshot, _form = _report(request, "quarterly")
    links = _links(data)
    return render(request, "reports/print.html", {"data": data, "snapshot": snapshot, **_summary(data, links),
                                                  "source_tables": [(s, _rows(data, links, s["key"]))
                                                                    for s in data["sources"]]})


def _download(request: HttpRequest, make: Any, kind: str = "quarterly") -> HttpResponse:
    """A file of a report (frozen figures once frozen), or the refusal page when DLP stops it."""
    _guard(request)
    data, snapshot, _form = _report(request, kind)
    try:
        file = make(user=request.user, data=data, snapshot=snapshot)
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


@never_cache
@login_required
def quarterly_xlsx(request: HttpRequest) -> HttpResponse:
    return _download(request, exports.report_xlsx)


@never_cache
@login_required
def quarterly_pdf(request: HttpRequest) -> HttpResponse:
    return _download(request, exports.report_pdf)


@never_cache
@login_required
def monthly_xlsx(request: HttpRequest) -> HttpResponse:
    return _download(request, exports.report_xlsx, "monthly")


@never_cache
@login_required
def monthly_pdf(request: HttpRequest) -> HttpResponse:
    return _download(request, exports.report_pdf, "monthly")


@login_required
def monthly(request: HttpRequest) -> HttpResponse:
    _guard(request)
    data, snapshot, form = _report(request, "monthly")
    root = selectors.root_get(request.user, data["institution"]["code"])
    period = Period(date.fromisoformat(data["period"]["start"]), date.fromisoformat(data["period"]["end"]),
                    data["period"]["label"])
    # A report frozen before the indicators were part of it shows them as they are now.
    sections = data.get("indicators") or (figures.indicators(root, period) if root is not None else [])
    links = _links(data)
    return render(request, "reports/monthly.html", {
        "data": data, "snapshot": snapshot, "form": form, "sections": sections, **_summary(data, links),
        "can_freeze": _can_freeze(request.user, data, snapshot),
    })


@login_required
@require_POST
def freeze(request: HttpRequest) -> HttpResponse:
    kind = request.POST.get("kind", "")
    target = reverse("reports:quarterly" if kind == "quarterly" else "reports:monthly")
    try:
        year, number = int(request.POST.get("year", "")), int(request.POST.get("number", ""))
        snap = services.freeze(by=request.user, kind=kind, institution=request.POST.get("institution", ""),
                               year=year, number=number, note=request.POST.get("note", ""))
    except ValueError:
        messages.error(request, _("Choose a period."))
        return redirect(target)
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return redirect(f"{target}?{request.POST.get('query', '')}")
    messages.success(request, _("The report is frozen (%(who)s, %(when)s).") % {
        "who": snap.frozen_by.full_name or snap.frozen_by.username,
        "when": timezone.localtime(snap.frozen_at).strftime("%Y-%m-%d %H:%M")})
    return redirect(f"{target}?{request.POST.get('query', '')}")


@login_required
def volumes(request: HttpRequest) -> HttpResponse:
    _guard(request)
    year, quarter = _last_closed_quarter()
    try:
        year = int(request.GET.get("year", year))
        quarter = int(request.GET.get("quarter", quarter))
    except ValueError:
        pass
    form = forms.VolumeForm(request.POST or None, institutions=_institutions(request.user),
                            initial={"year": year, "quarter": quarter})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.save_volume(services.VolumeIn(
                institution=d["institution"], year=d["year"], quarter=d["quarter"], premium=d["premium"],
                premium_basis=d["premium_basis"].code if d["premium_basis"] else "", policies=d["policies"],
                policies_basis=d["policies_basis"].code if d["policies_basis"] else ""), by=request.user)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Saved."))
            return redirect(f"{reverse('reports:volumes')}?year={d['year']}&quarter={d['quarter']}")
    return render(request, "reports/volumes.html", {
        "form": form, "import_form": forms.ImportForm(), "year": year, "quarter": quarter,
        "may_edit": services.is_editor(request.user),
        "rows": selectors.volumes(user=request.user, year=year, quarter=quarter),
        "columns": services.VOLUME_COLUMNS, "bases": forms.Basis.objects.all(),
        "recent": imports.recent(request.user, services.IMPORT_JOB_KIND)})


@login_required
@require_POST
def volumes_import(request: HttpRequest) -> HttpResponse:
    """导入保费与保单件数: the upload is queued as background work; its page follows the import (security.imports)."""
    _guard(request)
    form = forms.ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose an .xlsx file."))
        return redirect("reports:volumes")
    try:
        services.require_editor(request.user)
        job = imports.start(services.IMPORT_JOB_KIND, form.cleaned_data["file"], by=request.user)
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return redirect("reports:volumes")
    return redirect(imports.job_url(job))


@login_required
def medians(request: HttpRequest) -> HttpResponse:
    _guard(request)
    form = forms.MedianForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_median(by=request.user, **form.cleaned_data)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Saved."))
            return redirect("reports:medians")
    return render(request, "reports/medians.html", {"form": form, "rows": selectors.medians()[:40]})


@login_required
def alert_list(request: HttpRequest) -> HttpResponse:
    _guard(request)
    rows = [(a, selectors.cause_label(a.cause)) for a in selectors.alerts(user=request.user)[:100]]
    return render(request, "reports/alerts.html", {"rows": rows})


@login_required
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _guard(request)
    alert = selectors.alert_get(user=request.user, pk=pk)
    if alert is None:
        raise Http404
    slice_ = statistics.Slice(alert.week_start, min(alert.week_start + figures.timedelta(days=6),
                                                    statistics.beijing_date(alert.detected_at)),
                              institution=alert.institution.code, own="1", cause=alert.cause)
    return render(request, "reports/alert.html", {
        "alert": alert, "cause": selectors.cause_label(alert.cause), "cases_url": slice_.url(),
        "p_value": f"{alert.p_value:.2e}",
        "can_acknowledge": request.user.has_role("officer") and not request.user.is_read_only})


@login_required
@require_POST
def alert_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.acknowledge_alert(by=request.user, alert_id=pk)
    except DomainError as exc:
        messages.error(request, str(exc.message))
    return redirect("reports:alert", pk=pk)
