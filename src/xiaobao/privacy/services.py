"""Writes of the privacy module: unmasking with a reason (查看明文), plain-export and blocked-export
records, and key rotation (密钥轮换) with the raw-column check.

Every write is atomic and appends its audit event in the same transaction. Personal values never reach
a log row, an audit event or an exception message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cryptography.fernet import InvalidToken
from django.apps import apps
from django.db import models, transaction
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit.context import client_ip
from xiaobao.audit.services import record
from xiaobao.core import registry
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied
from xiaobao.engines.pii import scan
from xiaobao.org.models import User
from xiaobao.privacy import crypto, policy
from xiaobao.privacy.fields import EncryptedTextField, masked_pairs
from xiaobao.privacy.masking import mask_free_text
from xiaobao.privacy.models import BlockedExport, PersonalDataAccess


def _clean_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if len(text) < policy.MIN_REASON_LENGTH:
        raise InvalidInput(_("State the reason for viewing personal data (at least %(n)d characters).")
                           % {"n": policy.MIN_REASON_LENGTH}, field="reason")
    return text[:500]


@transaction.atomic
def unmask(*, user: User, field: str, reason: str, channel: str = "api", item: int | None = None,
           complaint_id: int | None = None, holder: Any = None) -> str:
    """查看明文 — one complainant field, or one free text (`policy.TEXT_FIELDS`; a timeline entry or contact
    record named by `item`), of one case in clear, for this request only, logged with the reason.

    404 outside the user's scope or for an unknown item, 422 for an unknown field, a missing item or a
    missing reason, 403 without the right.

    `holder` is the case as the caller fetched it in the user's scope; without it, `complaint_id` is looked up
    through `core.registry.personal_data_holder("complaint", …)` (privacy imports no app).
    """
    complaint = holder if holder is not None else registry.personal_data_holder("complaint", user, complaint_id)
    if field not in policy.UNMASKABLE:
        raise InvalidInput(_("Unknown personal field “%(field)s”.") % {"field": field}, field="field")
    if not policy.can_unmask(user, complaint):
        raise PermissionDenied(_("You may not view this complainant's personal data in clear."))
    why = _clean_reason(reason)
    value = _unmasked_value(complaint, field, item)
    case_model = PersonalDataAccess._meta.get_field("complaint").related_model
    PersonalDataAccess.objects.create(
        at=timezone.now(), user=user, username=user.get_username(), kind=PersonalDataAccess.Kind.UNMASK,
        complaint=complaint if isinstance(complaint, case_model) else None,
        complaint_number=getattr(complaint, "number", ""),
        field=field, reason=why, ip=client_ip.get(), channel=channel,
    )
    after: dict[str, Any] = {"field": field, "channel": channel}
    if item is not None and field in policy.TEXT_FIELDS and policy.TEXT_FIELDS[field][0]:
        after["item"] = item
    record(action="privacy.unmask", obj=complaint, actor=user, after=after, note=why)
    return value


def _unmasked_value(complaint: Any, field: str, item: int | None) -> str:
    if field in policy.FIELDS:
        return getattr(complaint, policy.FIELDS[field][0]) or ""
    related, attr = policy.TEXT_FIELDS[field]
    if not related:
        return getattr(complaint, attr) or ""
    if item is None:
        raise InvalidInput(_("Name the entry to view (item)."), field="item")
    row = getattr(complaint, related).filter(pk=item).only("pk", attr).first()
    if row is None:
        raise NotFound(_("There is no such entry in this case."), field="item")
    return getattr(row, attr) or ""


def _log_access(*, user: User, obj: Any, field_code: str, reason: str, channel: str, label: str,
                complaint: Any = None, after: dict[str, Any] | None = None,
                action: str = "") -> PersonalDataAccess:
    """One access-log row about `obj` (not a complaint field) and its audit event (`privacy.<action>`, by default
    `privacy.<field_code>`); `label` names it without personal data."""
    case_model = PersonalDataAccess._meta.get_field("complaint").related_model
    entry = PersonalDataAccess.objects.create(
        at=timezone.now(), user=user, username=user.get_username(), kind=PersonalDataAccess.Kind.UNMASK,
        complaint=complaint if isinstance(complaint, case_model) else None,
        complaint_number=getattr(complaint, "number", "") if complaint is not None else "",
        field=field_code, reason=reason, ip=client_ip.get(), channel=channel[:10], filename=label[:200],
    )
    record(action=f"privacy.{action or field_code}", obj=obj, actor=user,
           after={"label": label[:200], "channel": channel, **(after or {})}, note=reason)
    return entry


@transaction.atomic
def unmask_holder(*, user: User, holder: Any, field: str, reason: str, label: str, channel: str = "api") -> str:
    """查看明文 — one personal field of a holder that is not a complaint (a partner's contact person …) in clear,
    for this request only, logged in the access log with the reason. `holder` is fetched by the caller in the
    user's scope; its model declares `PERSONAL_FIELDS` ({field code: attribute}, core.registry), and the field
    code is what the access log shows (`policy.FIELD_LABELS`). `label` names the holder without personal data.

    422 for a field the holder does not declare or a missing reason, 403 without the right (`policy.can_unmask`).
    """
    fields: dict[str, str] = getattr(holder, "PERSONAL_FIELDS", None) or {}
    if field not in fields:
        raise InvalidInput(_("Unknown personal field “%(field)s”.") % {"field": field}, field="field")
    if not policy.can_unmask(user, holder):
        raise PermissionDenied(_("You may not view this personal data in clear."))
    why = _clean_reason(reason)
    _log_access(user=user, obj=holder, field_code=field, reason=why, channel=channel, label=label, action="unmask",
                after={"field": field})
    return getattr(holder, fields[field]) or ""


@transaction.atomic
def record_evidence_access(*, user: User, obj: Any, download: bool, reason: str, label: str, channel: str = "page",
                           complaint: Any = None) -> PersonalDataAccess:
    """回溯资料查阅 — log that `user` played/viewed (or downloaded) a stored evidence file holding personal data
    (a sales-call recording, a video, a page trail, a transcript), with the reason; `label` names the file
    without personal data (policy number, kind, item id). `complaint`: the case the user was working on, when
    they opened it from a complaint page. The caller checks the right and the scope. Returns the log row."""
    return _log_access(user=user, obj=obj, field_code="evidence_download" if download else "evidence_play",
                       reason=_clean_reason(reason), channel=channel, label=label, complaint=complaint)


@transaction.atomic
def open_for_editing(*, user: User, holder: Any, fields: dict[str, str], label: str, reason: str | None = None,
                     channel: str = "page") -> dict[str, str]:
    """编辑原文 — the clear values of `holder`'s private texts (`fields`: name → attribute) for an edit form,
    logged in the access log. Its author opens them without a reason (`policy.can_open_for_editing`); anyone else
    needs the unmask right and a reason; 403 / 422 otherwise. The caller has fetched `holder` in the user's
    scope and checked that the user may edit it; `label` names it without personal data."""
    if policy.can_open_for_editing(user, holder) and not (reason or "").strip():
        why = _("Editing a text they wrote")
    elif policy.can_unmask(user, holder):
        why = _clean_reason(reason)
    else:
        raise PermissionDenied(_("Only the author, or a user who may view personal data in clear, opens this text "
                                 "in clear."))
    values = {name: getattr(holder, attr) or "" for name, attr in fields.items()}
    _log_access(user=user, obj=holder, field_code="edit_text", reason=why, channel=channel, label=label,
                after={"fields": sorted(fields)})
    return values


def check_plain_export(*, user: User, reason: str | None) -> str:
    """The cleaned reason when `user` may export personal data in clear; 403 / 422 otherwise."""
    if not policy.can_export_plain(user):
        raise PermissionDenied(_("Only a consumer-protection officer may export personal data in clear."))
    return _clean_reason(reason)


@transaction.atomic
def plain_export_record(*, user: User, reason: str, filename: str, count: int) -> PersonalDataAccess:
    """明文导出 — log an export with personal data in clear as one access-log row (and an audit event)."""
    entry = PersonalDataAccess.objects.create(
        at=timezone.now(), user=user, username=user.get_username(), kind=PersonalDataAccess.Kind.EXPORT,
        field="all", reason=reason, ip=client_ip.get(), channel="export", filename=filename[:200],
        record_count=count,
    )
    record(action="privacy.plain_export", actor=user, object_type="privacy.personaldataaccess",
           object_id=str(entry.pk), after={"filename": filename[:200], "records": count}, note=reason)
    return entry


@transaction.atomic
def blocked_export_record(*, user: User, filename: str, kind: str, findings: dict[str, int]) -> BlockedExport:
    """外发拦截 — record an export the DLP check stopped: counts by type only, never the values."""
    entry = BlockedExport.objects.create(
        at=timezone.now(), user=user, username=user.get_username(), filename=filename[:200], kind=kind,
        findings=dict(sorted(findings.items())), total=sum(findings.values()), ip=client_ip.get(),
    )
    record(action="privacy.export_blocked", actor=user, object_type="privacy.blockedexport",
           object_id=str(entry.pk), after={"filename": filename[:200], "findings": entry.findings})
    return entry


# ---------------------------------------------------------------------------------------------------
# Key rotation (密钥轮换) and the raw-column check.

# Blind indexes are recomputed with the encrypted field they are derived from: a model declares them as a class
# attribute `BLIND_INDEXES = {index field: (source field, kind)}` (see core.registry, personal-data holders).


@dataclass(frozen=True)
class EncryptedModel:
    model: type[models.Model]
    fields: tuple[str, ...]  # EncryptedTextField names (PrivateTextFields among them)
    indexes: dict[str, tuple[str, str]]  # blind index field → (source field, kind)
    masked: dict[str, str] = field(default_factory=dict)  # PrivateTextField → its MaskedTextField

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


def encrypted_models() -> list[EncryptedModel]:
    """Every installed model with an EncryptedTextField, with its blind indexes."""
    found = []
    for model in apps.get_models():
        names = tuple(f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField))
        if names:
            indexes = dict(getattr(model, "BLIND_INDEXES", None) or {})
            found.append(EncryptedModel(model, names, indexes, dict(masked_pairs(model))))
    return sorted(found, key=lambda m: m.label)


def _raw_rows(em: EncryptedModel, *, after: Any, limit: int, lock: bool) -> list[tuple[Any, ...]]:
    """(pk, raw column values...) as stored — the ciphertexts, not decrypted by the field."""
    raw = {f"raw__{name}": Cast(name, output_field=models.TextField()) for name in em.fields}
    qs = em.model._base_manager.order_by("pk")
    if after is not None:
        qs = qs.filter(pk__gt=after)
    if lock:
        qs = qs.select_for_update()
    return list(qs.annotate(**raw).values_list("pk", *raw)[:limit])


def _index_value(plain: str, kind: str) -> str:
    return crypto.blind_index(plain, kind) if plain.strip() else ""


@dataclass
class RotationReport:
    models: dict[str, dict[str, int]] = field(default_factory=dict)  # label → {rows, rotated, skipped, ...}
    seconds: float = 0.0

    def count(self, label: str, key: str, n: int = 1) -> None:
        counts = self.models.setdefault(label, {"rows": 0, "rotated": 0, "current": 0, "plain": 0, "failed": 0})
        counts[key] = counts.get(key, 0) + n

    def total(self, key: str) -> int:
        return sum(c.get(key, 0) for c in self.models.values())


Progress = Callable[[str, int, int], None]


def _rotate_batch(em: EncryptedModel, *, after: Any, batch_size: int, report: RotationReport,
                  actor_username: str) -> tuple[Any, int]:
    """One batch in its own transaction: rows locked, re-encrypted, indexes recomputed, one audit event."""
    with transaction.atomic():
        rows = _raw_rows(em, after=after, limit=batch_size, lock=True)
        changed = 0
        for pk, *raws in rows:
            report.count(em.label, "rows")
            values: dict[str, str | None] = {}
            stale = False
            for name, raw in zip(em.fields, raws, strict=True):
                if not raw:
                    values[name] = raw  # "" or NULL stays as it is
                    continue
                if not raw.startswith(crypto.PREFIX):
                    report.count(em.label, "plain")  # a clear value: encrypt it now
                    values[name], stale = raw, True
                    continue
                if not crypto.is_current(raw):
                    stale = True
                try:
                    values[name] = crypto.decrypt(raw)
                except InvalidToken:
                    report.count(em.label, "failed")  # under a key no longer configured: row left as is
                    break
            else:
                if not stale:
                    report.count(em.label, "current")
                    continue
                update: dict[str, Any] = dict(values)
                for index, (source, kind) in em.indexes.items():
                    update[index] = _index_value(values.get(source) or "", kind)
                for name, raw in zip(em.fields, raws, strict=True):
                    if name in em.masked and raw and not raw.startswith(crypto.PREFIX):  # a clear free text
                        update[em.masked[name]] = mask_free_text(values[name])
                em.model._base_manager.filter(pk=pk).update(**update)  # the field encrypts under the current key
                report.count(em.label, "rotated")
                changed += 1
        if changed:
            record(action="privacy.rotate_key", actor_username=actor_username, object_type=em.label,
                   object_id=str(rows[-1][0]), after={"rows": changed, "first": str(rows[0][0]),
                                                      "last": str(rows[-1][0])})
    return (rows[-1][0] if rows else None), len(rows)


def rotate_key(*, batch_size: int = 500, progress: Progress | None = None, limit: int | None = None,
               actor_username: str = "system:rotate-key") -> RotationReport:
    """Re-encrypt every EncryptedTextField value under the current data key and recompute blind indexes.

    Batches of `batch_size` rows, each in its own transaction, so an interruption loses nothing: a second
    run skips the values already under the current key (`crypto.is_current`) and carries on.
    `limit` stops after that many rows in all (to rotate in slices, and for tests of interrupted runs).
    """
    import time

    report = RotationReport()
    started = time.monotonic()
    seen = 0
    for em in encrypted_models():
        total = em.model._base_manager.count()
        done = 0
        after = None
        while limit is None or seen < limit:
            size = batch_size if limit is None else min(batch_size, limit - seen)
            after, n = _rotate_batch(em, after=after, batch_size=size, report=report, actor_username=actor_username)
            if n == 0:
                break
            done += n
            seen += n
            if progress:
                progress(em.label, done, total)
        report.models.setdefault(em.label, {"rows": 0, "rotated": 0, "current": 0, "plain": 0, "failed": 0})
    report.seconds = time.monotonic() - started
    return report


@dataclass(frozen=True)
class RawFinding:
    model: str
    pk: str
    field: str
    problem: str  # "plain" (not an enc1: ciphertext) or "undecryptable" / "old-key" (with check_keys)


# Free text is scanned for the personal numbers the pii engine validates (check digit, Luhn, mobile prefixes):
# no false alarm from ordinary text. Names and addresses are masked by the same engine when text is written,
# so a second pass of it would find nothing new there.
TEXT_SCAN_TYPES: frozenset[str] = frozenset({"MOBILE", "ID_CARD", "BANK_CARD"})
_DIGIT_RUN = re.compile(r"\d[\d \-]{5,}\d")  # every value of those types has one; other text is skipped at once
TEXT_FIELD_MIN_LENGTH = 100  # a CharField this long can hold a sentence


@dataclass(frozen=True)
class TextColumns:
    model: type[models.Model]
    fields: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


def free_text_columns() -> list[TextColumns]:
    """Every plain column of the project's models that can hold free text: masked copies, other text fields,
    long char fields, JSON fields (the audit chain's summaries among them)."""
    found = []
    for model in apps.get_models():
        if not model.__module__.startswith("xiaobao."):
            continue
        names = tuple(
            f.name for f in model._meta.concrete_fields
            if not isinstance(f, EncryptedTextField) and not f.choices and (
                isinstance(f, models.TextField | models.JSONField)
                or (isinstance(f, models.CharField) and (f.max_length or 0) >= TEXT_FIELD_MIN_LENGTH)))
        if names:
            found.append(TextColumns(model, names))
    return sorted(found, key=lambda m: m.label)


def _clear_numbers(value: Any) -> set[str]:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if not text or not _DIGIT_RUN.search(text):
        return set()
    return {f.type for f in scan(text, types=set(TEXT_SCAN_TYPES))}


def _check_free_text(tc: TextColumns, batch_size: int) -> Iterator[RawFinding | tuple[str, int]]:
    after = None
    scanned = 0
    manager = tc.model._base_manager
    while True:
        qs = manager.order_by("pk")
        rows = list((qs.filter(pk__gt=after) if after is not None else qs).values_list("pk", *tc.fields)[:batch_size])
        if not rows:
            break
        for pk, *values in rows:
            for name, value in zip(tc.fields, values, strict=True):
                for kind in sorted(_clear_numbers(value)):
                    yield RawFinding(tc.label, str(pk), name, f"clear {kind} in free text")
        scanned += len(rows)
        after = rows[-1][0]
    yield (f"{tc.label} (free text)", scanned)


def check_raw(*, batch_size: int = 2000, check_keys: bool = False,
              text: bool = True) -> Iterator[RawFinding | tuple[str, int]]:
    """Scan the raw columns of every encrypted field; yield a RawFinding for each value that is not an
    `enc1:` ciphertext (and, with `check_keys`, those not decryptable or not under the current key),
    then `(model label, rows scanned)` per model. With `text`, also scan every plain free-text column
    (`free_text_columns`) with the pii engine and yield a RawFinding for each phone, ID or bank card
    number found in clear. Never yields the value itself."""
    for em in encrypted_models():
        after = None
        scanned = 0
        while True:
            rows = _raw_rows(em, after=after, limit=batch_size, lock=False)
            if not rows:
                break
            for pk, *raws in rows:
                for name, raw in zip(em.fields, raws, strict=True):
                    if not raw:
                        continue
                    if not raw.startswith(crypto.PREFIX):
                        yield RawFinding(em.label, str(pk), name, "plain")
                    elif check_keys and not crypto.is_current(raw):
                        try:
                            crypto.decrypt(raw)
                        except InvalidToken:
                            yield RawFinding(em.label, str(pk), name, "undecryptable")
                        else:
                            yield RawFinding(em.label, str(pk), name, "old-key")
            scanned += len(rows)
            after = rows[-1][0]
        yield (em.label, scanned)
    if text:
        for tc in free_text_columns():
            yield from _check_free_text(tc, batch_size)
