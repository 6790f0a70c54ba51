"""Every change of the review module (消保审查): submit, check, opinions, answers, versions, conclusion,
release registration, marketing monitoring and sweeps. Each service locks through the user's scope, checks the
version and the transition table, changes, and writes the timeline and the audit event in one transaction.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, BinaryIO

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.audit import services as audit
from xiaobao.core.errors import ConflictingInput, InvalidInput, PermissionDenied, UnknownReference
from xiaobao.core.text import choice_value, text_value
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.privacy.masking import mask_free_text
from xiaobao.reviews import checking, selectors, storage, transitions
from xiaobao.reviews.codes import (
    PRODUCT_KINDS,
    Answer,
    CheckAs,
    CheckState,
    Conclusion,
    Engine,
    FindingState,
    Kind,
    LegalBasis,
    MaterialForm,
    MonitoringSource,
    MonitoringStatus,
    ReleaseChannel,
    Severity,
    Status,
)
from xiaobao.reviews.models import (
    Finding,
    MonitoringRecord,
    Opinion,
    Release,
    ReviewCounter,
    ReviewDocument,
    ReviewEvent,
    ReviewRequest,
)

MAX_TEXT = 5000
MAX_DOCUMENTS = 20
MATCH_THRESHOLD = 0.6  # text similarity above which monitored material "is" an approved material


@dataclass(frozen=True)
class Upload:
    name: str
    stream: BinaryIO
    check_as: str = CheckAs.OTHER


# ---- helpers --------------------------------------------------------------------------------------------

def _lock(request_id: int, *, by: User, version: int | None, action: str | None) -> ReviewRequest:
    request = selectors.request_get(user=by, pk=request_id, for_update=True)
    if version is not None and request.version != version:
        raise transitions.StaleVersion(
            _("The request was changed by someone else (version %(current)s, yours %(yours)s). Reload and retry.")
            % {"current": request.version, "yours": version}, field="version", current_version=request.version)
    if action is not None:
        transitions.check(request, action, by)
    return request


def _save(request: ReviewRequest, *fields: str) -> None:
    request.version += 1
    request.save(update_fields=[*fields, "version", "updated_at"])


def _record(request: ReviewRequest, *, action: str, by: User | None, before: str = "", after: str = "",
            note: str = "", data: dict[str, Any] | None = None) -> None:
    masked = mask_free_text(note)[:300]
    ReviewEvent.objects.create(request=request, action=action, actor=by, at=timezone.now(), from_status=before,
                               to_status=after, note=masked)
    audit.record(action=f"review.{action}", obj=request, actor=by,
                 before={"status": before} if after and after != before else None,
                 after={**({"status": after} if after and after != before else {}), **(data or {})} or None,
                 note=masked)


def due_on(kind: str, submitted: datetime) -> date:
    """审查时限: N working days after submission (default 5, per type in settings.REVIEW_DUE_WORKING_DAYS),
    counted on the project's working-day calendar; a year missing from the calendar counts weekends only."""
    from xiaobao.complaints.deadlines import calendar  # the admin-maintained working-day calendar

    days = settings.REVIEW_DUE_WORKING_DAYS.get(kind, settings.REVIEW_DUE_WORKING_DAYS["default"])
    day = submitted.astimezone(selectors.BEIJING).date()
    work = calendar()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        status = work.status(day)
        working = status if status is not None else day.weekday() < 5
        if working:
            counted += 1
    return day


def _next_number(year: int) -> str:
    counter, _created = ReviewCounter.objects.select_for_update().get_or_create(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"SC{year}{counter.last:06d}"


def needs_countersign(request: ReviewRequest, conclusion: str) -> bool:
    rule = settings.REVIEW_COUNTERSIGN
    return bool((conclusion == Conclusion.REJECT and rule.get("reject"))
                or (request.kind in PRODUCT_KINDS and rule.get("product")))


# ---- submission and documents -----------------------------------------------------------------------------

def _add_document(request: ReviewRequest, upload: Upload, *, by: User, lineage: int | None) -> ReviewDocument:
    check_as = choice_value(upload.check_as, CheckAs, "check_as")
    stored = storage.store(upload.name, upload.stream)
    try:
        if lineage is None:
            last = request.documents.order_by("-lineage").values_list("lineage", flat=True).first() or 0
            lineage, revision = last + 1, 1
        else:
            last_rev = (request.documents.filter(lineage=lineage).order_by("-revision")
                        .values_list("revision", flat=True).first())
            if last_rev is None:
                raise UnknownReference(_("No such document in this request."), field="document")
            revision = last_rev + 1
        document = ReviewDocument.objects.create(
            request=request, lineage=lineage, revision=revision, check_as=check_as,
            original_name=stored.original_name, stored_name=stored.stored_name, content_type=stored.content_type,
            size=stored.size, sha256=stored.sha256, uploaded_by=by)
    except BaseException:
        stored.path.unlink(missing_ok=True)
        raise
    transaction.on_commit(lambda: _enqueue_check(document.pk))
    return document


def _enqueue_check(document_id: int) -> None:
    from xiaobao.reviews.tasks import check_document

    check_document.enqueue(document_id)


@transaction.atomic
def request_submit(*, by: User, kind: str, title: str, institution: Institution, uploads: list[Upload],
                   material_form: str = "", product_line: str = "", planned_release_on: date | None = None,
                   department: str = "", partner_name: str = "",
                   idempotency_key: str | None = None) -> tuple[ReviewRequest, bool]:
    """提交审查申请. Returns (request, created); a retried Idempotency-Key returns the first request."""
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not submit review requests."))
    if idempotency_key:
        if len(idempotency_key) > 200:
            raise InvalidInput(_("The Idempotency-Key is longer than 200 characters."), field="Idempotency-Key")
        existing = ReviewRequest.objects.filter(requester=by, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    kind = choice_value(kind, Kind, "kind")
    material_form = choice_value(material_form, MaterialForm, "material_form", required=False)
    if kind == Kind.MARKETING and not material_form:
        raise InvalidInput(_("Say what form the marketing material takes."), field="material_form")
    title = text_value(title, "title", _("Title"), limit=200)
    if not scope_for(by).contains(institution) or not institution.is_active:
        raise UnknownReference(_("You may submit only for an institution in your scope."), field="institution")
    if not uploads:
        raise InvalidInput(_("Attach at least one document to review."), field="files")
    if len(uploads) > MAX_DOCUMENTS:
        raise InvalidInput(_("At most %(n)s documents per request.") % {"n": MAX_DOCUMENTS}, field="files")
    now = timezone.now()
    if planned_release_on and planned_release_on < now.astimezone(selectors.BEIJING).date() - timedelta(days=1):
        raise InvalidInput(_("The planned release date is in the past."), field="planned_release_on")
    request = ReviewRequest(
        number=_next_number(now.astimezone(selectors.BEIJING).year), kind=kind, material_form=material_form,
        title=title,
        product_line=text_value(product_line, "product_line", _("Product line"), required=False, limit=100),
        planned_release_on=planned_release_on, institution=institution,
        department=text_value(department, "department", _("Requesting department"), required=False, limit=100),
        partner_name=text_value(partner_name, "partner_name", _("Partner agency"), required=False, limit=200),
        requester=by, submitted_at=now, due_on=due_on(kind, now), idempotency_key=idempotency_key or None)
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:
        existing = ReviewRequest.objects.filter(requester=by, idempotency_key=idempotency_key).first()
        if existing is None:
            raise
        return existing, False
    for upload in uploads:
        _add_document(request, upload, by=by, lineage=None)
    _record(request, action="submit", by=by, after=Status.UNDER_REVIEW,
            data={"documents": len(uploads), "kind": kind})
    return request, True


@transaction.atomic
def document_add(*, request_id: int, version: int, by: User, upload: Upload,
                 lineage: int | None = None) -> ReviewDocument:
    """上传材料 / 新版本: a new document, or a new version of document `lineage` (the old one is kept)."""
    request = _lock(request_id, by=by, version=version, action="add_document")
    document = _add_document(request, upload, by=by, lineage=lineage)
    _save(request)
    _record(request, action="add_document", by=by, note=document.original_name,
            data={"document": document.lineage, "revision": document.revision})
    return document


def run_checks(document_id: int) -> ReviewDocument | None:
    """Run the engines on one document and store the findings. Idempotent: a document already checked is left
    as it is, so a retried task duplicates nothing."""
    document = ReviewDocument.objects.filter(pk=document_id).first()
    if document is None or document.check_state != CheckState.PENDING:
        return document
    result = checking.check_file(storage.storage_dir() / document.stored_name, name=document.original_name,
                                 check_as=document.check_as)
    with transaction.atomic():
        document = ReviewDocument.objects.select_for_update().get(pk=document_id)
        if document.check_state != CheckState.PENDING:
            return document
        Finding.objects.bulk_create([
            Finding(document=document, engine=f.engine, engine_version=f.engine_version, code=f.code,
                    label=f.label[:200], before=f.before, quote=f.quote, after=f.after, explanation=f.explanation,
                    legal_basis=f.legal_basis[:300])
            for f in result.findings])
        document.text = result.text
        document.check_state = CheckState.DONE if result.readable else CheckState.UNREADABLE
        document.check_note = result.note
        document.engine_versions = result.engine_versions
        document.checked_at = timezone.now()
        document.save()
        audit.record(action="review.checked", obj=document.request, actor=None,
                     after={"document": document.lineage, "revision": document.revision,
                            "findings": len(result.findings), "state": document.check_state})
    return document


# ---- the reviewer's work -----------------------------------------------------------------------------------

@transaction.atomic
def take(*, request_id: int, version: int, by: User) -> ReviewRequest:
    """领取审查: the reviewer takes the request."""
    request = _lock(request_id, by=by, version=version, action="take")
    request.reviewer = by
    _save(request, "reviewer")
    _record(request, action="take", by=by)
    return request


@transaction.atomic
def finding_decide(*, finding_id: int, by: User, accept: bool, reason: str = "") -> Finding:
    """确认 or 排除 an automatic finding; a dismissed finding is kept, with the reason."""
    finding = selectors.finding_get(user=by, pk=finding_id, for_update=True)
    request = _lock(finding.document.request_id, by=by, version=None, action="decide_finding")
    reason = text_value(reason, "reason", _("Reason"), required=not accept, limit=500, minimum=4 if not accept else 0)
    finding.state = FindingState.ACCEPTED if accept else FindingState.DISMISSED
    finding.decision_reason = reason
    finding.decided_by = by
    finding.decided_at = timezone.now()
    finding.save()
    _save(request)
    _record(request, action="finding_accept" if accept else "finding_dismiss", by=by, note=reason,
            data={"finding": finding.pk})
    return finding


@transaction.atomic
def opinion_add(*, request_id: int, version: int, by: User, document_id: int, severity: str, legal_basis: str,
                text: str, legal_basis_text: str = "", finding_id: int | None = None, quote: str = "") -> Opinion:
    """审查意见 on a document (optionally on a finding or a quoted passage)."""
    request = _lock(request_id, by=by, version=version, action="add_opinion")
    document = request.documents.filter(pk=document_id).first()
    if document is None:
        raise InvalidInput(_("Choose a document of this request."), field="document")
    finding = None
    if finding_id is not None:
        finding = Finding.objects.filter(pk=finding_id, document=document).first()
        if finding is None:
            raise InvalidInput(_("The finding does not belong to that document."), field="finding")
    severity = choice_value(severity, Severity, "severity")
    legal_basis = choice_value(legal_basis, LegalBasis, "legal_basis")
    basis_text = text_value(legal_basis_text, "legal_basis_text", _("Legal basis"), limit=300,
                            required=legal_basis == LegalBasis.OTHER)
    opinion = Opinion.objects.create(
        request=request, document=document, finding=finding, severity=severity, legal_basis=legal_basis,
        legal_basis_text=basis_text, text=text_value(text, "text", _("Opinion"), limit=MAX_TEXT),
        quote=text_value(quote, "quote", _("Quoted passage"), required=False, limit=500)
        or (finding.quote if finding else ""),
        created_by=by)
    if request.reviewer_id is None:
        request.reviewer = by
    _save(request, "reviewer")
    _record(request, action="opinion", by=by, data={"opinion": opinion.pk, "severity": severity})
    return opinion


@transaction.atomic
def opinions_send(*, request_id: int, version: int, by: User) -> ReviewRequest:
    """反馈意见: the opinions go to the requester, who answers each."""
    request = _lock(request_id, by=by, version=version, action="send_opinions")
    if not request.opinions.filter(answer="").exists():
        raise InvalidInput(_("Write at least one opinion before sending them."), field="opinions")
    before, after = transitions.apply(request, "send_opinions", by)
    _save(request, "status")
    _record(request, action="send_opinions", by=by, before=before, after=after)
    return request


@transaction.atomic
def opinion_answer(*, opinion_id: int, by: User, answer: str, reason: str) -> Opinion:
    """答复: 采纳 / 部分采纳 / 不采纳, with a reason."""
    opinion = selectors.opinion_get(user=by, pk=opinion_id, for_update=True)
    request = _lock(opinion.request_id, by=by, version=None, action="answer")
    answer = choice_value(answer, Answer, "answer")
    opinion.answer = answer
    opinion.answer_reason = text_value(reason, "reason", _("Reason"), limit=2000,
                                  required=answer != Answer.ADOPTED, minimum=4 if answer != Answer.ADOPTED else 0)
    opinion.answered_by = by
    opinion.answered_at = timezone.now()
    opinion.save()
    _save(request)
    _record(request, action="answer", by=by, data={"opinion": opinion.pk, "answer": answer})
    return opinion


@transaction.atomic
def resubmit(*, request_id: int, version: int, by: User) -> ReviewRequest:
    """重新提交: every opinion answered, new versions uploaded where needed; back to the reviewer."""
    request = _lock(request_id, by=by, version=version, action="resubmit")
    if request.opinions.filter(answer="").exists():
        raise ConflictingInput(_("Answer every opinion before resubmitting."), field="opinions")
    before, after = transitions.apply(request, "resubmit", by)
    request.due_on = due_on(request.kind, timezone.now())
    _save(request, "status", "due_on")
    _record(request, action="resubmit", by=by, before=before, after=after)
    return request


@transaction.atomic
def conclude(*, request_id: int, version: int, by: User, conclusion: str, note: str = "") -> ReviewRequest:
    """审查结论 signed off by the reviewer; 不通过 and product requests may need a second signer."""
    request = _lock(request_id, by=by, version=version, action="conclude")
    conclusion = choice_value(conclusion, Conclusion, "conclusion")
    note = text_value(note, "note", _("Conclusion note"), required=conclusion != Conclusion.PASS, minimum=4,
                      limit=MAX_TEXT)
    if request.documents.filter(check_state=CheckState.PENDING).exists():
        raise ConflictingInput(_("The automatic checks are still running; conclude when they are done."),
                               field="conclusion")
    if conclusion != Conclusion.REJECT and request.opinions.filter(
            severity=Severity.MUST, answer__in=["", Answer.NOT_ADOPTED]).exists():
        raise ConflictingInput(_("A “must be changed” opinion is not adopted: the request cannot pass."),
                               field="conclusion")
    target = Status.COUNTERSIGN if needs_countersign(request, conclusion) else Status.CONCLUDED
    before, after = transitions.apply(request, "conclude", by, target=target)
    request.conclusion, request.conclusion_note = conclusion, note
    request.concluded_by, request.reviewer = by, request.reviewer or by
    request.concluded_at = timezone.now() if target == Status.CONCLUDED else None
    _save(request, "status", "conclusion", "conclusion_note", "concluded_by", "concluded_at", "reviewer")
    _record(request, action="conclude", by=by, before=before, after=after, note=note,
            data={"conclusion": conclusion})
    return request


@transaction.atomic
def countersign(*, request_id: int, version: int, by: User, approve: bool, note: str = "") -> ReviewRequest:
    """复核签字 by a head or officer; refusing sends the request back to the reviewer."""
    request = _lock(request_id, by=by, version=version, action="countersign" if approve else "refuse_countersign")
    if request.concluded_by_id == by.pk:
        raise PermissionDenied(_("The second signer must be another person."))
    note = text_value(note, "note", pgettext("reviews", "Note"), required=not approve, minimum=4, limit=MAX_TEXT)
    before, after = transitions.apply(request, "countersign" if approve else "refuse_countersign", by)
    if approve:
        request.countersigned_by, request.countersigned_at = by, timezone.now()
        request.concluded_at = request.countersigned_at
    else:
        request.conclusion, request.concluded_by = "", None
    _save(request, "status", "countersigned_by", "countersigned_at", "concluded_at", "conclusion", "concluded_by")
    _record(request, action="countersign" if approve else "refuse_countersign", by=by, before=before, after=after,
            note=note)
    return request


@transaction.atomic
def withdraw(*, request_id: int, version: int, by: User, reason: str) -> ReviewRequest:
    request = _lock(request_id, by=by, version=version, action="withdraw")
    reason = text_value(reason, "reason", _("Reason"), minimum=4, limit=MAX_TEXT)
    before, after = transitions.apply(request, "withdraw", by)
    _save(request, "status")
    _record(request, action="withdraw", by=by, before=before, after=after, note=reason)
    return request


# ---- release registration ---------------------------------------------------------------------------------

@transaction.atomic
def release_register(*, request_id: int, by: User, document_id: int, channel: str, location: str,
                     published_on: date) -> Release:
    """发布登记: only material whose review passed, and only the version that was approved."""
    request = _lock(request_id, by=by, version=None, action=None)
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not register releases."))
    if not request.passed:
        raise ConflictingInput(_("Only material whose review passed may be registered as released."),
                               field="request")
    document = request.documents.filter(pk=document_id).first()
    if document is None:
        raise UnknownReference(_("Choose a document of this request."), field="document")
    latest_at_conclusion = (request.documents.filter(lineage=document.lineage, uploaded_at__lte=request.concluded_at)
                            .order_by("-revision").first())
    if latest_at_conclusion is None or latest_at_conclusion.pk != document.pk:
        raise ConflictingInput(_("Only the approved version of a document may be released (version %(v)s).")
                           % {"v": latest_at_conclusion.revision if latest_at_conclusion else "—"}, field="document")
    release = Release.objects.create(
        request=request, document=document, channel=choice_value(channel, ReleaseChannel, "channel"),
        location=text_value(location, "location", _("URL or place"), limit=500), published_on=published_on,
        registered_by=by)
    _record(request, action="release", by=by, data={"release": release.pk, "channel": channel,
                                                    "revision": document.revision})
    return release


@transaction.atomic
def release_withdraw(*, release_id: int, by: User, withdrawn_on: date) -> Release:
    release = selectors.release_get(user=by, pk=release_id, for_update=True)
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not change releases."))
    if release.withdrawn_on is not None:
        raise ConflictingInput(_("This release was already withdrawn."), field="withdrawn_on")
    if withdrawn_on < release.published_on:
        raise ConflictingInput(_("The withdrawal date is before the publication date."), field="withdrawn_on")
    release.withdrawn_on = withdrawn_on
    release.save(update_fields=["withdrawn_on"])
    _record(release.request, action="release_withdraw", by=by, data={"release": release.pk})
    return release


# ---- monitoring, sweeps and rectification --------------------------------------------------------------------

def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


def best_match(text: str, releases: Any) -> tuple[Release | None, float]:
    best, score = None, 0.0
    for release in releases:
        ratio = _similarity(text, release.document.text)
        if ratio > score:
            best, score = release, ratio
    return (best, score) if score >= MATCH_THRESHOLD else (None, score)


def rectification_owner(institution: Institution) -> User | None:
    """Who answers for a marketing violation of `institution`: its head, else a reviewer, else a handler."""
    from xiaobao.org.roles import Role

    for role in (Role.HEAD, Role.REVIEWER, Role.HANDLER):
        owner = (User.objects.filter(institution=institution, is_active=True, groups__name=role)
                 .order_by("id").first())
        if owner is not None:
            return owner
    return None


def _open_rectification(*, subject: Any, institution: Institution, title: str, by: User | None, detail: str,
                        label: str, url: str) -> int | None:
    """A violation opens a rectification task (整改) through the major module's shared service; None when the
    institution has nobody to own it (the record then says no task was opened)."""
    from xiaobao.major import rectification

    owner = rectification_owner(institution)
    if owner is None or by is None:
        return None
    task = rectification.open_task(subject=subject, institution=institution, title=title, owner=owner,
                                   due_on=selectors.today() + timedelta(days=settings.REVIEW_RECTIFICATION_DAYS),
                                   by=by, source="reviews", detail=detail, subject_label=label, subject_url=url)
    return int(task.pk)


@transaction.atomic
def monitoring_record(*, by: User, institution: Institution, source: str, seen_on: date, text: str,
                      location: str = "", agent_name: str = "", partner_name: str = "") -> MonitoringRecord:
    """营销宣传监测: check found material, match it to approved material, flag 未经审查发布, open 整改."""
    if not by.has_role(*selectors.REVIEWER_ROLES) or by.is_read_only:
        raise PermissionDenied(_("Only compliance reviewers and officers record monitoring finds."))
    if not scope_for(by).contains(institution):
        raise UnknownReference(_("Choose an institution in your scope."), field="institution")
    text = text_value(text, "text", _("Material text"), limit=20000)
    if seen_on > selectors.today():
        raise InvalidInput(_("The date seen is in the future."), field="seen_on")
    found = checking.marketing_findings(text)
    match, score = best_match(text, selectors.live_releases().filter(request__kind=Kind.MARKETING))
    status = (MonitoringStatus.UNREVIEWED if match is None
              else MonitoringStatus.VIOLATION if found else MonitoringStatus.COMPLIANT)
    record = MonitoringRecord.objects.create(
        institution=institution, source=choice_value(source, MonitoringSource, "source"),
        location=text_value(location, "location", _("URL or place"), required=False, limit=500), seen_on=seen_on,
        agent_name=text_value(agent_name, "agent_name", _("Agent"), required=False, limit=60),
        partner_name=text_value(partner_name, "partner_name", _("Partner agency"), required=False, limit=200),
        text=text, status=status, matched_release=match, similarity=round(score, 3),
        engine_version=checking.marketing_version(),
        findings=[{"code": f.code, "label": f.label, "quote": f.quote, "explanation": f.explanation,
                   "basis": f.legal_basis} for f in found],
        created_by=by)
    if status != MonitoringStatus.COMPLIANT:
        title = (_("Marketing material released without review") if status == MonitoringStatus.UNREVIEWED
                 else _("Marketing violation found in monitoring"))
        record.rectification_task_id = _open_rectification(
            subject=record, institution=institution, title=title, by=by,
            detail="；".join(f"{f.label}：{f.quote}" for f in found)[:1000],
            label=_("Monitoring record %(day)s") % {"day": f"{seen_on:%Y-%m-%d}"}, url=reverse("reviews:monitoring"))
        record.save(update_fields=["rectification_task_id"])
    audit.record(action="review.monitoring", obj=record, actor=by,
                 after={"status": status, "findings": len(found), "release": match.pk if match else None})
    return record


def sweep(*, by: User | None = None, chunk: int = 200) -> dict[str, int]:
    """Re-check every released, not-withdrawn material against the current marketing rules; a release that the
    rules now flag, and that was not flagged at its last check, gets a rectification task. Idempotent per rule
    version: a release already swept under these rules is skipped.

    The rules run outside any transaction; each chunk of releases is then written in one transaction (locked,
    re-read, skipped if another sweep got there first), so a crash loses at most a chunk, which the next sweep
    redoes. Only a release with new codes pays for the masked passages its rectification task quotes."""
    rules = checking.marketing_version()
    checked = flagged = 0
    pending = selectors.live_releases().exclude(last_sweep_rules=rules).order_by("pk")
    for releases in _chunks(pending.iterator(chunk_size=chunk), chunk):
        codes = {release.pk: checking.marketing_codes(release.document.text) for release in releases}
        known = defaultdict(set)  # codes the review already saw on the approved document
        for document_id, code in Finding.objects.filter(
                document_id__in={r.document_id for r in releases}, engine=Engine.MARKETING).values_list(
                "document_id", "code"):
            known[document_id].add(code)
        with transaction.atomic():
            locked = Release.objects.select_for_update().in_bulk([r.pk for r in releases])
            for release in releases:
                row = locked.get(release.pk)
                if row is None or row.last_sweep_rules == rules:
                    continue
                new = [c for c in codes[release.pk] if c not in (row.sweep_findings or [])
                       and c not in known[release.document_id]]
                row.last_swept_at, row.last_sweep_rules, row.sweep_findings = timezone.now(), rules, codes[release.pk]
                row.save(update_fields=["last_swept_at", "last_sweep_rules", "sweep_findings"])
                checked += 1
                if new:
                    flagged += 1
                    _flag_release(row, release, new, by=by)
    return {"checked": checked, "flagged": flagged}


def _chunks(items: Iterable[Release], size: int) -> Iterator[list[Release]]:
    batch: list[Release] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _flag_release(row: Release, release: Release, new: list[str], *, by: User | None) -> None:
    # the task quotes the passages (masked: one pii pass over the text); without an owner no task opens
    has_owner = rectification_owner(release.request.institution) is not None
    found = checking.marketing_findings(release.document.text) if has_owner else []
    _open_rectification(subject=row, institution=release.request.institution,
                        title=_("Released material flagged by the new marketing rules"),
                        by=by or release.request.concluded_by,
                        detail="；".join(f"{f.label}：{f.quote}" for f in found if f.code in new)[:1000],
                        label=f"{release.request.number} {release.location}"[:200],
                        url=reverse("reviews:detail", args=[release.request_id]))
    audit.record(action="review.sweep_flag", obj=release.request, actor=by, after={"release": release.pk, "codes": new})
