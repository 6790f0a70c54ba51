"""What the pages show of sales and evidence: masked policyholder data, labels, the transcript beside the
player with the engine's findings, the complaint page's panel."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.core.errors import DomainError
from xiaobao.engines.transcripts import TranscriptError, Turn, check_transcript, default_checklist
from xiaobao.org.models import User
from xiaobao.privacy import masking
from xiaobao.traceability import policy, retention, selectors, transcripts
from xiaobao.traceability.codes import STEP_LABELS, Integrity, Kind, recording_required
from xiaobao.traceability.models import EvidenceItem, SaleRecord

SALES_DISPUTE = "sales"  # complaints.codes.Cause.SALES (销售纠纷)


def policyholder(sale: SaleRecord) -> dict[str, str]:
    """The policyholder as every page and the API show it: masked."""
    return {"name": masking.mask(sale.policyholder_name, masking.NAME),
            "phone": masking.mask(sale.policyholder_phone, masking.PHONE),
            "id_number": masking.mask(sale.policyholder_id_number, masking.ID_NUMBER)}


@dataclass
class SaleRow:
    sale: SaleRecord
    person: dict[str, str]


def sale_rows(sales: Any) -> list[SaleRow]:
    return [SaleRow(sale, policyholder(sale)) for sale in sales]


def item_title(item: EvidenceItem) -> str:
    return f"{Kind(item.kind).label} #{item.pk} {item.original_name}"


@dataclass
class TurnView:
    number: int
    speaker: str
    text: str
    steps: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


@dataclass
class TranscriptView:
    item: EvidenceItem
    turns: list[TurnView]
    present: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    note: str = ""


def _transcript_item(item: EvidenceItem) -> EvidenceItem | None:
    if item.kind == Kind.TRANSCRIPT:
        return item
    return (item.sale.items.filter(kind=Kind.TRANSCRIPT, superseded_by__isnull=True, purged_at__isnull=True)
            .order_by("-created_at").first())


def transcript_beside(item: EvidenceItem) -> TranscriptView | None:
    """The transcript of the call (the item itself, or the sale's current transcript) with the engine's steps
    and marketing findings marked on their turns. Shown only after the reason was given for `item`."""
    source = _transcript_item(item)
    if source is None:
        return None
    try:
        turns: list[Turn] = transcripts.turns_of(source)
    except (FileNotFoundError, DomainError):
        return TranscriptView(source, [], note=_("The transcript file cannot be read."))
    views = [TurnView(i, pgettext("traceability", "Agent") if t.speaker == "agent" else _("Customer"), t.text) for i, t in enumerate(turns)]
    line = source.sale.product_line
    if line not in default_checklist().lines:
        return TranscriptView(source, views, note=_("The checklist has no steps for this product line."))
    try:
        result = check_transcript(turns, line)
    except TranscriptError:
        return TranscriptView(source, views, note=_("The transcript could not be checked."))
    for evidence in result.evidence:
        views[evidence.turn].steps.append(str(STEP_LABELS.get(evidence.step, evidence.step)))
    for finding in result.findings:
        views[finding.turn].violations.append(f"{finding.text}：{finding.explanation}")
    return TranscriptView(source, views, [str(STEP_LABELS.get(s, s)) for s in result.steps_present],
                          [str(STEP_LABELS.get(s, s)) for s in result.steps_missing])


def integrity_summary(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    return [(state, str(Integrity(state).label), counts.get(state, 0)) for state in Integrity.values]


def complaint_in_scope(user: User, complaint_id: int) -> Any:
    """The complaint the user plays evidence from, if they may see it (else None: the log omits it)."""
    from xiaobao.complaints import selectors as complaints

    try:
        return complaints.complaint_get(user=user, pk=complaint_id)
    except DomainError:
        return None


@dataclass
class PanelSale:
    sale: SaleRecord
    person: dict[str, str]
    items: list[EvidenceItem]
    keep: retention.Retention
    lacks_recording: bool


def complaint_panel(user: User, complaint: Any) -> dict[str, Any] | None:
    """The complaint page's section: the sale records of its policy number (in the user's scope) with their
    evidence; a sales dispute (销售纠纷) whose sale required a recording and has none is flagged."""
    if not policy.can_read(user) or not getattr(complaint, "policy_number", ""):
        return None
    sales = list(selectors.sales_for_policy(user, complaint.policy_number))
    is_sales_dispute = getattr(complaint, "cause", "") == SALES_DISPUTE
    if not sales and not is_sales_dispute:
        return None
    keeps = retention.keep_until_many(sales)
    rows = []
    for sale in sales:
        items = selectors.items_of(sale)
        lacks = recording_required(sale.channel) and not any(i.kind == Kind.RECORDING for i in items)
        rows.append(PanelSale(sale, policyholder(sale), [i for i in items if i.is_current], keeps[sale.pk], lacks))
    flagged = is_sales_dispute and any(row.lacks_recording for row in rows)
    return {"sales": rows, "flag_missing_recording": flagged, "is_sales_dispute": is_sales_dispute,
            "can_play": policy.can_play(user)}
