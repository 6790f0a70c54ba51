"""Reads of the special-group services, always scoped to the acting user (服务台账, outlets, the numbers)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Max, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.assistance.codes import Group, Measure
from xiaobao.assistance.models import FacilityCheck, FacilityPhoto, Service
from xiaobao.core.errors import NotFound
from xiaobao.core.filters import where_given
from xiaobao.core.registry import MeasureValue, Period, QueueItem, computes_from_batch
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import all_ids, in_subtree_q, scope_for, split_by_subtree, subtree_ids, subtrees

BEIJING = ZoneInfo("Asia/Shanghai")
QUEUE_ROLES = (Role.OFFICER, Role.HEAD)
PERSONAL = ("customer_id_number", "need", "note")  # shown masked: the stored masked copies, or not at all


def today() -> date:
    return timezone.now().astimezone(BEIJING).date()


def services_visible_to(user: User) -> QuerySet[Service]:
    """Services of the user's scope (officers and auditors: all); personal fields deferred."""
    return (Service.objects.filter(scope_for(user).filter_q()).select_related("institution", "complaint")
            .defer(*PERSONAL))


def service_get(*, user: User, pk: int, for_update: bool = False) -> Service:
    qs = Service.objects.filter(scope_for(user).filter_q()).select_related("institution", "complaint")
    if for_update:
        qs = qs.select_for_update(of=("self",))
    service = qs.filter(pk=pk).first()
    if service is None:
        raise NotFound(_("No such service record."))
    return service


@dataclass(frozen=True)
class LedgerFilter:
    group: str = ""
    language: str = ""
    channel: str = ""
    measure: str = ""
    outcome: str = ""
    institution: str = ""  # institution code: its subtree
    served_from: date | None = None
    served_to: date | None = None
    complaint: int | None = None
    q: str = ""  # words of the masked need


def _group_q(group: str) -> Q:
    return {Group.ELDERLY: Q(is_elderly=True), Group.DISABILITY: Q(has_disability=True),
            Group.MINORITY_LANGUAGE: ~Q(language="")}.get(group, Q())


def ledger(user: User, f: LedgerFilter) -> QuerySet[Service]:
    """服务台账 with the filters of the page, the API and the export."""
    qs = services_visible_to(user).filter(where_given(
        language=f.language, channel=f.channel, outcome=f.outcome, served_on__gte=f.served_from,
        served_on__lte=f.served_to, complaint_id=f.complaint, need_masked__icontains=f.q))
    if f.group:
        qs = qs.filter(_group_q(f.group))
    if f.institution:
        qs = qs.filter(in_subtree_q(f.institution))
    if f.measure:  # a JSON list: filtered in Python (portable across SQLite and PostgreSQL), kept a queryset
        ids = [pk for pk, measures in qs.values_list("pk", "measures") if f.measure in (measures or [])]
        qs = qs.filter(pk__in=ids)
    return qs


def services_of_complaint(user: User, complaint: Any) -> QuerySet[Service]:
    return services_visible_to(user).filter(complaint=complaint)


def linkable_services(user: User, complaint: Any, *, limit: int = 50) -> list[Service]:
    """Services of the complaint's institution subtree not linked to any complaint, most recent first."""
    ids = subtree_ids(complaint.institution.path)
    return list(services_visible_to(user).filter(complaint__isnull=True, institution_id__in=ids)[:limit])


# ---- outlets and their facilities ------------------------------------------------------------------------

@dataclass(frozen=True)
class OutletStatus:
    outlet: Institution
    last_checked_on: date | None
    due_on: date | None  # None: never checked (due now)
    overdue: bool
    last_check: FacilityCheck | None = None


def outlets_visible_to(user: User) -> QuerySet[Institution]:
    scope = scope_for(user)
    qs = Institution.objects.filter(is_active=True, level=Institution.Level.OUTLET)
    if scope.everything:
        return qs
    if scope.path is None:
        return qs.none()
    return qs.filter(path__startswith=scope.path)


def outlet_statuses(user: User, *, on: date | None = None, overdue_only: bool = False) -> list[OutletStatus]:
    """Every outlet in scope with its last check and when the next is due (interval in settings)."""
    day = on or today()
    interval = timedelta(days=settings.ASSISTANCE_CHECK_INTERVAL_DAYS)
    outlets = list(outlets_visible_to(user).annotate(last=Max("facility_checks__checked_on")).order_by("path"))
    latest = {c.institution_id: c for c in FacilityCheck.objects.filter(
        institution__in=[o.pk for o in outlets]).order_by("institution_id", "checked_on", "id")}
    rows = []
    for outlet in outlets:
        due = outlet.last + interval if outlet.last else None
        overdue = due is None or due < day
        if overdue_only and not overdue:
            continue
        rows.append(OutletStatus(outlet, outlet.last, due, overdue, latest.get(outlet.pk)))
    return rows


def outlet_get(*, user: User, pk: int) -> Institution:
    outlet = outlets_visible_to(user).filter(pk=pk).first()
    if outlet is None:
        raise NotFound(_("No such outlet."))
    return outlet


def checks_of(outlet: Institution) -> QuerySet[FacilityCheck]:
    return outlet.facility_checks.select_related("checked_by").prefetch_related("photos")


def photo_get(*, user: User, pk: int) -> FacilityPhoto:
    photo = FacilityPhoto.objects.filter(pk=pk, facility_check__institution__in=outlets_visible_to(user)).first()
    if photo is None:
        raise NotFound(_("No such photo."))
    return photo


def queue_items(user: User, limit: int) -> list[QueueItem]:
    """Outlets overdue for a facilities check, for officers and institution heads."""
    if not user.has_role(*QUEUE_ROLES):
        return []
    items = []
    for row in outlet_statuses(user, overdue_only=True)[:limit]:
        due_at = datetime.combine(row.due_on, time.min, tzinfo=BEIJING) if row.due_on else None
        items.append(QueueItem(
            module="assistance", title=_("Facilities check: %(outlet)s") % {"outlet": row.outlet.name},
            url=reverse("assistance:outlet", args=[row.outlet.pk]), status_label=_("Check due"), due_at=due_at,
            sla="overdue", sla_label=_("Overdue"),
            detail=(_("Last checked %(day)s") % {"day": f"{row.last_checked_on:%Y-%m-%d}"}
                    if row.last_checked_on else _("Never checked")),
            due_label=f"{row.due_on:%Y-%m-%d}" if row.due_on else ""))
    return items


def queue_count(user: User) -> int:
    return len(outlet_statuses(user, overdue_only=True)) if user.has_role(*QUEUE_ROLES) else 0


# ---- the numbers (measures other modules read through the registry) ----------------------------------------

@dataclass(frozen=True)
class Numbers:
    services: int
    elderly: int
    disability: int
    minority_language: int
    by_language: dict[str, int]
    by_measure: dict[str, int]
    by_channel: dict[str, int]
    outlets: int
    outlets_checked: int

    @property
    def outlets_checked_rate(self) -> Decimal | None:
        if not self.outlets:
            return None
        return (Decimal(self.outlets_checked) * 100 / self.outlets).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def numbers(institution: Institution, period: Period) -> Numbers:
    """Counts of an institution's subtree over a Beijing-date period (services by their service date)."""
    return numbers_many([institution], period)[institution.pk]


def numbers_many(institutions: Sequence[Institution], period: Period) -> dict[int, Numbers]:
    """`numbers` of many institutions' subtrees, from one read of the services and one of the outlets."""
    trees = subtrees(institutions)
    ids = all_ids(trees)
    services = split_by_subtree(trees, (
        (row[0], row[1:]) for row in Service.objects.filter(
            institution_id__in=ids, served_on__gte=period.start, served_on__lte=period.end)
        .values_list("institution_id", "is_elderly", "has_disability", "language", "channel", "measures")))
    outlets = Institution.objects.filter(pk__in=ids, is_active=True, level=Institution.Level.OUTLET)
    active = split_by_subtree(trees, ((pk, pk) for pk in outlets.values_list("pk", flat=True)))
    checked = split_by_subtree(trees, ((pk, pk) for pk in outlets.filter(
        facility_checks__checked_on__gte=period.start, facility_checks__checked_on__lte=period.end)
        .values_list("pk", flat=True).distinct()))
    return {pk: _numbers_of(services[pk], len(active[pk]), len(checked[pk])) for pk in trees}


def _numbers_of(rows: list[tuple[Any, ...]], outlets: int, outlets_checked: int) -> Numbers:
    by_language: dict[str, int] = {}
    by_measure: dict[str, int] = dict.fromkeys(Measure.values, 0)
    by_channel: dict[str, int] = {}
    for _elderly, _disability, language, channel, measures in rows:
        if language:
            by_language[language] = by_language.get(language, 0) + 1
        by_channel[channel] = by_channel.get(channel, 0) + 1
        for code in measures or []:
            by_measure[code] = by_measure.get(code, 0) + 1
    return Numbers(services=len(rows), elderly=sum(1 for r in rows if r[0]), disability=sum(1 for r in rows if r[1]),
                   minority_language=sum(1 for r in rows if r[2]), by_language=by_language, by_measure=by_measure,
                   by_channel=by_channel, outlets=outlets, outlets_checked=outlets_checked)


def ledger_url(institution: Institution, period: Period, **extra: str) -> str:
    params = {"institution": institution.code, "served_from": period.start.isoformat(),
              "served_to": period.end.isoformat(), **extra}
    return f"{reverse('assistance:list')}?{urlencode(params)}"


def _count(attribute: str, group: str = "") -> tuple[Any, Any]:
    extra = {"group": group} if group else {}

    def value(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
        return MeasureValue(getattr(n, attribute), evidence_url=ledger_url(institution, period, **extra))
    return computes_from_batch(numbers_many, value)


def _outlets_checked_rate(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.outlets_checked_rate, evidence_url=reverse("assistance:outlets"),
                        numerator=n.outlets_checked, denominator=n.outlets,
                        detail=_("outlets with a facilities check in the period ÷ active outlets"))




measure_service_count = _count("services")
measure_elderly_count = _count("elderly", Group.ELDERLY)
measure_disability_count = _count("disability", Group.DISABILITY)
measure_minority_language_count = _count("minority_language", Group.MINORITY_LANGUAGE)
measure_outlets_checked_rate = computes_from_batch(numbers_many, _outlets_checked_rate)
