"""Reads of the review module, always scoped to the acting user (审查台账, queues, the numbers)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.core.errors import NotFound
from xiaobao.core.filters import where_given
from xiaobao.core.registry import (
    MeasureValue,
    PartnerFact,
    PartnerRef,
    Period,
    QueueItem,
    computes_from_batch,
    count_by_partner,
    partner_identifiers,
    partner_texts,
)
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import all_ids, in_subtree_q, scope_for, scoped_get, split_by_subtree, subtrees
from xiaobao.reviews.codes import (
    ADOPTED_ANSWERS,
    OPEN_STATUSES,
    Conclusion,
    Kind,
    MonitoringStatus,
    Status,
)
from xiaobao.reviews.models import Finding, MonitoringRecord, Opinion, Release, ReviewDocument, ReviewRequest

BEIJING = ZoneInfo("Asia/Shanghai")
REVIEWER_ROLES = (Role.COMPLIANCE_REVIEWER, Role.OFFICER)


def requests_visible_to(user: User) -> QuerySet[ReviewRequest]:
    """A department sees its institution's requests (subtree); compliance reviewers and officers all in scope."""
    return ReviewRequest.objects.filter(scope_for(user).filter_q()).select_related(
        "institution", "requester", "reviewer")


def request_get(*, user: User, pk: int, for_update: bool = False) -> ReviewRequest:
    return scoped_get(requests_visible_to(user), pk, for_update=for_update, missing=_("No such review request."))


def today() -> date:
    return timezone.now().astimezone(BEIJING).date()


def is_overdue(request: ReviewRequest, *, on: date | None = None) -> bool:
    return request.status in OPEN_STATUSES and request.due_on < (on or today())


@dataclass(frozen=True)
class LedgerFilter:
    kind: str = ""
    status: str = ""
    institution: str = ""  # institution code: its subtree
    reviewer: int | None = None
    submitted_from: date | None = None
    submitted_to: date | None = None
    overdue: bool = False
    q: str = ""


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def ledger(user: User, f: LedgerFilter) -> QuerySet[ReviewRequest]:
    """审查台账 with the filters of the ledger page, API and export."""
    qs = requests_visible_to(user).filter(where_given(kind=f.kind, status=f.status, reviewer_id=f.reviewer))
    if f.institution:
        qs = qs.filter(in_subtree_q(f.institution))
    if f.submitted_from:
        qs = qs.filter(submitted_at__gte=_day_start(f.submitted_from))
    if f.submitted_to:
        qs = qs.filter(submitted_at__lt=_day_start(f.submitted_to) + timezone.timedelta(days=1))
    if f.overdue:
        qs = qs.filter(status__in=OPEN_STATUSES, due_on__lt=today())
    if f.q:
        qs = qs.filter(Q(number__icontains=f.q) | Q(title__icontains=f.q))
    return qs


def documents_current(request: ReviewRequest) -> list[ReviewDocument]:
    """The latest version of each document of the request."""
    latest: dict[int, ReviewDocument] = {}
    for doc in request.documents.all().order_by("lineage", "revision"):
        latest[doc.lineage] = doc
    return list(latest.values())


def document_versions(request: ReviewRequest, lineage: int) -> list[ReviewDocument]:
    return list(request.documents.filter(lineage=lineage).order_by("revision"))


def document_get(*, user: User, pk: int) -> ReviewDocument:
    doc = ReviewDocument.objects.filter(pk=pk, request__in=requests_visible_to(user)).select_related("request").first()
    if doc is None:
        raise NotFound(_("No such document."))
    return doc


def findings_of(document: ReviewDocument) -> QuerySet[Finding]:
    return document.findings.all()


def finding_get(*, user: User, pk: int, for_update: bool = False) -> Finding:
    return scoped_get(Finding.objects.filter(document__request__in=requests_visible_to(user)), pk,
                      for_update=for_update, missing=_("No such finding."), related=("document__request",))


def opinion_get(*, user: User, pk: int, for_update: bool = False) -> Opinion:
    return scoped_get(Opinion.objects.filter(request__in=requests_visible_to(user)), pk,
                      for_update=for_update, missing=_("No such opinion."), related=("request", "document"))


def releases_visible_to(user: User) -> QuerySet[Release]:
    return Release.objects.filter(request__in=requests_visible_to(user)).select_related("request", "document")


def release_get(*, user: User, pk: int, for_update: bool = False) -> Release:
    return scoped_get(releases_visible_to(user), pk, for_update=for_update, missing=_("No such release."))


def live_releases() -> QuerySet[Release]:
    """Released, not withdrawn material (for sweeps and monitoring matches; not user-facing)."""
    return Release.objects.filter(withdrawn_on__isnull=True).select_related("document", "request")


def monitoring_visible_to(user: User) -> QuerySet[MonitoringRecord]:
    return MonitoringRecord.objects.filter(scope_for(user).filter_q()).select_related("institution",
                                                                                       "matched_release__request")


@dataclass(frozen=True)
class MonitoringFilter:
    institution: str = ""  # code: its subtree
    partner: str = ""  # credit code, name or former name: records naming that partner in any of these ways
    seen_from: date | None = None
    seen_to: date | None = None
    flagged: bool = False  # not compliant: a violation, or released without review


def monitoring_list(user: User, f: MonitoringFilter) -> QuerySet[MonitoringRecord]:
    qs = monitoring_visible_to(user).filter(where_given(seen_on__gte=f.seen_from, seen_on__lte=f.seen_to))
    if f.institution:
        qs = qs.filter(in_subtree_q(f.institution))
    if f.partner.strip():
        qs = qs.filter(partner_name__in=partner_identifiers(f.partner))
    if f.flagged:
        qs = qs.exclude(status=MonitoringStatus.COMPLIANT)
    return qs


def partner_marketing_violations(partners: Sequence[PartnerRef], period: Period) -> dict[int, PartnerFact]:
    """营销违规 (core.registry partner fact "marketing_violations"): monitoring records seen in the period that are
    not compliant (a violation, or material released without review) whose partner agency names the partner."""
    rows = MonitoringRecord.objects.filter(
        partner_name__in=list(partner_texts(partners)), seen_on__range=(period.start, period.end)).exclude(
        status=MonitoringStatus.COMPLIANT).values_list("partner_name")
    counts = count_by_partner(partners, rows)
    return {p.pk: PartnerFact(counts[p.pk], _("Marketing monitoring"), f"{reverse('reviews:monitoring')}?" + urlencode(
        {"partner": p.credit_code, "seen_from": period.start, "seen_to": period.end, "flagged": "on"}))
        for p in partners}


def monitoring_get(*, user: User, pk: int) -> MonitoringRecord:
    record = monitoring_visible_to(user).filter(pk=pk).first()
    if record is None:
        raise NotFound(_("No such monitoring record."))
    return record


def repeat_offenders(user: User, *, minimum: int = 2) -> list[dict[str, Any]]:
    """Agents and partner agencies with repeated violations (重复违规), most first."""
    flagged = monitoring_visible_to(user).exclude(status=MonitoringStatus.COMPLIANT)
    rows: list[dict[str, Any]] = [
        {"kind": kind, "name": row[field], "count": row["n"]}
        for field, kind in (("agent_name", _("Agent")), ("partner_name", _("Partner agency")))
        for row in (flagged.exclude(**{field: ""}).values(field).annotate(n=Count("id")).filter(n__gte=minimum)
                    .order_by("-n", field))
    ]
    return sorted(rows, key=lambda r: -r["count"])


# ---- the numbers (functions other modules call through the measures registry) ------------------------------

def _ratio(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _in_period(qs: QuerySet[Any], period: Period, field: str = "submitted_at") -> QuerySet[Any]:
    end = _day_start(period.end) + timezone.timedelta(days=1)
    return qs.filter(**{f"{field}__gte": _day_start(period.start), f"{field}__lt": end})


@dataclass(frozen=True)
class Numbers:
    """The counts the regulator's evaluation asks about, for one institution subtree and period."""

    by_kind: dict[str, int]
    total: int
    opinions: int
    opinions_answered: int
    opinions_adopted: int
    adoption_rate: Decimal | None  # 采纳率 = (采纳 + 部分采纳) / all opinions, in %
    concluded: int
    average_days_to_conclusion: Decimal | None
    overdue_now: int
    marketing_released: int
    released_without_review: int  # monitoring records flagged 未经审查发布
    unreviewed_share: Decimal | None  # in % of (reviewed releases + unreviewed finds)
    marketing_violations: int  # monitoring records seen in the period and not found compliant


def numbers(institution: Institution, period: Period, *, on: date | None = None) -> Numbers:
    return numbers_many([institution], period, on=on)[institution.pk]


def numbers_many(institutions: Sequence[Institution], period: Period, *, on: date | None = None
                 ) -> dict[int, Numbers]:
    """`Numbers` of many institutions' subtrees: each read grouped by the records' institution once for all of
    them, then added up per subtree."""
    trees = subtrees(institutions)
    ids = all_ids(trees)
    requests = _in_period(ReviewRequest.objects.filter(institution_id__in=ids), period)

    def grouped(qs: QuerySet[Any], by: str, *fields: str) -> dict[int, list[tuple[Any, ...]]]:
        rows = qs.values(by, *fields).annotate(n=Count("id")).order_by()
        return split_by_subtree(trees, ((row[by], (*(row[f] for f in fields), row["n"])) for row in rows))

    kinds = grouped(requests, "institution_id", "kind")
    answers = grouped(Opinion.objects.filter(request__in=requests), "request__institution_id", "answer")
    durations = split_by_subtree(trees, (
        (institution_id, concluded_at - submitted_at) for institution_id, submitted_at, concluded_at
        in requests.filter(status=Status.CONCLUDED, concluded_at__isnull=False)
        .values_list("institution_id", "submitted_at", "concluded_at")))
    overdue = grouped(ReviewRequest.objects.filter(institution_id__in=ids, status__in=OPEN_STATUSES,
                                                   due_on__lt=on or today()), "institution_id")
    releases = grouped(Release.objects.filter(request__institution_id__in=ids, request__kind=Kind.MARKETING,
                                              published_on__gte=period.start, published_on__lte=period.end),
                       "request__institution_id")
    monitoring = grouped(MonitoringRecord.objects.filter(institution_id__in=ids, seen_on__gte=period.start,
                                                         seen_on__lte=period.end), "institution_id", "status")
    result = {}
    for pk in trees:
        by_kind = dict.fromkeys(Kind.values, 0)
        for kind, n in kinds[pk]:
            by_kind[kind] += n
        total_opinions = sum(n for _answer, n in answers[pk])
        adopted = sum(n for answer, n in answers[pk] if answer in ADOPTED_ANSWERS)
        answered = sum(n for answer, n in answers[pk] if answer)
        average = None
        if durations[pk]:
            days = sum(durations[pk], timezone.timedelta()).total_seconds() / 86400 / len(durations[pk])
            average = Decimal(days).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        released = sum(n for (n,) in releases[pk])
        unreviewed = sum(n for status, n in monitoring[pk] if status == MonitoringStatus.UNREVIEWED)
        result[pk] = Numbers(
            by_kind=by_kind, total=sum(by_kind.values()), opinions=total_opinions, opinions_answered=answered,
            opinions_adopted=adopted, adoption_rate=_ratio(adopted, total_opinions), concluded=len(durations[pk]),
            average_days_to_conclusion=average, overdue_now=sum(n for (n,) in overdue[pk]),
            marketing_released=released, released_without_review=unreviewed,
            unreviewed_share=_ratio(unreviewed, released + unreviewed),
            marketing_violations=sum(n for status, n in monitoring[pk] if status != MonitoringStatus.COMPLIANT))
    return result


def _ledger_url(institution: Institution, period: Period, **extra: str) -> str:
    query = f"institution={institution.code}&submitted_from={period.start}&submitted_to={period.end}"
    for key, value in extra.items():
        query += f"&{key}={value}"
    return f"{reverse('reviews:list')}?{query}"


def _count(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.total, evidence_url=_ledger_url(institution, period))


def _adoption_rate(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.adoption_rate, evidence_url=_ledger_url(institution, period),
                        numerator=n.opinions_adopted, denominator=n.opinions,
                        detail=_("(adopted + partly adopted) / all opinions"))


def _overdue(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.overdue_now, evidence_url=f"{reverse('reviews:list')}?institution={institution.code}"
                                                    "&overdue=1")


def _average_days(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.average_days_to_conclusion, evidence_url=_ledger_url(institution, period,
                                                                               status=Status.CONCLUDED))


def _marketing_violations(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.marketing_violations,
                        evidence_url=f"{reverse('reviews:monitoring')}?institution={institution.code}"
                                     f"&seen_from={period.start}&seen_to={period.end}&flagged=1")


def _unreviewed_share(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.unreviewed_share, numerator=n.released_without_review,
                        denominator=n.marketing_released + n.released_without_review,
                        detail=_("unreviewed finds / (released marketing material + unreviewed finds)"))




measure_count = computes_from_batch(numbers_many, _count)
measure_adoption_rate = computes_from_batch(numbers_many, _adoption_rate)
measure_overdue = computes_from_batch(numbers_many, _overdue)
measure_average_days = computes_from_batch(numbers_many, _average_days)
measure_marketing_violations = computes_from_batch(numbers_many, _marketing_violations)
measure_unreviewed_share = computes_from_batch(numbers_many, _unreviewed_share)


# ---- the work queue --------------------------------------------------------------------------------------

def queue_requests(user: User) -> QuerySet[ReviewRequest]:
    """What waits for the user: reviewers — open requests under review or waiting for a countersignature (heads,
    officers); requesters — their requests waiting for answers."""
    if user.is_read_only or not user.has_case_role:
        return ReviewRequest.objects.none()
    wanted = Q(requester=user, status=Status.ANSWERING)
    if user.has_role(*REVIEWER_ROLES):
        wanted |= Q(status=Status.UNDER_REVIEW) & (Q(reviewer=user) | Q(reviewer__isnull=True))
    if user.has_role(Role.HEAD, Role.OFFICER):
        wanted |= Q(status=Status.COUNTERSIGN)
    return requests_visible_to(user).filter(wanted).order_by("due_on", "id")


def queue_items(user: User, limit: int) -> list[QueueItem]:
    day = today()
    items = []
    for r in queue_requests(user)[:limit]:
        overdue = r.due_on < day
        due_at = _day_start(r.due_on) + timezone.timedelta(days=1)
        items.append(QueueItem(
            module="reviews", title=f"{r.number} · {r.title}", url=reverse("reviews:detail", args=[r.pk]),
            status_label=r.get_status_display(), due_at=due_at,
            sla="overdue" if overdue else ("due_soon" if (r.due_on - day).days <= 1 else "on_time"),
            sla_label=_("Overdue") if overdue else pgettext("reviews", "On time"),
            detail=f"{r.institution.name} · {r.get_kind_display()}", due_label=f"{r.due_on:%Y-%m-%d}（含）"))
    return items


def queue_count(user: User) -> int:
    return queue_requests(user).count()


def overdue_notices(user: User) -> list[Any]:
    """For officers: overdue reviews in scope, with a link to the filtered ledger."""
    from xiaobao.core.registry import Notice

    if not user.has_role(Role.OFFICER):
        return []
    n = requests_visible_to(user).filter(status__in=OPEN_STATUSES, due_on__lt=today()).count()
    if not n:
        return []
    return [Notice(_("%(n)s consumer-protection reviews are overdue.") % {"n": n},
                   url=f"{reverse('reviews:list')}?overdue=1")]


def monitoring_by_release(release: Release) -> QuerySet[MonitoringRecord]:
    return release.monitoring_records.all()


def conclusion_counts(requests: QuerySet[ReviewRequest]) -> dict[str, int]:
    return {c: requests.filter(conclusion=c).count() for c in Conclusion.values}




# ---- versions ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DiffRow:
    """One row of the side-by-side comparison: the old and the new passage, and what happened."""

    kind: str  # equal / replace / delete / insert
    old: str
    new: str


@dataclass(frozen=True)
class VersionComparison:
    old: ReviewDocument
    new: ReviewDocument
    diff_rows: list[DiffRow]
    disappeared: list[Finding]
    appeared: list[Finding]


_SENTENCE = re.compile(r"(?<=[。！？!?；;\n])")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def version_comparison(request: ReviewRequest, lineage: int, *, old_revision: int | None = None,
                       new_revision: int | None = None) -> VersionComparison | None:
    """The reviewer's comparison of two versions of a document (masked text, sentence by sentence), and which
    findings disappeared or appeared. Default: the last two versions."""
    versions = document_versions(request, lineage)
    if len(versions) < 2:
        return None
    by_revision = {v.revision: v for v in versions}
    new = by_revision.get(new_revision or versions[-1].revision, versions[-1])
    old = by_revision.get(old_revision or new.revision - 1, versions[-2])
    a, b = _sentences(old.text_masked), _sentences(new.text_masked)
    rows = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        rows.append(DiffRow(tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
    old_findings, new_findings = list(old.findings.all()), list(new.findings.all())
    new_signatures = {f.signature for f in new_findings}
    old_signatures = {f.signature for f in old_findings}
    return VersionComparison(
        old=old, new=new, diff_rows=rows,
        disappeared=[f for f in old_findings if f.signature not in new_signatures],
        appeared=[f for f in new_findings if f.signature not in old_signatures])
