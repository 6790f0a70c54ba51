"""Writes of the reports app: business volumes and their import, industry medians, frozen reports, spike alerts.
Each in one transaction with its audit event."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints import statistics
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.core.registry import Period
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for
from xiaobao.reports import figures, rollup, spikes
from xiaobao.reports.models import Basis, BusinessVolume, IndustryMedian, Snapshot, SpikeAlert, SpikeRule
from xiaobao.security import imports, spreadsheets

MAX_PREMIUM = Decimal("99999999999999.99")
MAX_POLICIES = 10**12
EDITORS = (Role.OFFICER,)


def is_editor(user: User) -> bool:
    return not user.is_read_only and user.has_role(*EDITORS)


def require_editor(by: User) -> None:
    if not is_editor(by):
        raise PermissionDenied(_("Only the consumer-protection officer may change report data."))


def institution_in_scope(code: str, *, user: User) -> Institution:
    inst = Institution.objects.filter(code=code).first()
    if inst is None or not scope_for(user).contains(inst):
        raise NotFound(_("Institution “%(code)s” was not found.") % {"code": code}, field="institution")
    return inst


def _quarter(year: int, quarter: int) -> None:
    if not 2000 <= year <= 2100:
        raise InvalidInput(_("The year must be between 2000 and 2100."), field="year")
    if quarter not in (1, 2, 3, 4):
        raise InvalidInput(_("The quarter must be 1 to 4."), field="quarter")


def _basis(code: str | None, kind: str, field_name: str) -> Basis | None:
    if not code:
        return None
    # The code (API, older sheets) or the definition's Chinese name (what the import page lists).
    basis = Basis.objects.filter(Q(code=code) | Q(label=code), kind=kind).first()
    if basis is None:
        raise InvalidInput(_("Unknown definition “%(code)s”.") % {"code": code}, field=field_name)
    return basis


@dataclass
class VolumeIn:
    institution: str
    year: int
    quarter: int
    premium: Decimal | None = None
    premium_basis: str = ""
    policies: int | None = None
    policies_basis: str = ""


def _check_volume(data: VolumeIn, *, by: User) -> tuple[Institution, Basis | None, Basis | None]:
    inst = institution_in_scope(data.institution, user=by)
    _quarter(data.year, data.quarter)
    if data.premium is None and data.policies is None:
        raise InvalidInput(_("Enter the premium, the policy count or both."), field="premium")
    if data.premium is not None and not Decimal(0) < data.premium <= MAX_PREMIUM:
        raise InvalidInput(_("The premium must be a positive amount in yuan."), field="premium")
    if data.policies is not None and not 0 < data.policies <= MAX_POLICIES:
        raise InvalidInput(_("The policy count must be a positive whole number."), field="policies")
    premium_basis = _basis(data.premium_basis, Basis.Kind.PREMIUM, "premium_basis")
    policies_basis = _basis(data.policies_basis, Basis.Kind.POLICIES, "policies_basis")
    if data.premium is not None and premium_basis is None:
        raise InvalidInput(_("Say which premium definition the figure follows."), field="premium_basis")
    if data.policies is not None and policies_basis is None:
        raise InvalidInput(_("Say which policy-count definition the figure follows."), field="policies_basis")
    return inst, premium_basis, policies_basis


def _write_volume(data: VolumeIn, *, by: User, version: int | None, source: str) -> BusinessVolume:
    inst, premium_basis, policies_basis = _check_volume(data, by=by)
    row = (BusinessVolume.objects.select_for_update()
           .filter(institution=inst, year=data.year, quarter=data.quarter).first())
    before = None
    if row is None:
        row = BusinessVolume(institution=inst, year=data.year, quarter=data.quarter, entered_by=by)
    else:
        if version is not None and version != row.version:
            raise Conflict(_("Someone changed these figures meanwhile; reload and enter them again."),
                           field="version", current=row.version)
        before = {"premium": str(row.premium), "policies": row.policies}
        row.version += 1
    row.premium, row.premium_basis = data.premium, premium_basis
    row.policies, row.policies_basis = data.policies, policies_basis
    row.source, row.entered_by, row.entered_at = source, by, timezone.now()
    row.full_clean(exclude=["entered_by", "institution", "premium_basis", "policies_basis"])
    row.save()
    audit.record(action="reports.volume_save", obj=row, actor=by, before=before,
                 after={"institution": inst.code, "year": data.year, "quarter": data.quarter,
                        "premium": str(data.premium), "premium_basis": data.premium_basis,
                        "policies": data.policies, "policies_basis": data.policies_basis, "source": source})
    return row


@transaction.atomic
def save_volume(data: VolumeIn, *, by: User, version: int | None = None) -> BusinessVolume:
    """录入保费与保单件数 of one institution and quarter (a new entry, or a change of the current one)."""
    require_editor(by)
    return _write_volume(data, by=by, version=version, source=BusinessVolume.Source.ENTERED)


VOLUME_COLUMNS = ("机构代码", "年度", "季度", "保费收入（元）", "保费口径代码", "保单件数", "保单口径代码")
VOLUME_FIELDS = ("institution", "year", "quarter", "premium", "premium_basis", "policies", "policies_basis")
MAX_IMPORT_ROWS = 2000
IMPORT_JOB_KIND = "reports.volumes_import"


@dataclass
class ImportResult:
    saved: int = 0
    rows: int = 0  # data rows read
    errors: list[tuple[int, str, str]] = field(default_factory=list)  # (row, field, message)


def _cell_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise InvalidInput(_("“%(value)s” is not a number.") % {"value": str(value)[:20]}) from None


def _cell_int(value: Any, name: str) -> int | None:
    number = _cell_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise InvalidInput(_("“%(value)s” is not a whole number.") % {"value": str(value)[:20]}, field=name)
    return int(number)


def _volume_rows(source: IO[bytes], result: ImportResult, *, by: User) -> list[VolumeIn]:
    rows: list[VolumeIn] = []
    with spreadsheets.open_xlsx(source) as workbook:
        for number, values in enumerate(spreadsheets.iter_rows(workbook.worksheets[0]), start=1):
            if number == 1:
                continue  # the header row
            if number - 1 > MAX_IMPORT_ROWS:
                raise InvalidInput(_("At most %(n)s rows per file.") % {"n": MAX_IMPORT_ROWS}, field="file")
            cells = [*list(values[:7]), *([None] * (7 - len(values[:7])))]
            if all(c in (None, "") for c in cells):
                continue
            try:
                data = VolumeIn(institution=str(cells[0] or "").strip(), year=_cell_int(cells[1], "year") or 0,
                                quarter=_cell_int(cells[2], "quarter") or 0, premium=_cell_decimal(cells[3]),
                                premium_basis=str(cells[4] or "").strip(), policies=_cell_int(cells[5], "policies"),
                                policies_basis=str(cells[6] or "").strip())
                _check_volume(data, by=by)
            except (InvalidInput, NotFound) as exc:
                result.errors.append((number, exc.field or "", str(exc.message)))
                continue
            rows.append(data)
    return rows


def import_volumes(source: IO[bytes], *, by: User, progress: imports.Progress | None = None) -> ImportResult:
    """导入保费与保单件数 from an .xlsx with the columns of `VOLUME_COLUMNS`: every row or none. The file passes
    the shared import guard (`xiaobao.security.spreadsheets`) first. A row replaces the quarter's figures of its
    institution, so importing the same file again changes nothing."""
    require_editor(by)
    result = ImportResult()
    try:
        rows = _volume_rows(source, result, by=by)
    except spreadsheets.SpreadsheetRefused as exc:
        raise InvalidInput(str(exc), field="file") from None
    result.rows = len(rows) + len({row for row, _f, _m in result.errors})
    if result.errors:
        return result
    with transaction.atomic():
        for done, data in enumerate(rows, start=1):
            _write_volume(data, by=by, version=None, source=BusinessVolume.Source.IMPORTED)
            if progress is not None:
                progress(imports.PHASE_IMPORT, done, len(rows))
    result.saved = len(rows)
    return result


def import_volumes_job(source: IO[bytes], *, by: User, params: dict[str, Any],
                       progress: imports.Progress) -> imports.Outcome:
    """The import as background work (`security.imports`): every row or none."""
    result = import_volumes(source, by=by, progress=progress)
    labels = dict(zip(VOLUME_FIELDS, VOLUME_COLUMNS, strict=True))
    return imports.Outcome(rows=result.rows, created=result.saved,
                           errors=[{"row": row, "column": labels.get(name, ""), "message": message}
                                   for row, name, message in result.errors], all_or_nothing=True)


@transaction.atomic
def save_median(*, by: User, year: int, quarter: int, per_100m_premium: Decimal | None,
                per_10k_policies: Decimal | None, source: str = "") -> IndustryMedian:
    """录入行业中位数 of one quarter (replaces the quarter's previous entry)."""
    require_editor(by)
    _quarter(year, quarter)
    for name, value in (("per_100m_premium", per_100m_premium), ("per_10k_policies", per_10k_policies)):
        if value is not None and not Decimal(0) <= value < Decimal(1_000_000):
            raise InvalidInput(_("Enter a non-negative ratio."), field=name)
    median, _created = IndustryMedian.objects.update_or_create(
        year=year, quarter=quarter,
        defaults={"per_100m_premium": per_100m_premium, "per_10k_policies": per_10k_policies,
                  "source": (source or "").strip()[:200], "entered_by": by, "entered_at": timezone.now()})
    audit.record(action="reports.median_save", obj=median, actor=by,
                 after={"year": year, "quarter": quarter, "per_100m_premium": str(per_100m_premium),
                        "per_10k_policies": str(per_10k_policies)})
    return median


def period_for(kind: str, year: int, number: int) -> Period:
    if kind == Snapshot.Kind.QUARTERLY:
        _quarter(year, number)
        return Period.quarter(year, number)
    if kind == Snapshot.Kind.MONTHLY:
        if not 2000 <= year <= 2100 or not 1 <= number <= 12:
            raise InvalidInput(_("Choose a month."), field="month")
        return Period.month(year, number)
    raise InvalidInput(_("Unknown report."), field="kind")


def report_data(kind: str, *, user: User, institution: Institution, year: int, number: int) -> dict[str, Any]:
    if kind == Snapshot.Kind.QUARTERLY:
        return figures.quarterly(user=user, institution=institution, year=year, quarter=number)
    return figures.monthly(user=user, institution=institution, year=year, month=number)


@transaction.atomic
def freeze(*, by: User, kind: str, institution: str, year: int, number: int, note: str = "") -> Snapshot:
    """报表定稿: store the report of a closed period as it stands now, with who froze it and when."""
    require_editor(by)
    inst = institution_in_scope(institution, user=by)
    period = period_for(kind, year, number)
    if not figures.is_closed(period):
        raise Conflict(_("Only a report of a period that has ended can be frozen."), field="period")
    if Snapshot.objects.filter(kind=kind, institution=inst, period_start=period.start).exists():
        raise Conflict(_("This report is already frozen."), field="period")
    data = report_data(kind, user=by, institution=inst, year=year, number=number)
    try:
        with transaction.atomic():
            snapshot = Snapshot.objects.create(kind=kind, institution=inst, period_start=period.start,
                                               period_end=period.end, data=data, frozen_by=by,
                                               frozen_at=timezone.now(), note=(note or "").strip()[:200])
    except IntegrityError:
        raise Conflict(_("This report is already frozen."), field="period") from None
    audit.record(action="reports.freeze", obj=snapshot, actor=by,
                 after={"kind": kind, "institution": inst.code, "period": period.label,
                        "received": data["total"]["all"]["received"]})
    return snapshot


@transaction.atomic
def acknowledge_alert(*, by: User, alert_id: int) -> SpikeAlert:
    """已阅: the officer has looked at a spike alert; it leaves the work queue."""
    require_editor(by)
    alert = SpikeAlert.objects.select_for_update().filter(pk=alert_id).first()
    if alert is None:
        raise NotFound(_("Alert not found."))
    if alert.acknowledged_at is None:
        alert.acknowledged_by, alert.acknowledged_at = by, timezone.now()
        alert.save(update_fields=["acknowledged_by", "acknowledged_at"])
        audit.record(action="reports.spike_acknowledge", obj=alert, actor=by,
                     after={"institution": alert.institution_id, "cause": alert.cause,
                            "week": alert.week_start.isoformat()})
    return alert


def default_rule() -> SpikeRule:
    rule = SpikeRule.objects.filter(is_active=True).order_by("pk").first()
    if rule is None:
        rule, _created = SpikeRule.objects.get_or_create(name="poisson-weekly")
    return rule


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekly_received(first: date, today: date) -> list[tuple[date, int, str, int]]:
    """(Monday, institution, cause, received) from Monday `first` to `today`: read from the weekly counts
    (`rollup.WEEK`, whose current week is the week to date) unless `today` is another day than today."""
    if today >= statistics.beijing_date(timezone.now()):
        weeks = [statistics.Slice(first + timedelta(weeks=k), first + timedelta(weeks=k, days=6))
                 for k in range((week_start(today) - first).days // 7 + 1)]
        rows = rollup.grouped(user=None, slices=weeks, sets=[("period", "institution_id", "cause")],
                              figures=("received",), cube=rollup.WEEK)
        if rows is not None:
            return [(weeks[r["period"]].start, r["institution_id"], r["cause"], r["received"]) for r in rows[0]]
    rows_ = statistics.daily_received(user=None, slice=statistics.Slice(first, today),
                                      group_by=("institution_id", "cause"))
    return [(week_start(r["day"]), r["institution_id"], r["cause"], r["n"]) for r in rows_]


@transaction.atomic
def detect_spikes(*, today: date | None = None, now: datetime | None = None) -> list[SpikeAlert]:
    """Test the current week (to date) and the last complete week of every institution and cause against
    the active rule; write an alert for each spike (idempotent: a rerun updates the same alerts)."""
    now = now or timezone.now()
    today = today or statistics.beijing_date(now)
    rule = default_rule()
    if not rule.is_active:
        return []
    this_week = week_start(today)
    first = this_week - timedelta(weeks=rule.baseline_weeks + 1)
    series: dict[tuple[int, str], dict[date, int]] = {}
    for monday, inst_id, cause, n in _weekly_received(first, today):
        weekly = series.setdefault((inst_id, cause), {})
        weekly[monday] = weekly.get(monday, 0) + n
    alerts = []
    for tested in (this_week - timedelta(weeks=1), this_week):
        for (inst_id, cause), weekly in series.items():
            baseline = [weekly.get(tested - timedelta(weeks=k), 0) for k in range(1, rule.baseline_weeks + 1)]
            verdict = spikes.test_week(baseline, weekly.get(tested, 0), p_threshold=float(rule.p_threshold),
                                       min_cases=rule.min_cases, min_baseline=float(rule.min_baseline))
            if not verdict.is_spike:
                continue
            code = Institution.objects.filter(pk=inst_id).values_list("code", flat=True).first() or ""
            cases = statistics.case_ids(slice=statistics.Slice(tested, min(today, tested + timedelta(days=6)),
                                                               institution=code, own="1", cause=cause))
            alert, _created = SpikeAlert.objects.update_or_create(
                institution_id=inst_id, cause=cause, week_start=tested,
                defaults={"observed": verdict.observed, "expected": Decimal(str(round(verdict.expected, 2))),
                          "p_value": verdict.p_value, "rule": rule, "case_ids": cases, "detected_at": now})
            alerts.append(alert)
    return alerts
