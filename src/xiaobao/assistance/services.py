"""Every change of the special-group services (特殊群体服务): record a service, follow it up, link it to a
complaint, record an outlet's facilities check, import an existing ledger. Each service checks the role and the
data scope, validates every field (all errors at once where a form or an import row needs them), changes, and
writes the audit event in the same transaction. Summaries carry references and masked text only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, BinaryIO

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from xiaobao.assistance import selectors, storage
from xiaobao.assistance.codes import Channel, Facility, Language, Measure, Outcome, Satisfaction
from xiaobao.assistance.models import FacilityCheck, FacilityPhoto, Service
from xiaobao.audit import services as audit
from xiaobao.complaints import selectors as complaint_selectors
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied, UnknownReference
from xiaobao.engines import identity
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.privacy import crypto
from xiaobao.privacy.masking import mask_free_text

MAX_TEXT = 2000
MAX_PHOTOS = 10
EARLIEST = date(2000, 1, 1)


class StaleVersion(Conflict):
    code = "stale_version"


@dataclass
class ServiceIn:
    """What a service record needs, already typed (by the API schema, the form or an import row)."""

    served_on: date | None
    institution: str  # code
    channel: str
    need: str
    measures: list[str]
    staff_name: str
    customer_name: str
    outcome: str
    is_elderly: bool = False  # said explicitly; a valid ID number of someone 60+ (ELDERLY_AGE) on the day adds it
    has_disability: bool = False
    language: str = ""
    note: str = ""
    customer_phone: str = ""
    customer_id_number: str = ""
    satisfaction: str = ""
    complaint_id: int | None = None


@dataclass
class Checked:
    institution: Institution | None
    errors: list[tuple[str, str]] = field(default_factory=list)


def may_write(user: User) -> bool:
    """Who records services and checks: any case role that may write (auditors read only)."""
    return bool(user.is_active and user.has_case_role and not user.is_read_only)


def _require_writer(user: User) -> None:
    if not may_write(user):
        raise PermissionDenied(_("Your role may not record special-group services."))


def _bad_text(value: str) -> bool:
    return any(ord(ch) < 32 and ch not in "\n\r\t" for ch in value)


def check_service(data: ServiceIn, *, by: User, institutions: Mapping[str, Institution] | None = None,
                  today: date | None = None) -> Checked:
    """Every field error of a service record at once, as (field, Chinese message); none: it is valid."""
    errors: list[tuple[str, str]] = []
    today = today or selectors.today()
    if data.served_on is None:
        errors.append(("served_on", _("The service date is required.")))
    elif not EARLIEST <= data.served_on <= today:
        errors.append(("served_on", _("The service date must lie between %(first)s and today.")
                       % {"first": EARLIEST.isoformat()}))
    for value, name, choices, label in ((data.channel, "channel", Channel, _("Service channel")),
                                        (data.outcome, "outcome", Outcome, _("Service outcome"))):
        if value not in choices.values:
            errors.append((name, _("%(field)s “%(value)s” is not a valid choice.") % {"field": label, "value": value}))
    if data.language not in Language.values:
        errors.append(("language", _("Unknown service language “%(value)s”.") % {"value": data.language}))
    if data.satisfaction not in Satisfaction.values:
        errors.append(("satisfaction", _("Unknown satisfaction “%(value)s”.") % {"value": data.satisfaction}))
    unknown = [m for m in data.measures if m not in Measure.values]
    if unknown:
        errors.append(("measures", _("Unknown measure “%(value)s”.") % {"value": unknown[0]}))
    elif not data.measures:
        errors.append(("measures", _("Say what was done (at least one measure).")))
    elif len(set(data.measures)) != len(data.measures):
        errors.append(("measures", _("A measure is listed twice.")))
    for value, name, label, limit, required in (
        (data.need, "need", _("Need"), MAX_TEXT, True), (data.note, "note", _("Service note"), MAX_TEXT, False),
        (data.staff_name, "staff_name", _("Staff"), 60, True),
        (data.customer_name, "customer_name", _("Customer name"), 60, data.complaint_id is None),
    ):
        text = (value or "").strip()
        if required and not text:
            errors.append((name, _("%(field)s is required.") % {"field": label}))
        elif _bad_text(text):
            errors.append((name, _("%(field)s contains control characters.") % {"field": label}))
        elif len(text) > limit:
            errors.append((name, _("%(field)s is too long (at most %(n)s characters).") % {"field": label, "n": limit}))
    digits = "".join(ch for ch in data.customer_phone if ch.isdigit())
    if data.customer_phone.strip() and (not 7 <= len(digits) <= 15 or len(data.customer_phone) > 30):
        errors.append(("customer_phone", _("The phone number is not valid.")))
    if data.customer_id_number.strip() and not identity.is_valid_id_number(data.customer_id_number):
        errors.append(("customer_id_number", _("The ID number is not a valid resident ID.")))
    if not (data.is_elderly or data.has_disability or data.language or _elderly_by_id(data)):
        errors.append(("groups", _("Say whom the service was for: elderly, with a disability, or a minority "
                                   "language.")))
    if institutions is None:
        institutions = {i.code: i for i in Institution.objects.filter(code=data.institution, is_active=True)}
    institution = institutions.get(data.institution)
    if institution is None:
        errors.append(("institution", _("Institution “%(code)s” does not exist.") % {"code": data.institution}))
        institution = None
    elif not scope_for(by).contains(institution):
        errors.append(("institution", _("Institution “%(code)s” is outside your data scope.")
                       % {"code": data.institution}))
        institution = None
    return Checked(institution, errors)


def _elderly_by_id(data: ServiceIn) -> bool:
    return bool(data.customer_id_number.strip() and data.served_on
                and identity.is_elderly(data.customer_id_number, data.served_on, threshold=settings.ELDERLY_AGE))


def _refusal(errors: list[tuple[str, str]]) -> InvalidInput:
    return InvalidInput(errors[0][1], field=errors[0][0], errors=[{"field": f, "message": m} for f, m in errors])


def build(data: ServiceIn, *, by: User, institution: Institution, complaint: Any) -> Service:
    name, phone, id_number = (data.customer_name.strip(), data.customer_phone.strip(),
                              data.customer_id_number.strip().upper().replace(" ", ""))
    if complaint is not None and not name:  # the complainant is the customer: copied server-side, never shown
        name, phone, id_number = (complaint.complainant_name, phone or complaint.complainant_phone,
                                  id_number or complaint.complainant_id_number)
    service = Service(
        served_on=data.served_on, institution=institution, channel=data.channel, has_disability=data.has_disability,
        language=data.language, need=data.need.strip(), measures=list(data.measures), note=data.note.strip(),
        staff_name=data.staff_name.strip(), customer_name=name, customer_phone=phone, customer_id_number=id_number,
        phone_index=crypto.blind_index(phone, "phone") if phone else "",
        id_number_index=crypto.blind_index(id_number, "id") if id_number else "",
        outcome=data.outcome, satisfaction=data.satisfaction, complaint=complaint, created_by=by)
    service.is_elderly = bool(data.is_elderly or (id_number and identity.is_elderly(
        id_number, data.served_on, threshold=settings.ELDERLY_AGE)))
    return service


def _audit_after(service: Service) -> dict[str, Any]:
    return {"institution": service.institution.code, "served_on": service.served_on.isoformat(),
            "channel": service.channel, "elderly": service.is_elderly, "disability": service.has_disability,
            "language": service.language, "measures": service.measures, "outcome": service.outcome,
            "satisfaction": service.satisfaction, "complaint": service.complaint_id}


def _complaint(by: User, complaint_id: int | None) -> Any:
    if complaint_id is None:
        return None
    try:
        return complaint_selectors.complaint_get(user=by, pk=complaint_id)
    except NotFound:
        raise UnknownReference(_("No such complaint in your scope."), field="complaint_id") from None


@transaction.atomic
def service_record(data: ServiceIn, *, by: User, idempotency_key: str | None = None) -> tuple[Service, bool]:
    """登记服务. Returns (service, created); a retried Idempotency-Key returns the first record."""
    _require_writer(by)
    if idempotency_key is not None:
        if not 1 <= len(idempotency_key) <= 200:
            raise InvalidInput(_("The Idempotency-Key must have 1 to 200 characters."), field="Idempotency-Key")
        existing = Service.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    checked = check_service(data, by=by)
    complaint = None
    if not checked.errors:
        try:
            complaint = _complaint(by, data.complaint_id)
        except InvalidInput as exc:
            checked.errors.append((exc.field or "complaint_id", str(exc.message)))
    if checked.errors:
        raise _refusal(checked.errors)
    service = build(data, by=by, institution=checked.institution, complaint=complaint)  # type: ignore[arg-type]
    service.idempotency_key = idempotency_key
    try:
        with transaction.atomic():
            service.save()
    except IntegrityError:  # a concurrent retry with the same key won
        existing = Service.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is None:
            raise
        return existing, False
    audit.record(action="assistance.service_recorded", obj=service, actor=by, after=_audit_after(service),
                 note=service.need_masked[:200])
    return service, True


def _lock(service_id: int, *, by: User, version: int) -> Service:
    _require_writer(by)
    service = selectors.service_get(user=by, pk=service_id, for_update=True)
    if service.version != version:
        raise StaleVersion(
            _("The record was changed by someone else (version %(current)s, yours %(yours)s). Reload and retry.")
            % {"current": service.version, "yours": version}, field="version", current_version=service.version)
    return service


@transaction.atomic
def service_follow_up(*, service_id: int, version: int, by: User, outcome: str, satisfaction: str,
                      note: str = "") -> Service:
    """回访: the outcome and the customer's satisfaction after the service (409 on a stale version)."""
    service = _lock(service_id, by=by, version=version)
    errors = []
    if outcome not in Outcome.values:
        errors.append(("outcome", _("“%(value)s” is not a valid choice.") % {"value": outcome}))
    if satisfaction not in Satisfaction.values:
        errors.append(("satisfaction", _("“%(value)s” is not a valid choice.") % {"value": satisfaction}))
    note = (note or "").strip()
    if _bad_text(note) or len(note) > MAX_TEXT:
        errors.append(("note", _("The note is too long or contains control characters.")))
    if errors:
        raise _refusal(errors)
    before = {"outcome": service.outcome, "satisfaction": service.satisfaction}
    service.outcome, service.satisfaction = outcome, satisfaction
    fields = ["outcome", "satisfaction", "version", "updated_at"]
    if note:
        service.note = f"{service.note}\n{note}".strip() if service.note else note
        fields.append("note")
    service.version += 1
    service.save(update_fields=fields)
    audit.record(action="assistance.service_followed_up", obj=service, actor=by, before=before,
                 after={"outcome": outcome, "satisfaction": satisfaction}, note=mask_free_text(note)[:200])
    return service


@transaction.atomic
def service_link(*, service_id: int, version: int, by: User, complaint_id: int | None) -> Service:
    """Link the service to a complaint in the user's scope (None: unlink); the complaint page lists it."""
    service = _lock(service_id, by=by, version=version)
    complaint = _complaint(by, complaint_id)
    before = {"complaint": service.complaint_id}
    service.complaint = complaint
    service.version += 1
    service.save(update_fields=["complaint", "version", "updated_at"])
    audit.record(action="assistance.service_linked" if complaint else "assistance.service_unlinked", obj=service,
                 actor=by, before=before, after={"complaint": complaint_id})
    return service


# ---- outlet facilities -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Photo:
    name: str
    stream: BinaryIO


@transaction.atomic
def facility_check_record(*, by: User, institution: Institution, checked_on: date | None, items: Mapping[str, bool],
                          note: str = "", photos: list[Photo] | tuple[Photo, ...] = ()) -> FacilityCheck:
    """网点设施检查: every facility present or missing (all of them answered), photos (images only)."""
    _require_writer(by)
    errors: list[tuple[str, str]] = []
    if not institution.is_active or institution.level != Institution.Level.OUTLET:
        errors.append(("institution", _("Facilities are checked at outlets (level-4 institutions).")))
    elif not scope_for(by).contains(institution):
        errors.append(("institution", _("Institution “%(code)s” is outside your data scope.")
                       % {"code": institution.code}))
    if checked_on is None or not EARLIEST <= checked_on <= selectors.today():
        errors.append(("checked_on", _("The check date must lie between %(first)s and today.")
                       % {"first": EARLIEST.isoformat()}))
    unknown = [code for code in items if code not in Facility.values]
    missing = [code for code in Facility.values if code not in items]
    if unknown:
        errors.append(("items", _("Unknown facility “%(value)s”.") % {"value": unknown[0]}))
    elif missing:
        errors.append(("items", _("Answer every facility: “%(label)s” is not answered.")
                       % {"label": Facility(missing[0]).label}))
    note = (note or "").strip()
    if _bad_text(note) or len(note) > MAX_TEXT:
        errors.append(("note", _("The note is too long or contains control characters.")))
    if len(photos) > MAX_PHOTOS:
        errors.append(("photos", _("At most %(n)s photos.") % {"n": MAX_PHOTOS}))
    if errors:
        raise _refusal(errors)
    check = FacilityCheck.objects.create(institution=institution, checked_on=checked_on,
                                         items={code: bool(items[code]) for code in Facility.values}, note=note,
                                         checked_by=by)
    written = []
    try:
        for photo in photos:
            stored = storage.store(photo.name, photo.stream)
            written.append(stored.path)
            FacilityPhoto.objects.create(facility_check=check, original_name=stored.original_name,
                                         stored_name=stored.stored_name, content_type=stored.content_type,
                                         size=stored.size, sha256=stored.sha256)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    audit.record(action="assistance.facilities_checked", obj=check, actor=by,
                 after={"institution": institution.code, "checked_on": checked_on.isoformat(),
                        "missing": check.missing, "photos": len(written)}, note=check.note_masked[:200])
    return check


def next_check_due(last: date | None) -> date | None:
    """The day an outlet's next facilities check is due (None: never checked, due now)."""
    return last + timedelta(days=settings.ASSISTANCE_CHECK_INTERVAL_DAYS) if last else None
