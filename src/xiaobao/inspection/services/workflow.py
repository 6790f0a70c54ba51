"""The inspector's work (质检): take a sampled call, confirm or override each automatic finding, score the call and
conclude 合格 / 不合格. 不合格 opens a rectification task (the major module's shared 整改) for the institution that
sold; an officer may then propose accountability (问责) on a complaint about the same policy.

Each action locks the inspection through the user's scope, checks the version and the transition table, changes,
and writes the timeline and the audit event in one transaction.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.core.errors import ConflictingInput, InvalidInput
from xiaobao.inspection import labels, selectors, transitions
from xiaobao.inspection import rules as rules_module
from xiaobao.inspection.codes import Conclusion, FindingKind, FindingState, Status
from xiaobao.inspection.models import AutoFinding, Inspection, InspectionEvent
from xiaobao.inspection.services._common import choice, text
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.privacy.masking import mask_free_text

RECTIFICATION_DAYS = 30  # 整改期限 of a failed call, from the conclusion
DECIDED_KINDS = (FindingKind.STEP_MISSING, FindingKind.VIOLATION)  # what must be confirmed or overridden


def _lock(inspection_id: int, *, by: User, version: int | None, action: str) -> Inspection:
    inspection = selectors.inspection_get(user=by, pk=inspection_id, for_update=True)
    if version is not None and inspection.version != version:
        raise transitions.StaleVersion(
            _("The inspection was changed by someone else (version %(current)s, yours %(yours)s). Reload and "
              "retry.") % {"current": inspection.version, "yours": version}, field="version",
            current_version=inspection.version)
    transitions.check(inspection, action, by)
    return inspection


def _save(inspection: Inspection, *fields: str) -> None:
    inspection.version += 1
    inspection.save(update_fields=[*fields, "version", "updated_at"])


def _record(inspection: Inspection, *, action: str, by: User | None, before: str = "", after: str = "",
            note: str = "", data: dict[str, Any] | None = None) -> None:
    masked = mask_free_text(note)[:300]
    InspectionEvent.objects.create(inspection=inspection, action=action, actor=by, at=timezone.now(),
                                   from_status=before, to_status=after, note=masked)
    audit.record(action=f"inspection.{action}", obj=inspection, actor=by,
                 before={"status": before} if after and after != before else None,
                 after={**({"status": after} if after and after != before else {}), **(data or {})} or None,
                 note=masked)


@transaction.atomic
def take(*, inspection_id: int, version: int, by: User) -> Inspection:
    """领取质检: the inspector takes a sampled call from the queue."""
    inspection = _lock(inspection_id, by=by, version=version, action="take")
    before, after = transitions.apply(inspection, "take", by)
    inspection.inspector = by
    _save(inspection, "status", "inspector")
    _record(inspection, action="take", by=by, before=before, after=after)
    return inspection


@transaction.atomic
def release(*, inspection_id: int, version: int, by: User, reason: str) -> Inspection:
    """退回待质检: give the call back to the queue (decisions made so far stay)."""
    inspection = _lock(inspection_id, by=by, version=version, action="release")
    reason = text(reason, "reason", _("Reason"), limit=500, minimum=4)
    before, after = transitions.apply(inspection, "release", by)
    inspection.inspector = None
    _save(inspection, "status", "inspector")
    _record(inspection, action="release", by=by, before=before, after=after, note=reason)
    return inspection


@transaction.atomic
def decide_finding(*, finding_id: int, by: User, confirm: bool, reason: str = "") -> AutoFinding:
    """确认 or 推翻 an automatic finding (推翻 needs a reason; the finding is kept either way)."""
    finding = selectors.finding_get(user=by, pk=finding_id, for_update=True)
    inspection = _lock(finding.auto_check.inspection.pk, by=by, version=None, action="decide_finding")
    reason = text(reason, "reason", _("Reason"), required=not confirm, limit=500, minimum=0 if confirm else 4)
    finding.state = FindingState.CONFIRMED if confirm else FindingState.OVERRIDDEN
    finding.decision_reason, finding.decided_by, finding.decided_at = reason, by, timezone.now()
    finding.save()
    _save(inspection)
    _record(inspection, action="finding_confirm" if confirm else "finding_override", by=by, note=reason,
            data={"finding": finding.pk, "code": finding.code, "kind": finding.kind})
    return finding


def suggested_score(inspection: Inspection, scoring: rules_module.Scoring | None = None) -> int:
    """100 minus the rules' points for each finding counted against the call (open ones count until overridden)."""
    scoring = scoring or rules_module.current().scoring
    counted = [f for f in inspection.auto_check.findings.all()
               if f.kind in DECIDED_KINDS and f.state != FindingState.OVERRIDDEN]
    points = sum(scoring.missing_step if f.kind == FindingKind.STEP_MISSING else scoring.violation for f in counted)
    overridden_present = sum(1 for f in inspection.auto_check.findings.all()
                             if f.kind == FindingKind.STEP_PRESENT and f.state == FindingState.OVERRIDDEN)
    return max(0, 100 - points - overridden_present * scoring.missing_step)


def rectification_owner(institution: Institution) -> User | None:
    """Who answers for a failed call of `institution`: its head, else a reviewer, else a handler, walking up."""
    place: Institution | None = institution
    while place is not None:
        for role in (Role.HEAD, Role.REVIEWER, Role.HANDLER):
            owner = (User.objects.filter(institution=place, is_active=True, groups__name=role)
                     .order_by("id").first())
            if owner is not None:
                return owner
        place = place.parent
    return None


def _open_rectification(inspection: Inspection, *, by: User, note: str) -> int:
    from xiaobao.major import rectification

    check = inspection.auto_check
    owner = rectification_owner(inspection.institution)
    if owner is None:
        raise InvalidInput(_("Nobody in the institution can own the rectification task."), field="owner")
    failed = [f for f in check.findings.all() if f.kind in DECIDED_KINDS and f.state == FindingState.CONFIRMED]
    detail = "；".join(
        (labels.step_label(f.code) if f.kind == FindingKind.STEP_MISSING else labels.violation_label(f.code))
        + (f"：{f.passage_masked}" if f.passage_masked else "") for f in failed)
    task = rectification.open_task(
        subject=inspection, institution=inspection.institution,
        title=_("Sales call failed quality inspection: %(policy)s") % {"policy": check.sale.policy_number},
        owner=owner, due_on=timezone.localdate() + timedelta(days=RECTIFICATION_DAYS), by=by, source="inspection",
        detail=f"{detail}\n{mask_free_text(note)}".strip()[:2000],
        subject_label=f"{inspection.number} {check.agent_name}（{check.agent_number}）"[:200],
        subject_url=reverse("inspection:detail", args=[inspection.pk]))
    return int(task.pk)


@transaction.atomic
def conclude(*, inspection_id: int, version: int, by: User, conclusion: str, score: int | None,
             note: str = "") -> Inspection:
    """质检结论: 合格 or 不合格 with a score. Every missing step and violation must be confirmed or overridden first;
    合格 needs the rules' pass score and no confirmed violation; 不合格 needs a note and opens 整改."""
    conclusion = choice(conclusion, Conclusion, "conclusion")
    action = "conclude_pass" if conclusion == Conclusion.PASS else "conclude_fail"
    inspection = _lock(inspection_id, by=by, version=version, action=action)
    if score is None or isinstance(score, bool) or not 0 <= int(score) <= 100:
        raise InvalidInput(_("Give a score from 0 to 100."), field="score")
    findings = list(inspection.auto_check.findings.all())
    if any(f.kind in DECIDED_KINDS and f.state == FindingState.OPEN for f in findings):
        raise ConflictingInput(_("Confirm or override every missing step and violation first."), field="findings")
    note = text(note, "note", _("Conclusion note"), required=conclusion == Conclusion.FAIL, limit=2000,
                minimum=4 if conclusion == Conclusion.FAIL else 0)
    if conclusion == Conclusion.PASS:
        pass_score = rules_module.current().scoring.pass_score
        if int(score) < pass_score:
            raise ConflictingInput(_("A pass needs a score of at least %(n)s.") % {"n": pass_score},
                                   field="score")  # the pass score of the rules in force
        if any(f.kind == FindingKind.VIOLATION and f.state == FindingState.CONFIRMED for f in findings):
            raise ConflictingInput(_("A confirmed marketing violation cannot pass."), field="conclusion")
    before, after = transitions.apply(inspection, action, by)
    inspection.conclusion, inspection.score, inspection.conclusion_note = conclusion, int(score), note
    inspection.concluded_at = timezone.now()
    if conclusion == Conclusion.FAIL:
        inspection.rectification_task_id = _open_rectification(inspection, by=by, note=note)
    _save(inspection, "status", "conclusion", "score", "conclusion_note", "conclusion_note_masked", "concluded_at",
          "rectification_task_id")
    _record(inspection, action="conclude", by=by, before=before, after=after, note=note,
            data={"conclusion": conclusion, "score": int(score), "rectification": inspection.rectification_task_id})
    return inspection


@transaction.atomic
def propose_accountability(*, inspection_id: int, by: User, measure: str, finding: str) -> Inspection:
    """问责建议 for a failed call. The major module's accountability records hang on a complaint, so this needs a
    complaint about the same policy in the officer's scope; the record names the institution that sold."""
    from xiaobao.complaints import selectors as complaint_selectors
    from xiaobao.major.services import accountability

    inspection = _lock(inspection_id, by=by, version=None, action="propose_accountability")
    if inspection.accountability_record_id:
        raise ConflictingInput(_("Accountability was already proposed for this call."), field="inspection")
    check = inspection.auto_check
    complaint = (complaint_selectors.complaints_visible_to(by).filter(policy_number=check.sale.policy_number)
                 .order_by("-received_at").first())
    if complaint is None:
        raise ConflictingInput(_("Accountability records hang on a complaint, and no complaint about this policy "
                                 "is in your scope. Record the accountability through the complaint when one exists."),
                               field="inspection")
    finding = text(finding, "finding", _("Finding"), limit=2000, minimum=4)
    record = accountability.propose(
        complaint_id=complaint.pk, by=by, measure=measure,
        finding=_("Sales quality inspection %(number)s failed (agent %(agent)s): %(finding)s")
        % {"number": inspection.number, "agent": check.agent_number, "finding": finding},
        responsible_institution=inspection.institution.code)
    inspection.accountability_record_id = record.pk
    _save(inspection, "accountability_record_id")
    _record(inspection, action="propose_accountability", by=by, note=finding,
            data={"complaint": complaint.pk, "record": record.pk, "measure": measure})
    return inspection


def available_actions(inspection: Inspection, user: User) -> list[str]:
    return [a for a in transitions.TRANSITIONS if transitions.may(inspection, a, user)]


__all__ = ["Status", "conclude", "decide_finding", "propose_accountability", "release", "take"]
