"""Reads of the traceability module, always scoped to the acting user (销售记录台账, evidence, integrity)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.core.errors import NotFound
from xiaobao.org.models import User
from xiaobao.org.scope import in_subtree_q, scope_for
from xiaobao.privacy import crypto
from xiaobao.traceability import policy
from xiaobao.traceability.codes import RECORDING_REQUIRED_CHANNELS, Integrity, Kind
from xiaobao.traceability.models import EvidenceItem, SaleRecord

BEIJING = ZoneInfo("Asia/Shanghai")


def today() -> date:
    return timezone.now().astimezone(BEIJING).date()


def sales_visible_to(user: User) -> QuerySet[SaleRecord]:
    """Sale records in the user's data scope (none without a traceability role)."""
    if not policy.can_read(user):
        return SaleRecord.objects.none()
    return SaleRecord.objects.filter(scope_for(user).filter_q()).select_related("institution")


def items_visible_to(user: User) -> QuerySet[EvidenceItem]:
    """Evidence items (not purged) of the sales in the user's data scope, superseded ones included."""
    if not policy.can_read(user):
        return EvidenceItem.objects.none()
    return (EvidenceItem.objects.filter(scope_for(user).filter_q("sale__institution"), purged_at__isnull=True)
            .select_related("sale", "sale__institution"))


def sale_get(*, user: User, pk: int) -> SaleRecord:
    sale = sales_visible_to(user).filter(pk=pk).first()
    if sale is None:
        raise NotFound(_("No such sale record."))
    return sale


def item_get(*, user: User, pk: int) -> EvidenceItem:
    item = items_visible_to(user).filter(pk=pk).first()
    if item is None:
        raise NotFound(_("No such evidence item."))
    return item


def items_of(sale: SaleRecord) -> list[EvidenceItem]:
    """The items of a sale the caller already fetched in scope: current first, then superseded."""
    items = list(sale.items.filter(purged_at__isnull=True).order_by("kind", "-created_at", "-id"))
    return sorted(items, key=lambda item: (not item.is_current, item.kind))


def has_recording_q() -> Exists:
    return Exists(EvidenceItem.objects.filter(sale=OuterRef("pk"), kind=Kind.RECORDING, purged_at__isnull=True))


def lacks_required_recording(sale: SaleRecord) -> bool:
    """A sale through a channel that requires a recording (codes.RECORDING_REQUIRED_CHANNELS) without one."""
    return sale.channel in RECORDING_REQUIRED_CHANNELS and not sale.items.filter(
        kind=Kind.RECORDING, purged_at__isnull=True).exists()


@dataclass(frozen=True)
class SaleFilter:
    channel: str = ""
    product_line: str = ""
    institution: str = ""  # institution code: its subtree
    agent: str = ""  # staff number
    sold_from: date | None = None
    sold_to: date | None = None
    missing_recording: bool = False
    q: str = ""  # policy number, or the policyholder's exact phone / ID number


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def names_a_person(text: str) -> bool:
    """Whether a search text looks like a phone or ID number (personal data: kept out of URLs)."""
    compact = text.strip().replace(" ", "").replace("-", "").lstrip("+")
    digits = "".join(ch for ch in compact if ch.isdigit() or ch in "xX")
    return len(digits) == len(compact) and (7 <= len(digits) <= 15 or len(digits) == 18)


def search_q(text: str) -> Q:
    """Policy number, or the policyholder's exact phone or ID number (through the blind indexes)."""
    text = text.strip()
    terms = Q(policy_number=text)
    digits = "".join(ch for ch in text if ch.isdigit() or ch in "xX")
    if 7 <= len(digits) <= 15 and names_a_person(text):
        terms |= Q(phone_index=crypto.blind_index(text, "phone"))
    if len(digits) == 18:
        terms |= Q(id_number_index=crypto.blind_index(text, "id"))
    return terms


def sale_list(user: User, f: SaleFilter) -> QuerySet[SaleRecord]:
    """销售记录台账 with the filters of the list page and the API."""
    qs = sales_visible_to(user)
    if f.channel:
        qs = qs.filter(channel=f.channel)
    if f.product_line:
        qs = qs.filter(product_line=f.product_line)
    if f.institution:
        qs = qs.filter(in_subtree_q(f.institution))
    if f.agent:
        qs = qs.filter(agent_number=f.agent.strip())
    if f.sold_from:
        qs = qs.filter(sold_at__gte=_day_start(f.sold_from))
    if f.sold_to:
        qs = qs.filter(sold_at__lt=_day_start(f.sold_to) + timedelta(days=1))
    if f.missing_recording:
        qs = qs.filter(channel__in=RECORDING_REQUIRED_CHANNELS).exclude(has_recording_q())
    if f.q.strip():
        qs = qs.filter(search_q(f.q))
    return qs.order_by("-sold_at", "-id")


def sales_for_policy(user: User, policy_number: str) -> QuerySet[SaleRecord]:
    """The sale records of a policy number the user may see (the complaint page's panel)."""
    if not policy_number.strip():
        return SaleRecord.objects.none()
    return sales_visible_to(user).filter(policy_number=policy_number.strip())


def integrity_problems(user: User) -> QuerySet[EvidenceItem]:
    """Items whose last check found the file changed or missing (完整性异常), for the integrity page."""
    if not policy.can_read_integrity(user):
        return EvidenceItem.objects.none()
    return items_visible_to(user).filter(integrity__in=[Integrity.CHANGED, Integrity.MISSING]).order_by(
        "-checked_at", "-id")


def integrity_summary(user: User) -> dict[str, int]:
    """Items by integrity state in the user's scope (current and superseded, not purged)."""
    from django.db.models import Count

    rows = items_visible_to(user).order_by().values("integrity").annotate(n=Count("id"))
    counts = dict.fromkeys(Integrity.values, 0)
    counts.update({row["integrity"]: row["n"] for row in rows})
    return counts
