"""Every change of the partners module (合作机构管理): register and edit, admission and exit, the blacklist and
its lifting, agreements and their clause checklist, violations, yearly evaluations. Each service checks the
user's scope and role, changes in one transaction and writes the audit event there."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from xiaobao.audit import services as audit
from xiaobao.core.errors import InvalidInput, PermissionDenied, UnknownReference
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.partners import clauses, credit_code, facts, scoring, selectors, storage, transitions
from xiaobao.partners.codes import Clause, ClauseState, Kind, ListingStatus, Outcome, Source
from xiaobao.partners.models import (
    Agreement,
    Contact,
    Evaluation,
    FormerName,
    Listing,
    Partner,
    Step,
    Violation,
)
from xiaobao.privacy import crypto
from xiaobao.privacy import services as privacy
from xiaobao.privacy.masking import mask_free_text

MAX_TEXT = 2000
CREDIT_CODE_PROBLEMS = {
    "length": gettext_lazy("The unified social credit code has 18 characters."),
    "alphabet": gettext_lazy("The unified social credit code uses digits and capital letters except I, O, S, V and Z."),
    "division": gettext_lazy("Characters 3 to 8 of the unified social credit code are the administrative division (digits)."),
    "check": gettext_lazy("The check character (the 18th) of the unified social credit code does not match: a typing error?"),
}


@dataclass(frozen=True)
class Upload:
    name: str
    stream: BinaryIO


# ---- helpers ------------------------------------------------------------------------------------------------

def text(value: str | None, field: str, label: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    clean = (value or "").strip()
    if required and not clean:
        raise InvalidInput(_("%(field)s is required.") % {"field": label}, field=field)
    if any(ord(ch) < 32 and ch not in "\n\r\t" for ch in clean):
        raise InvalidInput(_("%(field)s contains control characters.") % {"field": label}, field=field)
    if len(clean) > limit:
        raise InvalidInput(_("%(field)s is too long (at most %(n)s characters).") % {"field": label, "n": limit},
                           field=field)
    return clean


def checked_credit_code(value: str) -> str:
    code = credit_code.normalise(value or "")
    reason = credit_code.problem(code)
    if reason is not None:
        raise InvalidInput(CREDIT_CODE_PROBLEMS[reason], field="credit_code")
    return code


def _manager(by: User) -> None:
    if by.is_read_only or not by.has_role(*transitions.MANAGERS):
        raise PermissionDenied(_("Your role may not change the partner registry."))


def _check_version(obj: Any, version: int | None) -> None:
    if version is not None and obj.version != version:
        raise transitions.StaleVersion(
            _("Someone else changed this record (version %(current)s, yours %(yours)s). Reload and retry.")
            % {"current": obj.version, "yours": version}, field="version", current_version=obj.version)


def _store(upload: Upload | None) -> dict[str, str]:
    if upload is None:
        return {}
    stored = storage.store(upload.name, upload.stream)
    return {"evidence_name": stored.original_name, "evidence_stored": stored.stored_name,
            "evidence_type": stored.content_type, "evidence_sha256": stored.sha256}


def _step(partner: Partner, *, action: str, by: User, before: str, after: str, note: str = "",
          listing: Listing | None = None, evidence: Mapping[str, str] | None = None) -> Step:
    step = Step.objects.create(partner=partner, listing=listing, action=action, from_status=before, to_status=after,
                               actor=by, at=timezone.now(), note=note, **(evidence or {}))
    audit.record(action=f"partner.{action}", obj=listing or partner, actor=by,
                 before={"status": before} if before else None, after={"status": after},
                 note=step.note_masked[:300])
    return step


def _institutions(by: User, institutions: Iterable[Institution]) -> list[Institution]:
    chosen = list(dict.fromkeys(institutions))
    if not chosen:
        raise InvalidInput(_("Name at least one institution that works with the partner."), field="institutions")
    scope = scope_for(by)
    if any(not scope.contains(i) for i in chosen):
        raise UnknownReference(_("You may name only institutions in your scope."), field="institutions")
    return chosen


def managing_institution(institutions: list[Institution]) -> Institution:
    """The lowest institution whose subtree holds every one of `institutions` (管理机构)."""
    roots = [i for i in Institution.objects.all() if all(c.path.startswith(i.path) for c in institutions)]
    return max(roots, key=lambda i: len(i.path))


def _former_names(partner: Partner, names: Iterable[str]) -> None:
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        FormerName.objects.get_or_create(partner=partner, name=text(name, "former_names", _("Former name"), limit=200))


# ---- the registry -------------------------------------------------------------------------------------------

@transaction.atomic
def partner_register(*, by: User, name: str, kind: str, credit_code: str, institutions: Iterable[Institution],
                     licence_number: str = "", licence_expires_on: date | None = None, business_scope: str = "",
                     former_names: Iterable[str] = (), idempotency_key: str | None = None) -> tuple[Partner, bool]:
    """登记合作机构. Returns (partner, created); a retried Idempotency-Key returns the first partner."""
    _manager(by)
    if idempotency_key:
        existing = Partner.objects.filter(created_by=by, idempotency_key=idempotency_key[:200]).first()
        if existing is not None:
            return existing, False
    if kind not in Kind.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": kind}, field="kind")
    code = checked_credit_code(credit_code)
    chosen = _institutions(by, institutions)
    if Partner.objects.filter(credit_code=code).exists():
        raise InvalidInput(_("A partner with this unified social credit code is already registered."),
                           field="credit_code")
    partner = Partner(name=text(name, "name", _("Name"), limit=200), kind=kind, credit_code=code,
                      licence_number=text(licence_number, "licence_number", _("Licence number"), required=False,
                                          limit=60),
                      licence_expires_on=licence_expires_on,
                      business_scope=text(business_scope, "business_scope", _("Business scope"), required=False),
                      institution=managing_institution(chosen), created_by=by,
                      idempotency_key=idempotency_key[:200] if idempotency_key else None)
    try:
        with transaction.atomic():
            partner.save()
    except IntegrityError as exc:
        raise InvalidInput(_("A partner with this unified social credit code is already registered."),
                           field="credit_code") from exc
    partner.institutions.set(chosen)
    _former_names(partner, former_names)
    audit.record(action="partner.register", obj=partner, actor=by,
                 after={"credit_code": code, "kind": kind, "institutions": [i.code for i in chosen]})
    return partner, True


@transaction.atomic
def partner_update(*, partner_id: int, version: int, by: User, name: str, kind: str,
                   institutions: Iterable[Institution], licence_number: str = "",
                   licence_expires_on: date | None = None, business_scope: str = "",
                   former_names: Iterable[str] = ()) -> Partner:
    """修改: the registry fields (not the credit code, not the status). A changed name keeps the old one as a
    former name."""
    _manager(by)
    partner = selectors.partner_get(user=by, pk=partner_id, for_update=True)
    _check_version(partner, version)
    if kind not in Kind.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": kind}, field="kind")
    new_name = text(name, "name", _("Name"), limit=200)
    chosen = _institutions(by, institutions)
    scope = scope_for(by)
    outside = [i for i in partner.institutions.all() if not scope.contains(i)]  # kept: not the user's to remove
    before = {"name": partner.name, "licence_number": partner.licence_number,
              "licence_expires_on": str(partner.licence_expires_on or "")}
    if new_name != partner.name:
        _former_names(partner, [partner.name])
    partner.name, partner.kind = new_name, kind
    partner.licence_number = text(licence_number, "licence_number", _("Licence number"), required=False, limit=60)
    partner.licence_expires_on = licence_expires_on
    partner.business_scope = text(business_scope, "business_scope", _("Business scope"), required=False)
    partner.institution = managing_institution([*chosen, *outside])
    partner.version += 1
    partner.save()
    partner.institutions.set([*chosen, *outside])
    _former_names(partner, former_names)
    audit.record(action="partner.update", obj=partner, actor=by, before=before,
                 after={"name": partner.name, "licence_number": partner.licence_number,
                        "licence_expires_on": str(partner.licence_expires_on or "")})
    return partner


@transaction.atomic
def contact_add(*, partner_id: int, by: User, name: str, phone: str = "", role: str = "") -> Contact:
    """联系人: name and phone encrypted; the phone indexed for exact search."""
    _manager(by)
    partner = selectors.partner_get(user=by, pk=partner_id)
    clean_phone = text(phone, "phone", _("Phone"), required=False, limit=30)
    if clean_phone and not 7 <= sum(ch in "0123456789" for ch in clean_phone) <= 15:
        raise InvalidInput(_("The phone number is not valid."), field="phone")
    contact = Contact.objects.create(
        partner=partner, role=text(role, "role", _("Position"), required=False, limit=60),
        name=text(name, "name", _("Contact name"), limit=60), phone=clean_phone,
        phone_index=crypto.blind_index(clean_phone, "phone") if clean_phone else "")
    audit.record(action="partner.contact_add", obj=partner, actor=by, after={"contact": contact.pk})
    return contact


def contact_label(contact: Contact) -> str:
    """How the access log names a contact, without personal data: the partner (an organisation) and the row."""
    return f"{contact.partner.name[:120]} {contact.partner.credit_code} #{contact.pk}"


def contact_unmask(*, contact_id: int, by: User, field: str, reason: str, channel: str = "api") -> str:
    """查看明文: one field of a partner's contact person in clear, with a reason, through the privacy module's
    service (the right, the reason, the access log and the audit event are its)."""
    contact = selectors.contact_get(user=by, pk=contact_id)
    return privacy.unmask_holder(user=by, holder=contact, field=field, reason=reason, label=contact_label(contact),
                                 channel=channel)


# ---- admission and exit ------------------------------------------------------------------------------------

@transaction.atomic
def step(*, partner_id: int, version: int | None, action: str, by: User, note: str = "",
         evidence: Upload | None = None) -> Partner:
    """准入 / 退出: ask for a step (with its evidence) or decide it (another approver than the requester)."""
    partner = selectors.partner_get(user=by, pk=partner_id, for_update=True)
    _check_version(partner, version)
    rule = transitions.check(partner, action, by)
    if rule.subject != transitions.PARTNER:
        raise transitions.TransitionNotAllowed(_("Unknown action."), field="action")
    clean = text(note, "note", pgettext("partners", "Note"), required=action.startswith(("request", "reject")))
    stored = _store(evidence)
    if action.startswith("request") and not stored and not clean:
        raise InvalidInput(_("Give the evidence or a note for the request."), field="evidence")
    before, after = transitions.apply(partner, action, by)
    partner.pending_by = by if action.startswith("request") else None
    partner.version += 1
    partner.save(update_fields=["status", "pending_by", "version", "updated_at"])
    _step(partner, action=action, by=by, before=before, after=after, note=clean, evidence=stored)
    return partner


# ---- the blacklist -----------------------------------------------------------------------------------------

@transaction.atomic
def listing_request(*, partner_id: int, by: User, reason: str, starts_on: date, ends_on: date | None = None,
                    evidence: Upload | None = None) -> Listing:
    """申请列入黑名单: a reason, a start, an optional end; in force once another approver approves it."""
    partner = selectors.partner_get(user=by, pk=partner_id, for_update=True)
    clean = text(reason, "reason", _("Reason"))
    if len(clean) < 4:
        raise InvalidInput(_("Give the reason in at least 4 characters."), field="reason")
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(_("The end lies before the start."), field="ends_on")
    if partner.listings.filter(status__in=(ListingStatus.REQUESTED, ListingStatus.ACTIVE,
                                           ListingStatus.LIFT_REQUESTED)).exists():
        raise transitions.TransitionNotAllowed(_("This partner already has a blacklisting requested or in force."),
                                               field="partner")
    listing = Listing(partner=partner, reason=clean, starts_on=starts_on, ends_on=ends_on, requested_by=by,
                      requested_at=timezone.now())
    before, after = transitions.apply(listing, "request_listing", by)
    stored = _store(evidence)
    listing.save()
    _step(partner, action="request_listing", by=by, before=before, after=after, note=clean, listing=listing,
          evidence=stored)
    return listing


@transaction.atomic
def listing_act(*, listing_id: int, version: int | None, action: str, by: User, note: str = "") -> Listing:
    """批准 / 不予列入, 申请解除, 批准 / 不予解除 — approvals by someone other than the requester."""
    listing = selectors.listing_get(user=by, pk=listing_id, for_update=True)
    _check_version(listing, version)
    rule = transitions.check(listing, action, by)
    if rule.subject != transitions.LISTING or action == "request_listing":
        raise transitions.TransitionNotAllowed(_("Unknown action."), field="action")
    clean = text(note, "note", pgettext("partners", "Note"), required=action in ("request_lift", "reject_listing", "reject_lift"))
    now = timezone.now()
    before, after = transitions.apply(listing, action, by)
    if action == "approve_listing":
        listing.approved_by, listing.approved_at = by, now
    elif action == "request_lift":
        listing.lift_requested_by = by
    elif action == "approve_lift":
        listing.lifted_by, listing.lifted_at = by, now
    elif action == "reject_lift":
        listing.lift_requested_by = None
    listing.version += 1
    listing.save()
    _step(listing.partner, action=action, by=by, before=before, after=after, note=clean, listing=listing)
    return listing


# ---- agreements --------------------------------------------------------------------------------------------

@transaction.atomic
def agreement_upload(*, partner_id: int, by: User, upload: Upload, signed_on: date, expires_on: date | None = None,
                     number: str = "") -> Agreement:
    """合作协议: stored; a .docx is scanned for each clause's key phrases to pre-fill the checklist."""
    _manager(by)
    partner = selectors.partner_get(user=by, pk=partner_id)
    if expires_on is not None and expires_on < signed_on:
        raise InvalidInput(_("The agreement expires before it is signed."), field="expires_on")
    stored = storage.store(upload.name, upload.stream)
    try:
        found = clauses.scan(clauses.docx_text(stored.path.read_bytes())) if stored.content_type == clauses.DOCX \
            else {}
        agreement = Agreement.objects.create(
            partner=partner, number=text(number, "number", _("Agreement number"), required=False, limit=60),
            signed_on=signed_on, expires_on=expires_on, original_name=stored.original_name,
            stored_name=stored.stored_name, content_type=stored.content_type, size=stored.size, sha256=stored.sha256,
            found=found, clauses={code: ClauseState.PRESENT if phrase else ClauseState.MISSING
                                  for code, phrase in found.items()}, uploaded_by=by)
    except BaseException:
        stored.path.unlink(missing_ok=True)
        raise
    audit.record(action="partner.agreement_upload", obj=partner, actor=by,
                 after={"agreement": agreement.pk, "sha256": stored.sha256})
    return agreement


@transaction.atomic
def agreement_confirm(*, agreement_id: int, by: User, states: Mapping[str, str]) -> Agreement:
    """The reviewer's checklist: every required clause present or missing."""
    _manager(by)
    agreement = selectors.agreement_get(user=by, pk=agreement_id)
    missing = [c for c in Clause.values if states.get(c) not in ClauseState.values]
    if missing:
        raise InvalidInput(_("Say for every clause whether it is present or missing."), field=missing[0])
    agreement.clauses = {c: states[c] for c in Clause.values}
    agreement.confirmed_by, agreement.confirmed_at = by, timezone.now()
    agreement.save(update_fields=["clauses", "confirmed_by", "confirmed_at"])
    audit.record(action="partner.agreement_confirm", obj=agreement.partner, actor=by,
                 after={"agreement": agreement.pk, "missing": agreement.missing})
    return agreement


# ---- violations and evaluations -------------------------------------------------------------------------

@transaction.atomic
def violation_record(*, partner_id: int, by: User, what: str, occurred_on: date, source: str, reference: str = "",
                     evidence: Upload | None = None) -> Violation:
    """违规记录."""
    _manager(by)
    partner = selectors.partner_get(user=by, pk=partner_id)
    if source not in Source.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": source}, field="source")
    if occurred_on > selectors.today():
        raise InvalidInput(_("The date lies in the future."), field="occurred_on")
    violation = Violation.objects.create(
        partner=partner, what=text(what, "what", _("What happened")), occurred_on=occurred_on, source=source,
        reference=text(reference, "reference", _("Reference"), required=False, limit=60), recorded_by=by,
        **_store(evidence))
    audit.record(action="partner.violation", obj=partner, actor=by,
                 after={"violation": violation.pk, "source": source, "what": mask_free_text(violation.what)[:200]})
    return violation


@transaction.atomic
def violation_rectified(*, violation_id: int, by: User, on: date) -> Violation:
    _manager(by)
    violation = selectors.violation_get(user=by, pk=violation_id, for_update=True)
    if violation.rectified_on is not None:
        raise transitions.TransitionNotAllowed(
            _("This violation was already recorded as rectified on %(day)s.") % {"day": f"{violation.rectified_on:%Y-%m-%d}"},
            field="on")
    if on < violation.occurred_on or on > selectors.today():
        raise InvalidInput(_("The rectification date lies between the violation and today."), field="on")
    violation.rectified_on = on
    violation.save(update_fields=["rectified_on"])
    audit.record(action="partner.violation_rectified", obj=violation.partner, actor=by,
                 after={"violation": violation.pk, "rectified_on": on.isoformat()})
    return violation


@transaction.atomic
def evaluate(*, partner_id: int, by: User, year: int, outcome: str = "", note: str = "") -> Evaluation:
    """定期评价: indicators counted, score computed; the outcome defaults to the score's band, and a different
    outcome needs a note."""
    _manager(by)
    partner = selectors.partner_get(user=by, pk=partner_id, for_update=True)
    if not 2000 <= year <= selectors.today().year:
        raise InvalidInput(_("Evaluate a past or the current year."), field="year")
    if partner.evaluations.filter(year=year).exists():
        raise transitions.TransitionNotAllowed(_("This partner was already evaluated for that year."), field="year")
    found = facts.indicators(partner, year)
    points = scoring.score(found)
    suggested = scoring.suggested_outcome(points)
    chosen = outcome or suggested
    if chosen not in Outcome.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": chosen}, field="outcome")
    clean = text(note, "note", pgettext("partners", "Note"), required=chosen != suggested)
    evaluation = Evaluation.objects.create(
        partner=partner, year=year, complaints=found.complaints, marketing_violations=found.marketing_violations,
        inspection_failures=found.inspection_failures, violations=found.violations, rectified=found.rectified,
        score=points, outcome=chosen, note=clean, evaluated_by=by)
    audit.record(action="partner.evaluate", obj=partner, actor=by,
                 after={"year": year, "score": points, "outcome": chosen})
    return evaluation
