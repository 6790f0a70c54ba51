"""Scoped reads of the privacy records: the access log and blocked exports (auditors and officers only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.core.errors import PermissionDenied
from xiaobao.org.models import User
from xiaobao.privacy import policy
from xiaobao.privacy.models import BlockedExport, PersonalDataAccess


@dataclass
class AccessLogFilters:
    user: str | None = None  # username, exact
    date_from: date | None = None  # Beijing dates, inclusive
    date_to: date | None = None
    complaint_number: str | None = None
    field: str | None = None
    kind: str | None = None


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def access_log(*, user: User, filters: AccessLogFilters | None = None) -> QuerySet[PersonalDataAccess]:
    """个人信息访问日志, newest first. PermissionDenied for anyone but auditors and officers."""
    if not policy.can_read_access_log(user):
        raise PermissionDenied(_("Only auditors and consumer-protection officers may read the access log."))
    f = filters or AccessLogFilters()
    qs = PersonalDataAccess.objects.all()
    if f.user:
        qs = qs.filter(username=f.user.strip())
    if f.date_from:
        qs = qs.filter(at__gte=_start_of(f.date_from))
    if f.date_to:
        qs = qs.filter(at__lt=_start_of(f.date_to + timedelta(days=1)))
    if f.complaint_number:
        qs = qs.filter(complaint_number=f.complaint_number.strip().upper())
    if f.field:
        qs = qs.filter(field=f.field)
    if f.kind:
        qs = qs.filter(kind=f.kind)
    return qs.order_by("-at", "-id")


def blocked_exports(*, user: User) -> QuerySet[BlockedExport]:
    """外发拦截记录, newest first. PermissionDenied for anyone but auditors and officers."""
    if not policy.can_read_blocked_exports(user):
        raise PermissionDenied(_("Only auditors and consumer-protection officers may see blocked exports."))
    return BlockedExport.objects.order_by("-at", "-id")
