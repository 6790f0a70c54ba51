"""Every change of the traceability module (可回溯管理): register a sale, add or supersede evidence, record a
playback or download, check integrity, delete after keep-until. Each write runs in a transaction and appends
its audit event in the same transaction; audit summaries carry no personal data in clear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, BinaryIO

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied, UnknownReference
from xiaobao.engines.pii.validators import birth_date_from_id, is_valid_id_card
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.privacy import crypto
from xiaobao.privacy import services as privacy
from xiaobao.traceability import policy, retention, selectors, storage
from xiaobao.traceability.codes import Channel, Integrity, Kind, ProductLine
from xiaobao.traceability.models import EvidenceItem, SaleRecord

MAX_KEY_LENGTH = 200
LIMITS = {"policy_number": 40, "product_name": 100, "agent_name": 60, "agent_number": 40, "partner_name": 100,
          "partner_credit_code": 18, "policyholder_name": 60, "policyholder_phone": 20,
          "policyholder_id_number": 18, "source_system": 40}


@dataclass
class SaleInput:
    """A sale as a form, the API or a manifest row gives it: every value a string (or a date/datetime)."""

    institution: str  # institution code
    policy_number: str
    product_name: str
    product_line: str
    channel: str
    sold_at: datetime | str
    agent_name: str
    agent_number: str
    policyholder_name: str
    contract_start: date | str
    contract_end: date | str
    policyholder_phone: str = ""
    policyholder_id_number: str = ""
    policyholder_birth_date: date | str | None = None
    partner_name: str = ""
    partner_credit_code: str = ""
    source_system: str = ""


@dataclass
class _Checked:
    errors: list[tuple[str, str]] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)


def _clean_text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value or "").strip())
    except ValueError:
        return None


def _as_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value or "").strip()
        try:
            moment = parse_datetime(text) or (datetime.combine(d, datetime.min.time()) if (d := _as_date(text))
                                              else None)
        except ValueError:
            return None
        if moment is None:
            return None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=selectors.BEIJING)
    return moment


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check_sale(data: SaleInput, *, by: User) -> _Checked:
    """Validate a sale; every problem as (field, Chinese message), and the cleaned values."""
    out = _Checked()
    err = out.errors.append
    v = out.values
    for name, limit in LIMITS.items():
        text = _clean_text(getattr(data, name, ""))
        if any(ord(ch) < 32 for ch in str(getattr(data, name, "") or "").replace("\n", "").replace("\t", "")):
            err((name, _("The text contains control characters.")))
        if len(text) > limit:
            err((name, _("At most %(n)s characters.") % {"n": limit}))
        v[name] = text
    for name in ("policy_number", "product_name", "agent_name", "agent_number", "policyholder_name"):
        if not v[name]:
            err((name, _("This field is required.")))
    if data.product_line not in ProductLine.values:
        err(("product_line", _("Unknown product line.")))
    if data.channel not in Channel.values:
        err(("channel", _("Unknown sales channel.")))
    v["product_line"], v["channel"] = data.product_line, data.channel
    institution = Institution.objects.filter(code=_clean_text(data.institution)).first()
    if institution is None:
        err(("institution", _("Unknown institution.")))
    elif not scope_for(by).contains(institution):
        err(("institution", _("The institution is outside your data scope.")))
    v["institution"] = institution
    sold_at = _as_datetime(data.sold_at)
    if sold_at is None:
        err(("sold_at", _("Give the sale time as a date and time.")))
    elif sold_at > timezone.now() + timedelta(days=1):
        err(("sold_at", _("The sale time is in the future.")))
    start, end = _as_date(data.contract_start), _as_date(data.contract_end)
    if start is None:
        err(("contract_start", _("Give the contract start as a date.")))
    if end is None:
        err(("contract_end", _("Give the contract end as a date.")))
    elif start is not None and end < start:
        err(("contract_end", _("The contract cannot end before it starts.")))
    elif start is not None and (start.year < 1950 or end.year > 2200):
        err(("contract_end", _("The contract dates are out of range.")))
    v.update(sold_at=sold_at, contract_start=start, contract_end=end)
    if v["policyholder_id_number"]:
        v["policyholder_id_number"] = v["policyholder_id_number"].upper()
        if not is_valid_id_card(v["policyholder_id_number"]):
            err(("policyholder_id_number", _("The ID number is not a valid resident ID (check digit).")))
    digits = "".join(ch for ch in v["policyholder_phone"] if ch.isdigit())
    if v["policyholder_phone"] and not 7 <= len(digits) <= 15:
        err(("policyholder_phone", _("The phone number is not valid.")))
    birth = _as_date(data.policyholder_birth_date) if data.policyholder_birth_date else None
    if data.policyholder_birth_date and birth is None:
        err(("policyholder_birth_date", _("Give the birth date as a date.")))
    birth = birth or (birth_date_from_id(v["policyholder_id_number"]) if v["policyholder_id_number"] else None)
    v["policyholder_age"] = _age(birth, sold_at.astimezone(selectors.BEIJING).date()) if birth and sold_at else None
    if v["policyholder_age"] is not None and not 0 <= v["policyholder_age"] <= 130:
        err(("policyholder_birth_date", _("The birth date is not plausible.")))
    return out


def _invalid(errors: list[tuple[str, str]]) -> InvalidInput:
    """Every problem at once; an unknown institution (or one outside the user's scope) first, as the reference it
    is (404 on `institution` over the API, as for every unknown reference), the others listed beside it."""
    listed = [{"field": f, "message": m} for f, m in errors]
    unknown = next(((f, m) for f, m in errors if f == "institution"), None)
    if unknown is not None:
        return UnknownReference(unknown[1], field=unknown[0], errors=listed)
    return InvalidInput(errors[0][1], field=errors[0][0], errors=listed)


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise PermissionDenied(message)


@transaction.atomic
def register_sale(*, data: SaleInput, by: User, idempotency_key: str | None = None) -> tuple[SaleRecord, bool]:
    """登记销售记录 — validate and create a sale; (sale, created). An Idempotency-Key or an existing policy
    number with the same content returns the existing sale; a different sale under a known policy number is 409."""
    _require(policy.can_write(by), _("You may not register sale records."))
    if idempotency_key is not None and len(idempotency_key) > MAX_KEY_LENGTH:
        raise InvalidInput(_("The Idempotency-Key may be at most %(max)s characters.") % {"max": MAX_KEY_LENGTH},
                           field="Idempotency-Key")
    if idempotency_key:
        existing = SaleRecord.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    checked = check_sale(data, by=by)
    if checked.errors:
        raise _invalid(checked.errors)
    v = checked.values
    existing = SaleRecord.objects.filter(policy_number=v["policy_number"]).first()
    if existing is not None:
        raise Conflict(_("A sale record with this policy number exists already."), field="policy_number",
                       id=existing.pk)
    phone, id_number = v["policyholder_phone"], v["policyholder_id_number"]
    sale = SaleRecord(
        institution=v["institution"], policy_number=v["policy_number"], product_name=v["product_name"],
        product_line=v["product_line"], channel=v["channel"], sold_at=v["sold_at"], agent_name=v["agent_name"],
        agent_number=v["agent_number"], partner_name=v["partner_name"], partner_credit_code=v["partner_credit_code"],
        policyholder_name=v["policyholder_name"], policyholder_phone=phone, policyholder_id_number=id_number,
        phone_index=crypto.blind_index(phone, "phone") if phone else "",
        id_number_index=crypto.blind_index(id_number, "id") if id_number else "",
        policyholder_age=v["policyholder_age"], contract_start=v["contract_start"], contract_end=v["contract_end"],
        contract_keep_until=retention.contract_keep_until(v["contract_start"], v["contract_end"]),
        source_system=v["source_system"], created_by=by, idempotency_key=idempotency_key or None,
    )
    try:
        with transaction.atomic():
            sale.save(force_insert=True)
    except IntegrityError:
        raise Conflict(_("A sale record with this policy number exists already."), field="policy_number") from None
    audit.record(action="traceability.sale_registered", obj=sale, actor=by,
                 after={"policy_number": sale.policy_number, "channel": sale.channel, "institution":
                        sale.institution.code, "keep_until": sale.contract_keep_until.isoformat()})
    return sale, True


def add_item(*, sale: SaleRecord, kind: str, name: str, stream: BinaryIO, by: User | None, size: int | None = None,
             source_system: str = "", source_id: str = "", note: str = "", supersedes: EvidenceItem | None = None,
             actor_username: str | None = None) -> EvidenceItem:
    """添加回溯资料 — store a file (type by content, size limit, SHA-256 on arrival) and record it; with
    `supersedes`, the corrected item replaces an earlier one of the same sale, which is kept. The caller fetched
    `sale` in the user's scope. The file is removed again if the record cannot be written."""
    if by is not None:
        _require(policy.can_write(by), _("You may not add evidence."))
    if kind not in Kind.values:
        raise InvalidInput(_("Unknown evidence type."), field="kind")
    source_system, source_id, note = _clean_text(source_system)[:40], _clean_text(source_id)[:100], \
        _clean_text(note)[:300]
    if supersedes is not None and supersedes.sale_id != sale.pk:
        raise InvalidInput(_("The item to supersede belongs to another sale."), field="supersedes")
    relative, stored = storage.store(kind, name, stream, size=size)
    try:
        with transaction.atomic():
            item = EvidenceItem.objects.create(
                sale=sale, kind=kind, file=relative, original_name=stored.original_name,
                content_type=stored.content_type, size=stored.size, sha256=stored.sha256,
                duration_seconds=_duration(stored.path, kind), source_system=source_system, source_id=source_id,
                note=note, created_by=by)
            before = None
            if supersedes is not None:
                old = EvidenceItem.objects.select_for_update().get(pk=supersedes.pk)
                if old.superseded_by_id is not None:
                    raise Conflict(_("This item has been superseded already."), field="supersedes")
                old.superseded_by = item
                old.save(update_fields=["superseded_by"])
                before = {"supersedes": old.pk}
            audit.record(action="traceability.item_added", obj=item, actor=by, actor_username=actor_username,
                         before=before, after={"sale": sale.pk, "policy_number": sale.policy_number, "kind": kind,
                                               "sha256": item.sha256, "size": item.size,
                                               "source": f"{source_system}/{source_id}" if source_id else ""})
    except BaseException:
        stored.path.unlink(missing_ok=True)
        raise
    return item


def _duration(path: Any, kind: str) -> int | None:
    """Seconds of a WAV recording (read from its header); None for other formats."""
    if kind != Kind.RECORDING or path.suffix.lower() != ".wav":
        return None
    import wave

    try:
        with wave.open(str(path), "rb") as w:
            return round(w.getnframes() / w.getframerate()) if w.getframerate() else None
    except (wave.Error, EOFError, OSError):
        return None


# ---- access (播放/查看/下载) -------------------------------------------------------------------------------

def item_label(item: EvidenceItem) -> str:
    """How the access log names an item: policy number, kind and id (no personal data)."""
    return f"{item.sale.policy_number} · {Kind(item.kind).label} #{item.pk}"


def download_name(item: EvidenceItem, user: User) -> str:
    """The download's file name, carrying who downloaded it (policy, kind, item, user's name and login, day)."""
    name = "".join((getattr(user, "full_name", "") or "").split()) or user.get_username()
    stamp = timezone.now().astimezone(selectors.BEIJING).strftime("%Y%m%d")
    suffix = item.path.suffix.lower()
    kind = "-".join(str(Kind(item.kind).label).split())
    return f"{item.sale.policy_number}_{kind}_{item.pk}_{name}_{user.get_username()}_{stamp}{suffix}"


def grant_access(*, user: User, item: EvidenceItem, reason: str, download: bool = False, channel: str = "page",
                 complaint: Any = None) -> None:
    """申请播放/下载 — check the right (policy.PLAYBACK_ROLES; the caller fetched `item` in scope) and log the
    access with its reason in the privacy access log; 403 without the right, 422 without a reason."""
    _require(policy.can_play(user), _("You may not play or download sales evidence."))
    if item.purged_at is not None:
        raise NotFound(_("No such evidence item."))
    privacy.record_evidence_access(user=user, obj=item, download=download, reason=reason, label=item_label(item),
                                   channel=channel, complaint=complaint)


# ---- integrity (完整性校验) -------------------------------------------------------------------------------

@dataclass
class VerifyReport:
    checked: int = 0
    bytes: int = 0
    changed: list[int] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def problems(self) -> int:
        return len(self.changed) + len(self.missing)


def verify(*, items: Iterable[EvidenceItem], by: User | None = None, actor_username: str = "system",
           progress: Callable[[str, int, int], None] | None = None, total: int = 0) -> VerifyReport:
    """完整性校验 — re-hash every stored file and compare with the SHA-256 recorded on arrival. Each item's
    state is saved; a file found changed or missing (and one found intact again) writes an audit event."""
    import time

    started = time.perf_counter()
    report = VerifyReport()
    now = timezone.now()
    for item in items:
        try:
            digest, size = storage.sha256_of(item.path)
            state = Integrity.OK if digest == item.sha256 else Integrity.CHANGED
            report.bytes += size
        except FileNotFoundError:
            state, digest = Integrity.MISSING, ""
        except OSError:
            state, digest = Integrity.MISSING, ""
        report.checked += 1
        if state == Integrity.CHANGED:
            report.changed.append(item.pk)
        elif state == Integrity.MISSING:
            report.missing.append(item.pk)
        with transaction.atomic():
            previous = item.integrity
            EvidenceItem.objects.filter(pk=item.pk).update(integrity=state, checked_at=now)
            if state != previous and (state != Integrity.OK or previous != Integrity.UNCHECKED):
                audit.record(action=f"traceability.integrity_{state}", obj=item, actor=by,
                             actor_username=None if by else actor_username,
                             before={"integrity": previous}, after={"integrity": state, "recorded": item.sha256,
                                                                    "found": digest})
        if progress is not None:
            progress(_("Checking files"), report.checked, total)
    report.seconds = time.perf_counter() - started
    with transaction.atomic():
        audit.record(action="traceability.verify_run", actor=by, actor_username=None if by else actor_username,
                     object_type="traceability.evidenceitem", object_id="*",
                     after={"checked": report.checked, "changed": len(report.changed),
                            "missing": len(report.missing), "bytes": report.bytes})
    return report


# ---- retention: the delete guard and the purge (保存期届满删除) --------------------------------------------

def delete_item(*, item: EvidenceItem, actor_username: str, by: User | None = None, today: date | None = None,
                keep: retention.Retention | None = None) -> None:
    """删除 — delete an item's file after its keep-until date; before it (or while a dispute about the policy
    is open) it is refused with 409. The row stays as a record of the deletion (purged_at)."""
    keep = keep or retention.keep_until(item.sale)
    today = today or selectors.today()
    if not keep.expired(today):
        until = keep.until.isoformat() if keep.until else _("the end of the open dispute")
        raise Conflict(_("This evidence must be kept until %(until)s.") % {"until": until}, field="keep_until")
    with transaction.atomic():
        locked = EvidenceItem.objects.select_for_update().get(pk=item.pk)
        if locked.purged_at is not None:
            return
        locked.purged_at = timezone.now()
        locked.save(update_fields=["purged_at"])
        audit.record(action="traceability.item_deleted", obj=locked, actor=by,
                     actor_username=None if by else actor_username,
                     after={"policy_number": item.sale.policy_number, "kind": locked.kind, "sha256": locked.sha256,
                            "keep_until": keep.until.isoformat() if keep.until else None})
        transaction.on_commit(lambda: storage.remove(locked.file))


@dataclass(frozen=True)
class Expired:
    item: EvidenceItem
    keep: retention.Retention


def expired_items(*, today: date | None = None) -> list[Expired]:
    """Items past their keep-until (contract rule and every dispute about the policy), oldest first. A system
    read for `xiaobao traceability purge`."""
    today = today or selectors.today()
    candidates = list(EvidenceItem.objects.filter(purged_at__isnull=True, sale__contract_keep_until__lt=today)
                      .select_related("sale").order_by("sale__contract_keep_until", "id"))
    keeps = retention.keep_until_many({item.sale_id: item.sale for item in candidates}.values())
    return [Expired(item, keeps[item.sale_id]) for item in candidates if keeps[item.sale_id].expired(today)]


def purge(*, delete: bool, actor_username: str = "system", today: date | None = None) -> list[Expired]:
    """List (and with `delete`, delete) the expired items; one audit event per deleted item."""
    expired = expired_items(today=today)
    if delete:
        for entry in expired:
            delete_item(item=entry.item, actor_username=actor_username, today=today, keep=entry.keep)
    return expired
