"""Reads of sales quality inspection, scoped to the acting user where a user reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Q, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.utils.translation import pgettext_lazy

from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.registry import QueueItem, partner_identifiers
from xiaobao.inspection.codes import Status
from xiaobao.inspection.models import (
    AutoFinding,
    Inspection,
    InspectionEvent,
    RuleSet,
    SampleReason,
    SamplingPlan,
    TranscriptCheck,
)
from xiaobao.inspection.transitions import INSPECTORS
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for, subtree_ids
from xiaobao.privacy.masking import mask_free_text

BEIJING = ZoneInfo("Asia/Shanghai")


def plans() -> QuerySet[SamplingPlan]:
    """Sampling plans are configuration, not records of an institution: every inspection user reads them."""
    return SamplingPlan.objects.all()


def active_plans() -> list[SamplingPlan]:
    return list(SamplingPlan.objects.filter(active=True).order_by("id"))


def plan_get(*, pk: int, for_update: bool = False) -> SamplingPlan:
    qs = SamplingPlan.objects.select_for_update() if for_update else SamplingPlan.objects.all()
    plan = qs.filter(pk=pk).first()
    if plan is None:
        raise NotFound(_("No such sampling plan."))
    return plan


def rule_history(limit: int = 100) -> QuerySet[RuleSet]:
    return RuleSet.objects.select_related("created_by")[:limit]


# ---- inspections (质检单), scoped -----------------------------------------------------------------------------

# Who reads inspections (in their scope): the traceability readers; only INSPECTORS act on them.
READERS = frozenset({Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.OFFICER, Role.COMPLIANCE_REVIEWER, Role.AUDITOR})


def can_read(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_role(*READERS))


def inspections_visible_to(user: User) -> QuerySet[Inspection]:
    """Inspections of institutions in the user's scope, for inspectors, heads, officers and auditors."""
    if not can_read(user):
        return Inspection.objects.none()
    return Inspection.objects.filter(scope_for(user).filter_q()).select_related(
        "institution", "inspector", "auto_check", "auto_check__sale").defer("conclusion_note")


def inspection_get(*, user: User, pk: int, for_update: bool = False) -> Inspection:
    qs = inspections_visible_to(user)
    if for_update:
        qs = Inspection.objects.select_for_update().filter(pk__in=qs.values("pk")).select_related(
            "institution", "auto_check", "auto_check__sale")
    inspection = qs.filter(pk=pk).first()
    if inspection is None:
        raise NotFound(_("No such inspection."))
    return inspection


def finding_get(*, user: User, pk: int, for_update: bool = False) -> AutoFinding:
    qs = AutoFinding.objects.filter(auto_check__inspection__in=inspections_visible_to(user).values("pk"))
    if for_update:
        # of=self: the inspection joined below may be null, and PostgreSQL locks no nullable side of a join
        qs = AutoFinding.objects.select_for_update(of=("self",)).filter(pk__in=qs.values("pk"))
    finding = qs.filter(pk=pk).select_related("auto_check__inspection").first()
    if finding is None:
        raise NotFound(_("No such finding."))
    return finding


def checks_visible_to(user: User) -> QuerySet[TranscriptCheck]:
    if not can_read(user):
        return TranscriptCheck.objects.none()
    return TranscriptCheck.objects.filter(scope_for(user).filter_q()).select_related("sale", "institution")


@dataclass(frozen=True)
class QueueFilter:
    status: str = ""
    institution: str = ""  # code: its subtree
    agent: str = ""  # staff number
    mine: bool = False
    q: str = ""  # policy number
    partner: str = ""  # the selling partner: its credit code, name or former name (core.registry.partner_ref)
    concluded_from: date | None = None  # Beijing dates, both included
    concluded_to: date | None = None


def sold_through_q(partner: str, prefix: str = "auto_check__sale__") -> Q:
    """Sales whose partner fields name the partner `partner` names (its credit code or any of its names)."""
    identifiers = partner_identifiers(partner)
    return Q(**{f"{prefix}partner_credit_code__in": identifiers}) | Q(
        **{f"{prefix}partner_name__in": identifiers})


def queue(user: User, f: QueueFilter) -> QuerySet[Inspection]:
    """质检队列 / 台账 with the filters of the page and the API."""
    qs = inspections_visible_to(user)
    if f.status:
        qs = qs.filter(status=f.status)
    if f.institution:
        institution = Institution.objects.filter(code=f.institution).first()
        qs = qs.filter(institution_id__in=subtree_ids(institution.path)) if institution else qs.none()
    if f.agent:
        qs = qs.filter(auto_check__agent_number=f.agent)
    if f.mine:
        qs = qs.filter(inspector=user)
    if f.q:
        qs = qs.filter(auto_check__sale__policy_number=f.q.strip())
    if f.partner.strip():
        qs = qs.filter(sold_through_q(f.partner))
    if f.concluded_from:
        qs = qs.filter(concluded_at__gte=datetime.combine(f.concluded_from, time.min, tzinfo=BEIJING))
    if f.concluded_to:
        qs = qs.filter(concluded_at__lt=datetime.combine(f.concluded_to + timedelta(days=1), time.min, tzinfo=BEIJING))
    return qs.order_by("status", "-sampled_at", "-id")


def findings_of(inspection: Inspection) -> list[AutoFinding]:
    return list(inspection.auto_check.findings.defer("quote", "decision_reason").order_by("kind", "turn", "id"))


def reasons_of(inspection: Inspection) -> list[SampleReason]:
    return list(inspection.reasons.select_related("plan"))


def events_of(inspection: Inspection) -> list[InspectionEvent]:
    return list(inspection.events.select_related("actor"))


def inspections_of_sale(user: User, sale_id: int) -> QuerySet[Inspection]:
    return inspections_visible_to(user).filter(auto_check__sale_id=sale_id)


# ---- the work queue on the home page ----------------------------------------------------------------------------

def queue_inspections(user: User) -> QuerySet[Inspection]:
    """What waits for an inspector: sampled calls nobody took, and the calls they are inspecting."""
    if user.is_read_only or not user.has_role(*INSPECTORS):
        return Inspection.objects.none()
    return inspections_visible_to(user).filter(
        Q(status=Status.SAMPLED) | Q(status=Status.IN_PROGRESS, inspector=user)).order_by("sampled_at", "id")


def queue_items(user: User, limit: int) -> list[QueueItem]:
    return [QueueItem(module="inspection", title=f"{i.number} · {i.auto_check.sale.policy_number}",
                      url=reverse("inspection:detail", args=[i.pk]), status_label=i.get_status_display(),
                      due_at=None, sla="", detail=f"{i.institution.name} · {i.auto_check.agent_name}")
            for i in queue_inspections(user)[:limit]]


def queue_count(user: User) -> int:
    return queue_inspections(user).count()


# ---- what the inspection page shows ------------------------------------------------------------------------

SPEAKER_LABELS = {"agent": pgettext_lazy("inspection", "Agent"), "customer": _l("Customer")}


def transcript_turns(inspection: Inspection, findings: list[AutoFinding]) -> list[dict[str, object]]:
    """The call's turns, masked, each split into parts with the flagged passages marked, and the labels of the
    findings on it. Empty when the file cannot be read (gone, or not a transcript any more)."""
    from xiaobao.traceability import transcripts

    try:
        turns = transcripts.turns_of(inspection.auto_check.item)
    except (FileNotFoundError, ValueError, DomainError):
        return []
    by_turn: dict[int, list[AutoFinding]] = {}
    for f in findings:
        if f.turn is not None:
            by_turn.setdefault(f.turn, []).append(f)
    out = []
    for index, turn in enumerate(turns):
        text = mask_free_text(turn.text)
        marks = [f.passage_masked for f in by_turn.get(index, []) if f.passage_masked and f.passage_masked in text]
        out.append({"index": index, "speaker": turn.speaker, "speaker_label": SPEAKER_LABELS.get(turn.speaker, ""),
                    "parts": _split(text, marks), "labels": [f.label for f in by_turn.get(index, [])]})
    return out


def _split(text: str, marks: list[str]) -> list[tuple[str, bool]]:
    """`text` cut into (piece, marked) around the first occurrence of each mark (overlaps: the earlier wins)."""
    spans = sorted({(text.find(m), text.find(m) + len(m)) for m in marks if m})
    parts: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if start < at:
            continue
        if start > at:
            parts.append((text[at:start], False))
        parts.append((text[start:end], True))
        at = end
    if at < len(text):
        parts.append((text[at:], False))
    return parts


def playback_url(inspection: Inspection) -> str:
    """The traceability page of the call's recording (its player asks the reason and logs the playback), else the
    transcript item's page."""
    from xiaobao.traceability.codes import Kind

    sale = inspection.auto_check.sale
    recording = (sale.items.filter(kind__in=[Kind.RECORDING, Kind.VIDEO], superseded_by__isnull=True,
                                   purged_at__isnull=True).order_by("-created_at").first())
    try:
        return reverse("traceability:item", args=[(recording or inspection.auto_check.item).pk])
    except NoReverseMatch:  # the traceability pages are not installed
        return ""


def checks_for_stats(user: User, *, institution: str = "", sold_from: date | None = None,
                     sold_to: date | None = None) -> QuerySet[TranscriptCheck]:
    qs = checks_visible_to(user)
    if institution:
        place = Institution.objects.filter(code=institution).first()
        qs = qs.filter(institution_id__in=subtree_ids(place.path)) if place else qs.none()
    if sold_from:
        qs = qs.filter(sale__sold_at__gte=datetime.combine(sold_from, time.min, tzinfo=BEIJING))
    if sold_to:
        qs = qs.filter(sale__sold_at__lt=datetime.combine(sold_to, time.min, tzinfo=BEIJING) + timedelta(days=1))
    return qs
