"""Scoped reads of complaints: every list and detail goes through the user's data scope."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from xiaobao.complaints.codes import OPEN_STATUSES, Status
from xiaobao.complaints.models import Attachment, CalendarDay, CalendarYear, Complaint
from xiaobao.core.errors import NotFound
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for, subtree_ids
from xiaobao.privacy import crypto


def complaints_visible_to(user: User) -> QuerySet[Complaint]:
    return Complaint.objects.filter(scope_for(user).filter_q("institution"))


def complaint_get(*, user: User, pk: int, for_update: bool = False) -> Complaint:
    """One case in the user's scope; NotFound (404) for a case that does not exist or is outside it."""
    qs = complaints_visible_to(user).select_related("institution", "department", "handler")
    if for_update:
        qs = qs.select_for_update(of=("self",))
    complaint = qs.filter(pk=pk).first()
    if complaint is None:
        raise NotFound("complaint not found")
    return complaint


def attachment_get(*, user: User, pk: int) -> Attachment:
    attachment = (Attachment.objects.select_related("complaint")
                  .filter(pk=pk, complaint__in=complaints_visible_to(user)).first())
    if attachment is None:
        raise NotFound("attachment not found")
    return attachment


@dataclass
class ComplaintFilters:
    status: str | None = None
    institution: str | None = None  # code: that institution and below
    channel: str | None = None
    overdue: bool | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    q: str | None = None  # case number, policy number, or the complainant's exact phone / ID number
    handler: str | None = None


SEARCH_CAP = 1000  # more cases under one identifier than this is not a search any more
_IDENTIFIER = re.compile(r"[A-Za-z0-9\-+() ]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
# List rows show the complainant's masked name and phone; the other personal fields and long texts stay unread.
LIST_DEFERRED = ("complainant_id_number", "complainant_address", "summary", "decision", "feedback",
                 "requested_outcome", "summary_masked", "decision_masked", "feedback_masked",
                 "requested_outcome_masked")


def names_a_person(text: str) -> bool:
    """Whether a search text is a phone or ID number (personal data: kept out of URLs)."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit() or ch in "xX")
    return bool(_IDENTIFIER.fullmatch(text)) and (7 <= len(digits) <= 15 or len(digits) == 18) and not any(
        ch.isalpha() and ch not in "xX" for ch in text)


def _identifier_terms(text: str) -> list[Q]:
    """Case / policy / claim / report number, exact phone or ID (blind index): one indexed column each."""
    terms = [Q(number=text.upper()), Q(policy_number=text), Q(claim_number=text), Q(report_number=text)]
    digits = "".join(ch for ch in text if ch.isdigit() or ch in "xX")
    if 7 <= len(digits) <= 15:
        terms.append(Q(phone_index=crypto.blind_index(text, "phone")))
    if len(digits) == 18:
        terms.append(Q(id_number_index=crypto.blind_index(text, "id")))
    return terms


def _identifier_matches(text: str) -> list[int]:
    """The cases an identifier names, each column searched through its own index and the hits united: an OR of
    the columns lets SQLite's planner scan the whole table when most claim and report numbers are empty."""
    queries = [Complaint.objects.filter(term).order_by().values_list("pk", flat=True) for term in _identifier_terms(text)]
    return list(queries[0].union(*queries[1:])[:SEARCH_CAP])


def _search_q(q: str) -> Q:
    """One box: an identifier (see `_identifier_terms`), or words of the summary.

    Identifiers only hit indexed columns; only text with Chinese characters searches the summary's masked
    copy (the summary itself is encrypted; on PostgreSQL through a trigram index).
    """
    text = q.strip()
    if _IDENTIFIER.fullmatch(text):
        return Q(pk__in=_identifier_matches(text))
    if _CJK.search(text):
        return Q(summary_masked__icontains=text)
    return Q(pk__in=[])


def complaint_list(*, user: User, filters: ComplaintFilters, now: datetime | None = None) -> QuerySet[Complaint]:
    qs = complaints_visible_to(user).select_related("handler").prefetch_related("institution").defer(*LIST_DEFERRED)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.institution:
        root = Institution.objects.filter(code=filters.institution).values_list("path", flat=True).first()
        qs = qs.filter(institution_id__in=subtree_ids(root)) if root else qs.none()
    if filters.channel:
        qs = qs.filter(channel=filters.channel)
    if filters.handler:
        qs = qs.filter(handler__username=filters.handler)
    if filters.overdue is not None:
        overdue_q = Q(status__in=OPEN_STATUSES, due_at__lt=now or timezone.now())
        qs = qs.filter(overdue_q) if filters.overdue else qs.exclude(overdue_q)
    if filters.received_from:
        qs = qs.filter(received_at__gte=filters.received_from)
    if filters.received_to:
        qs = qs.filter(received_at__lt=filters.received_to)
    if filters.q:
        # An identifier matches a handful of rows through its indexes: those are fetched first, then scoped,
        # filtered and ordered, so the planner never walks the received_at index hoping to meet the match.
        qs = qs.filter(_search_q(filters.q))
    return qs.order_by("-received_at", "-id")


def overdue(*, user: User, now: datetime | None = None) -> QuerySet[Complaint]:
    """超期: open cases past their decision deadline — one query on the partial (status, due_at) index."""
    return (complaints_visible_to(user).filter(status__in=OPEN_STATUSES, due_at__lt=now or timezone.now())
            .select_related("institution", "handler").defer(*LIST_DEFERRED).order_by("due_at", "id"))


def work_queue(*, user: User) -> QuerySet[Complaint]:
    """我的待办: open cases waiting for this user, due soonest first.

    Handlers: cases assigned to them, and unassigned new cases of their institution. Reviewers and heads:
    cases waiting for review in their scope. Officers: every open case in scope past or near its deadline.
    """
    if user.is_read_only or not user.has_case_role:
        return Complaint.objects.none()
    base = complaints_visible_to(user).filter(status__in=OPEN_STATUSES)
    wanted = Q(handler=user)
    if user.has_role(Role.HANDLER):
        wanted |= Q(handler__isnull=True, status=Status.REGISTERED, institution=user.institution)
    if user.has_role(Role.REVIEWER, Role.HEAD):
        wanted |= Q(status=Status.UNDER_REVIEW)
    if user.has_role(Role.OFFICER):
        wanted |= Q(handler__isnull=True) | Q(due_at__lt=timezone.now() + timedelta(days=3))
    return base.filter(wanted).select_related("institution", "handler").order_by("due_at", "id")


def queue_items(user: User, limit: int) -> list[Any]:
    """Work-queue provider for the home page."""
    from xiaobao.complaints.presenters import complaint_sla
    from xiaobao.core.dates import due_label
    from xiaobao.core.registry import QueueItem

    def item(c: Complaint) -> QueueItem:
        sla = complaint_sla(c)
        return QueueItem(
            module="complaints", title=f"{c.number} · {c.get_cause_display()}",
            url=reverse("complaints:detail", args=[c.pk]), status_label=c.get_status_display(), due_at=c.due_at,
            sla=sla.value, sla_label=sla.label, detail=f"{c.institution.name} · {c.summary_masked[:40]}",
            due_label=due_label(c.due_at),
        )

    return [item(c) for c in work_queue(user=user)[:limit]]


def queue_count(user: User) -> int:
    """Work-queue counter for the home page: how many cases wait for this user in all."""
    return work_queue(user=user).count()


def calendar_notices(user: User) -> list[Any]:
    """A warning, to those who can act on it, while a year the deadlines will reach has no holiday calendar."""
    from django.utils.translation import gettext as _

    from xiaobao.complaints.deadlines import calendar_gaps
    from xiaobao.complaints.services.calendar import may_maintain
    from xiaobao.core.registry import Notice

    if not may_maintain(user):
        return []
    url = reverse("complaints:holidays")
    return [Notice(text=_("The holiday calendar for %(year)s is missing: deadlines reaching into it count weekends "
                          "only. Enter that year's holidays and make-up working days.") % {"year": year}, url=url)
            for year in calendar_gaps()]


@dataclass(frozen=True)
class CalendarYearRow:
    year: int
    holidays: int
    workdays: int


def calendar_years() -> list[CalendarYearRow]:
    """已维护年份: the years the holiday table covers, newest first, with their counts (one query)."""
    from django.db.models.functions import ExtractYear

    counts: dict[tuple[int, bool], int] = {
        (row["year"], row["is_working_day"]): row["n"]
        for row in CalendarDay.objects.annotate(year=ExtractYear("day")).values("year", "is_working_day")
        .annotate(n=Count("id"))}
    return [CalendarYearRow(year, counts.get((year, False), 0), counts.get((year, True), 0))
            for year in CalendarYear.objects.order_by("-year").values_list("year", flat=True)]


def dispute_ends(policy_numbers: list[str]) -> dict[str, list[date | None]]:
    """Policy number → the Beijing date on which each complaint about it ended (结案/不予受理/撤诉/合并), None while
    it is open. A system read for the retention of sales evidence (可回溯资料保存期), which applies whoever looks,
    so it is not scoped to a user; it returns dates only."""
    from zoneinfo import ZoneInfo

    from xiaobao.complaints.codes import FINAL_STATUSES

    beijing = ZoneInfo("Asia/Shanghai")
    ends: dict[str, list[date | None]] = {}
    numbers = sorted({n for n in policy_numbers if n})
    for start in range(0, len(numbers), 500):
        rows = (Complaint.objects.filter(policy_number__in=numbers[start:start + 500])
                .values_list("policy_number", "status", "closed_at", "decided_at", "updated_at"))
        for number, status, closed_at, decided_at, updated_at in rows:
            ended = closed_at or decided_at or updated_at if status in FINAL_STATUSES else None
            ends.setdefault(number, []).append(ended.astimezone(beijing).date() if ended else None)
    return ends


def policy_numbers_complained(since: datetime, until: datetime) -> set[str]:
    """Policy numbers of the complaints received in [since, until): a system read for the sampling of sales
    quality inspection ("all calls of agents with a complaint in the last 90 days"). Numbers only, not scoped."""
    return set(Complaint.objects.filter(received_at__gte=since, received_at__lt=until).exclude(policy_number="")
               .values_list("policy_number", flat=True).distinct())
