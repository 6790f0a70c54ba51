"""Reads of the partners module, always scoped to the acting user: the registry, the blacklist, queues, numbers.

A partner is visible to a user when it serves an institution in the user's scope (officers and auditors: all).
The blacklist warnings on other apps' forms (`blacklisted_matching`) look at every partner: a blacklisting
holds for the whole organisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.core.errors import NotFound
from xiaobao.core.registry import Notice, QueueItem
from xiaobao.org.models import User
from xiaobao.org.scope import in_subtree_q, scope_for, scoped_get
from xiaobao.partners import credit_code
from xiaobao.partners.codes import IN_FORCE, ListingStatus, Status
from xiaobao.partners.models import Agreement, Contact, Listing, Partner, Violation
from xiaobao.partners.transitions import APPROVERS, MANAGERS

BEIJING = ZoneInfo("Asia/Shanghai")
EXPIRY_WARNING_DAYS = 60  # licences and agreements expiring within this many days are on the work queue


def today() -> date:
    return timezone.now().astimezone(BEIJING).date()


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def in_force(on: date | None = None) -> Q:
    """Listings that blacklist their partner on the day `on` (today)."""
    day = on or today()
    return Q(status__in=IN_FORCE, starts_on__lte=day) & (Q(ends_on__isnull=True) | Q(ends_on__gte=day))


def _with_flag(qs: QuerySet[Partner], on: date | None = None) -> QuerySet[Partner]:
    return qs.annotate(is_blacklisted=Exists(Listing.objects.filter(in_force(on), partner=OuterRef("pk"))))


def partners_visible_to(user: User) -> QuerySet[Partner]:
    """Partners whose managing institution (the lowest one above every institution using it) is in scope."""
    return _with_flag(Partner.objects.filter(scope_for(user).filter_q()))


def partner_get(*, user: User, pk: int, for_update: bool = False) -> Partner:
    return scoped_get(partners_visible_to(user), pk, for_update=for_update, missing=_("No such partner."))


def listing_get(*, user: User, pk: int, for_update: bool = False) -> Listing:
    return scoped_get(Listing.objects.filter(partner__in=partners_visible_to(user).values("pk")), pk,
                      for_update=for_update, missing=_("No such blacklisting."), related=("partner",))


def agreement_get(*, user: User, pk: int) -> Agreement:
    agreement = Agreement.objects.filter(pk=pk, partner__in=partners_visible_to(user).values("pk")).first()
    if agreement is None:
        raise NotFound(_("No such agreement."))
    return agreement


def contact_get(*, user: User, pk: int) -> Contact:
    return scoped_get(Contact.objects.filter(partner__in=partners_visible_to(user).values("pk")), pk,
                      for_update=False, missing=_("No such contact."), related=("partner",))


def violation_get(*, user: User, pk: int, for_update: bool = False) -> Violation:
    return scoped_get(Violation.objects.filter(partner__in=partners_visible_to(user).values("pk")), pk,
                      for_update=for_update, missing=_("No such violation."))


@dataclass(frozen=True)
class RegistryFilter:
    q: str = ""  # credit code, name or former name, licence number
    kind: str = ""
    status: str = ""
    institution: str = ""  # institution code: partners serving its subtree
    blacklisted: bool = False
    licence_expiring: bool = False


def search_q(text: str) -> Q:
    """Search by credit code (exact, any case), name or former name (part), licence number (part)."""
    text = text.strip()
    code = credit_code.normalise(text)
    return (Q(credit_code=code) | Q(name__icontains=text) | Q(former_names__name__icontains=text)
            | Q(licence_number__icontains=text))


def registry(user: User, f: RegistryFilter) -> QuerySet[Partner]:
    """合作机构台账 with the filters of the list page, API and export."""
    qs = partners_visible_to(user)
    if f.q:
        qs = qs.filter(pk__in=Partner.objects.filter(search_q(f.q)).values("pk"))
    if f.kind:
        qs = qs.filter(kind=f.kind)
    if f.status:
        qs = qs.filter(status=f.status)
    if f.institution:
        qs = qs.filter(pk__in=Partner.institutions.through.objects.filter(in_subtree_q(f.institution))
                       .values("partner_id"))
    if f.blacklisted:
        qs = qs.filter(is_blacklisted=True)
    if f.licence_expiring:
        qs = qs.filter(licence_expires_on__lte=today() + timedelta(days=EXPIRY_WARNING_DAYS))
    return qs.order_by("name", "id")


def listing_in_force(partner: Partner, on: date | None = None) -> Listing | None:
    return partner.listings.filter(in_force(on)).order_by("starts_on", "id").first()


def matching(*, ids: list[int] = (), codes: list[str] = (), names: list[str] = ()) -> QuerySet[Partner]:  # type: ignore[assignment]
    """Partners named by id, credit code or (current or former) exact name, in the whole organisation."""
    wanted = Q(pk__in=[i for i in ids if i]) | Q(credit_code__in=[credit_code.normalise(c) for c in codes if c])
    clean = [n.strip() for n in names if n and n.strip()]
    if clean:
        wanted |= Q(name__in=clean) | Q(former_names__name__in=clean)
    return Partner.objects.filter(wanted).distinct()


def blacklist_notices(partners: QuerySet[Partner]) -> list[Notice]:
    out = []
    for partner in partners:
        listing = listing_in_force(partner)
        if listing is None:
            continue
        until = (_("until %(day)s") % {"day": f"{listing.ends_on:%Y-%m-%d}"}) if listing.ends_on else _("no end date")
        out.append(Notice(_("The partner “%(name)s” (%(code)s) is blacklisted since %(start)s, %(until)s: "
                            "%(reason)s") % {"name": partner.name, "code": partner.credit_code,
                                            "start": f"{listing.starts_on:%Y-%m-%d}", "until": until,
                                            "reason": listing.reason_masked[:200]},
                          url=reverse("partners:detail", args=[partner.pk]), level="danger"))
    return out


# ---- the work queue and notices ----------------------------------------------------------------------------

def _managed(user: User) -> QuerySet[Partner]:
    if user.is_read_only or not user.has_role(*MANAGERS):
        return Partner.objects.none()
    return partners_visible_to(user)


def expiring(user: User, *, on: date | None = None) -> list[tuple[Partner, str, date]]:
    """(partner, what, expiry day) of admitted partners whose licence or agreement expires within 60 days or has
    expired, for the users who keep the registry."""
    day = on or today()
    horizon = day + timedelta(days=EXPIRY_WARNING_DAYS)
    live = _managed(user).filter(status__in=(Status.ADMITTED, Status.EXIT))
    out: list[tuple[Partner, str, date]] = [
        (p, str(_("Licence")), p.licence_expires_on) for p in live.filter(licence_expires_on__lte=horizon)]
    latest = {a.partner_id: a for a in Agreement.objects.filter(partner__in=live.values("pk")).order_by("signed_on", "id")}
    by_id = {p.pk: p for p in live.filter(pk__in=list(latest))}
    out += [(by_id[pid], str(_("Cooperation agreement")), a.expires_on) for pid, a in latest.items()
            if a.expires_on is not None and a.expires_on <= horizon and pid in by_id]
    return sorted(out, key=lambda item: item[2])


def pending_steps(user: User) -> list[tuple[Any, str]]:
    """(partner or listing, what waits) for an approver, leaving out the steps the user asked for."""
    if user.is_read_only or not user.has_role(*APPROVERS):
        return []
    visible = partners_visible_to(user)
    out: list[tuple[Any, str]] = [
        (p, str(_("Admission to approve") if p.status == Status.ADMISSION else _("Exit to approve")))
        for p in visible.filter(status__in=(Status.ADMISSION, Status.EXIT)).exclude(pending_by=user)]
    listings = Listing.objects.filter(partner__in=visible.values("pk"), status__in=(
        ListingStatus.REQUESTED, ListingStatus.LIFT_REQUESTED)).select_related("partner")
    for listing in listings:
        lifting = listing.status == ListingStatus.LIFT_REQUESTED
        if (listing.lift_requested_by_id if lifting else listing.requested_by_id) != user.pk:
            out.append((listing, str(_("Lifting to approve") if lifting else _("Blacklisting to approve"))))
    return out


def queue_items(user: User, limit: int) -> list[QueueItem]:
    day = today()
    items = []
    for partner, what, expires in expiring(user, on=day)[:limit]:
        late = expires < day
        items.append(QueueItem(
            module="partners", title=f"{partner.name} · {what}", url=reverse("partners:detail", args=[partner.pk]),
            status_label=_("Expired") if late else _("Expiring"), due_at=day_start(expires) + timedelta(days=1),
            sla="overdue" if late else "due_soon", sla_label=_("Expired") if late else _("Expiring"),
            detail=partner.credit_code, due_label=f"{expires:%Y-%m-%d}（含）"))
    for subject, label in pending_steps(user)[:max(0, limit - len(items))]:
        partner = subject if isinstance(subject, Partner) else subject.partner
        items.append(QueueItem(module="partners", title=f"{partner.name} · {label}",
                               url=reverse("partners:detail", args=[partner.pk]), status_label=label, due_at=None,
                               sla="", detail=partner.credit_code))
    return items[:limit]


def queue_count(user: User) -> int:
    return len(expiring(user)) + len(pending_steps(user))


def expiry_notices(user: User) -> list[Notice]:
    n = len(expiring(user))
    if not n:
        return []
    return [Notice(_("%(n)s partner licences or agreements expire within %(days)s days or have expired.")
                   % {"n": n, "days": EXPIRY_WARNING_DAYS}, url=f"{reverse('partners:list')}?licence_expiring=1")]
