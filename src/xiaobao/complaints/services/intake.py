"""登记 — registering complaints from any channel, idempotently."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints import deadlines
from xiaobao.complaints.codes import SUB_CAUSE_PARENT, Category, Cause, Channel, ProductLine, SubCause
from xiaobao.complaints.models import Complaint, ComplaintEvent, IntakeKey, NumberSequence
from xiaobao.core.amounts import checked_amount
from xiaobao.core.errors import Conflict, InvalidInput, PermissionDenied
from xiaobao.engines import identity
from xiaobao.engines.deadlines import BEIJING, acceptance_due, load_rules
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.privacy import crypto

# The range of a received time: from the first complaint-handling rules the deadlines engine knows (a case
# received earlier has no statutory period) to one day ahead (feeds in another time zone, a clock slightly
# fast); stated in the OpenAPI document.
FIRST_RULES_DAY = min(r.effective_from for r in load_rules())
EARLIEST_RECEIVED = datetime.combine(FIRST_RULES_DAY, time(0, 0), tzinfo=BEIJING)
FUTURE_TOLERANCE = timedelta(days=1)
# A regulator's deadline lies between the first rules and two years ahead.
REGULATOR_DUE_HORIZON = timedelta(days=730)
MAX_COMPLAINANTS = 100_000  # a group complaint (群体投诉) of more people than this is a typing error
MAX_KEY_LENGTH = 200  # IntakeKey.key


@dataclass
class ComplainantIn:
    name: str
    phone: str = ""
    id_number: str = ""
    address: str = ""


@dataclass
class ComplaintIn:
    """What intake needs, already typed (by the API schema, the form or the Excel import)."""

    channel: str
    received_at: datetime
    institution: str  # code
    complainant: ComplainantIn
    product_line: str
    category: str
    cause: str
    summary: str
    sub_cause: str = ""  # 二级事由: optional, one of the cause's own (codes.SUB_CAUSE_PARENT)
    policy_number: str = ""
    claim_number: str = ""
    report_number: str = ""
    requested_outcome: str = ""
    disputed_amount: Decimal | None = None
    regulator_reference: str = ""
    regulator_due_at: datetime | None = None
    complainant_count: int = 1
    needs_minority_language: bool = False
    partner: str = ""  # the partner involved (涉及合作机构): its unified social credit code or its name
    is_elderly: bool = False  # said explicitly (no ID number, or the age is known otherwise); the ID adds to it
    errors: list[tuple[str, str]] = field(default_factory=list, repr=False)


def partner_named(text: str) -> Any | None:
    """The partner a complaint names by credit code, name or former name (None: none or several match).

    Read through the foreign key's model: complaints import nothing of the partners app."""
    text = text.strip()
    if not text:
        return None
    model = Complaint._meta.get_field("partner").related_model
    found = list(model.objects.filter(credit_code=text.upper())[:1]) or list(
        model.objects.filter(Q(name=text) | Q(former_names__name=text)).distinct()[:2])
    return found[0] if len(found) == 1 else None


def check(data: ComplaintIn, *, by: User, now: datetime | None = None,
           institutions: Mapping[str, Institution] | None = None) -> tuple[Institution | None, list[tuple[str, str]]]:
    """The handling institution (when it exists and is in scope) and every field error at once, as (field,
    Chinese message); no errors means the intake is valid.

    `institutions`: the active institutions by code, when the caller has fetched them for many intakes."""
    now = now or timezone.now()
    errors: list[tuple[str, str]] = []

    def need(value: Any, name: str, label: str) -> None:
        if value in (None, "") or (isinstance(value, str) and not value.strip()):
            errors.append((name, _("%(field)s is required.") % {"field": label}))

    for value, name, choices, label in (
        (data.channel, "channel", Channel, _("Channel")),
        (data.product_line, "product_line", ProductLine, _("Product line")),
        (data.category, "category", Category, _("Business category")),
        (data.cause, "cause", Cause, _("Cause")),
    ):
        if value not in choices.values:
            errors.append((name, _("%(field)s “%(value)s” is not a valid code.") % {"field": label, "value": value}))
    errors.extend(sub_cause_errors(data.cause, data.sub_cause))
    need(data.summary, "summary", _("Summary"))
    need(data.complainant.name, "complainant.name", _("Complainant name"))
    if data.received_at is None:
        errors.append(("received_at", _("Received time is required.")))
    elif timezone.is_naive(data.received_at):
        errors.append(("received_at", _("Received time needs a time zone.")))
    elif not EARLIEST_RECEIVED <= data.received_at <= now + FUTURE_TOLERANCE:
        errors.append(("received_at", _("Received time must lie between %(first)s and one day from now.")
                       % {"first": FIRST_RULES_DAY.isoformat()}))
    if data.regulator_due_at is not None and (
            timezone.is_naive(data.regulator_due_at)
            or not EARLIEST_RECEIVED <= data.regulator_due_at <= now + REGULATOR_DUE_HORIZON):
        errors.append(("regulator_due_at", _("The regulator's deadline must lie between %(first)s and two years "
                                             "from now.") % {"first": FIRST_RULES_DAY.isoformat()}))
    if institutions is None:
        institutions = {i.code: i for i in Institution.objects.filter(code=data.institution, is_active=True)}
    institution = institutions.get(data.institution)
    if institution is None:
        errors.append(("institution", _("Institution “%(code)s” does not exist.") % {"code": data.institution}))
    elif not scope_for(by).contains(institution):
        errors.append(("institution", _("Institution “%(code)s” is outside your data scope.")
                       % {"code": data.institution}))
    if data.complainant.id_number and not identity.is_valid_id_number(data.complainant.id_number):
        errors.append(("complainant.id_number", _("The ID number is not a valid resident ID (check digit).")))
    digits = "".join(ch for ch in data.complainant.phone if ch.isdigit())
    if data.complainant.phone and not 7 <= len(digits) <= 15:
        errors.append(("complainant.phone", _("The phone number is not valid.")))
    try:
        checked_amount(data.disputed_amount, field="disputed_amount", label=_("The disputed amount"))
    except InvalidInput as exc:
        errors.append(("disputed_amount", str(exc.message)))
    if data.channel == Channel.REGULATOR and not data.regulator_reference.strip():
        errors.append(("regulator_reference", _("A regulator transfer needs the regulator's reference number.")))
    if data.complainant_count < 1:
        errors.append(("complainant_count", _("There is at least one complainant.")))
    elif data.complainant_count > MAX_COMPLAINANTS:
        errors.append(("complainant_count", _("At most %(max)s complainants.") % {"max": MAX_COMPLAINANTS}))
    if data.partner.strip() and partner_named(data.partner) is None:
        errors.append(("partner", _("No registered partner has the credit code or name “%(text)s”.")
                       % {"text": data.partner.strip()[:60]}))
    in_scope = institution is not None and not any(field == "institution" for field, _m in errors)
    return (institution if in_scope else None), errors


def sub_cause_errors(cause: str, sub_cause: str) -> list[tuple[str, str]]:
    """The second-level cause is optional; when given, it exists and belongs to the first-level cause."""
    if not sub_cause:
        return []
    if sub_cause not in SUB_CAUSE_PARENT:
        return [("sub_cause", _("Second-level cause “%(value)s” is not a valid code.") % {"value": sub_cause})]
    if SUB_CAUSE_PARENT[sub_cause] != cause:
        cause_label = Cause(cause).label if cause in Cause.values else cause
        return [("sub_cause", _("The second-level cause “%(sub)s” does not belong to the cause “%(cause)s”.")
                 % {"sub": SubCause(sub_cause).label, "cause": cause_label})]
    return []


def check_key(key: str | None) -> None:
    """An Idempotency-Key longer than the column is refused before anything is written."""
    if key is not None and len(key) > MAX_KEY_LENGTH:
        raise InvalidInput(_("The Idempotency-Key may be at most %(max)s characters.") % {"max": MAX_KEY_LENGTH},
                           field="Idempotency-Key")


def invalid_input(errors: list[tuple[str, str]]) -> InvalidInput:
    """The refusal of an intake: the first error in front, all of them in `errors`."""
    return InvalidInput(errors[0][1], field=errors[0][0], errors=[{"field": f, "message": m} for f, m in errors])


def intake_hash(data: ComplaintIn) -> str:
    payload = asdict(data)
    payload.pop("errors", None)
    for name in ("is_elderly", "sub_cause"):  # the hash of an intake without them is as before the fields existed
        if not payload.get(name):
            payload.pop(name, None)
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def take_numbers(year: int, count: int) -> list[str]:
    """The next `count` readable numbers of the year (TS2026000123): one atomic UPDATE … RETURNING on the
    per-year counter, taken late so its row stays locked only for the rest of the intake transaction. The
    counter rolls back with the transaction, so numbers have no gaps."""
    table = NumberSequence._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET last = last + %s WHERE year = %s RETURNING last", [count, year])  # noqa: S608 - the table name is the model's own, values are parameters
        row = cursor.fetchone()
    if row is None:
        NumberSequence.objects.get_or_create(year=year)
        return take_numbers(year, count)
    return [f"TS{year}{n:06d}" for n in range(row[0] - count + 1, row[0] + 1)]


def number_year(received_at: datetime) -> int:
    """The year a case is numbered in: the Beijing-time year it was received."""
    return timezone.localtime(received_at).year


def is_elderly(id_number: str, received_at: datetime, *, said: bool = False) -> bool:
    """老年客户 on intake: said so explicitly, or the ID number's holder is settings.ELDERLY_AGE (60, or 65 as
    configured) or older on the Beijing date the complaint was received (the birthday itself counts)."""
    return said or identity.is_elderly(id_number, timezone.localtime(received_at).date(),
                                       threshold=settings.ELDERLY_AGE)


def build(data: ComplaintIn, *, by: User, institution: Institution) -> Complaint:
    """The unsaved case for a valid intake, its deadlines computed; the number is taken when it is saved."""
    deadline = deadlines.decision_deadline(data.received_at)
    person = data.complainant
    complaint = Complaint(
        channel=data.channel,
        received_at=data.received_at,
        regulator_reference=data.regulator_reference.strip(),
        regulator_due_at=data.regulator_due_at,
        complainant_name=person.name.strip(),
        complainant_phone=person.phone.strip(),
        complainant_id_number=person.id_number.strip().upper(),
        complainant_address=person.address.strip(),
        phone_index=crypto.blind_index(person.phone, "phone") if person.phone.strip() else "",
        id_number_index=crypto.blind_index(person.id_number, "id") if person.id_number.strip() else "",
        complainant_count=data.complainant_count,
        is_elderly=is_elderly(person.id_number.strip(), data.received_at, said=data.is_elderly),
        needs_minority_language=data.needs_minority_language,
        policy_number=data.policy_number.strip(),
        claim_number=data.claim_number.strip(),
        report_number=data.report_number.strip(),
        product_line=data.product_line,
        category=data.category,
        cause=data.cause,
        sub_cause=data.sub_cause,
        summary=data.summary.strip(),
        requested_outcome=data.requested_outcome.strip(),
        disputed_amount=data.disputed_amount,
        institution=institution,
        partner=partner_named(data.partner),
        acceptance_due_at=acceptance_due(data.received_at).astimezone(UTC),
        due_at=deadline.due_at,
        period_days=deadline.days,
        rule_version=deadline.rule_version,
        deadline_warning="; ".join(deadline.warnings)[:200],
        created_by=by,
    )
    return complaint


def _create(data: ComplaintIn, *, by: User, institution: Institution, idempotency_key: str | None = None,
            request_hash: str = "") -> Complaint:
    """Write the case, its timeline event, its key and its audit event. The two rows every intake locks, the year's
    number counter and the audit chain tip, are taken as late as their data allows, so they stay locked for as
    few statements as possible before the commit."""
    complaint = build(data, by=by, institution=institution)
    with transaction.atomic(savepoint=False):  # the caller's transaction when there is one
        [complaint.number] = take_numbers(number_year(data.received_at), 1)
        complaint.save()
        event, entry = registration_records(complaint, data, by)
        event.save()
        if idempotency_key:
            IntakeKey.objects.create(user=by, key=idempotency_key, request_hash=request_hash, complaint=complaint)
        audit.record_many([entry])
    return complaint


def registration_records(complaint: Complaint, data: ComplaintIn, by: User
                         ) -> tuple[ComplaintEvent, audit.Entry]:
    """The timeline event and the audit entry of a saved registration (saved by the caller)."""
    event = ComplaintEvent(complaint=complaint, action="register", to_status=complaint.status, actor=by,
                           at=timezone.now(), data={"channel": data.channel})
    entry = audit.Entry(action="complaint.register", obj=complaint, actor=by,
                        after={"number": complaint.number, "institution": data.institution, "channel": data.channel})
    return event, entry


def register(data: ComplaintIn, *, by: User, idempotency_key: str | None = None) -> tuple[Complaint, bool]:
    """登记: validate, create the case with its deadline; returns (case, created).

    With an idempotency key, a retry of the same request returns the first case (created=False); the
    same key with a different request is a conflict. The key is claimed optimistically, in the intake's own
    transaction: a first request costs no extra lookup, and a retry (or a racing twin) hits the unique key,
    rolls back everything it wrote, the case number included, and replays the first result.
    """
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not register complaints."))
    check_key(idempotency_key)
    institution, errors = check(data, by=by)
    request_hash = intake_hash(data) if idempotency_key else ""
    if errors or institution is None:
        existing = _replay(by, idempotency_key, request_hash) if idempotency_key else None
        if existing is not None:  # the first request succeeded; what changed since must not fail its retry
            return existing, False
        raise invalid_input(errors)
    if not idempotency_key:
        return _create(data, by=by, institution=institution), True
    try:
        with transaction.atomic():
            complaint = _create(data, by=by, institution=institution, idempotency_key=idempotency_key,
                                request_hash=request_hash)
        return complaint, True
    except IntegrityError:
        existing = _replay(by, idempotency_key, request_hash)  # a retry, or a concurrent twin that won the race
        if existing is None:
            raise
        return existing, False


def _replay(by: User, key: str, request_hash: str) -> Complaint | None:
    try:
        seen = IntakeKey.objects.select_related("complaint").get(user=by, key=key)
    except IntakeKey.DoesNotExist:
        return None
    if seen.request_hash != request_hash:
        raise Conflict(_("This Idempotency-Key was already used for a different complaint."),
                       field="Idempotency-Key")
    return seen.complaint
