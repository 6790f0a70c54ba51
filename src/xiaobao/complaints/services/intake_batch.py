"""批量登记 — many complaints in one call, for feeds: the call-centre system, the regulator's transfer platform.

Each item stands alone: it is registered, replayed (its Idempotency-Key was seen before) or refused with its
own errors, and a bad item never holds back the good ones. All new cases of a batch are written in one
transaction: their numbers come from one counter update per year, and their audit events are appended to the
chain in one step, so a batch costs a handful of statements instead of a dozen per case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints.models import Complaint, ComplaintEvent, IntakeKey
from xiaobao.complaints.services.intake import (
    ComplaintIn,
    build,
    check,
    intake_hash,
    invalid_input,
    number_year,
    register,
    registration_records,
    take_numbers,
)
from xiaobao.complaints.signals import cases_created
from xiaobao.core.errors import Conflict, DomainError, InvalidInput, PermissionDenied
from xiaobao.org.models import Institution, User

MAX_BATCH = 100


@dataclass
class BatchItem:
    data: ComplaintIn
    idempotency_key: str | None = None


@dataclass
class BatchOutcome:
    """What became of one item: a new case (created), the case its key registered before, or an error."""

    complaint: Complaint | None = None
    created: bool = False
    error: DomainError | None = None


def register_batch(items: Sequence[BatchItem], *, by: User) -> list[BatchOutcome]:
    """批量登记: register each item on its own terms; returns one outcome per item, in order.

    The same Idempotency-Key twice in one batch: the later item is a retry of the earlier one.
    """
    if by.is_read_only or not by.has_case_role:
        raise PermissionDenied(_("Your role may not register complaints."))
    if not 1 <= len(items) <= MAX_BATCH:
        raise InvalidInput(_("A batch holds 1 to %(max)d complaints.") % {"max": MAX_BATCH}, field="items")
    outcomes = [BatchOutcome() for _item in items]
    hashes = [intake_hash(item.data) if item.idempotency_key else "" for item in items]
    keys = {item.idempotency_key for item in items if item.idempotency_key}
    seen = _keys_seen(by, keys)
    codes = {item.data.institution for item in items}
    institutions = {i.code: i for i in Institution.objects.filter(code__in=codes, is_active=True)}

    new: list[tuple[int, Institution]] = []
    claimed: dict[str, int] = {}  # key → the item of this batch that registers it
    retries: list[tuple[int, int]] = []  # (item, the earlier item it repeats)
    for n, item in enumerate(items):
        key = item.idempotency_key
        if key and key in seen:
            outcomes[n] = _replayed(seen[key].complaint, seen[key].request_hash, hashes[n])
        elif key and key in claimed:
            retries.append((n, claimed[key]))
        else:
            institution, errors = check(item.data, by=by, institutions=institutions)
            if errors or institution is None:
                outcomes[n].error = invalid_input(errors)
                continue
            new.append((n, institution))
            if key:
                claimed[key] = n

    try:
        with transaction.atomic():
            for (n, _institution), complaint in zip(new, _write(items, new, hashes, by=by), strict=True):
                outcomes[n] = BatchOutcome(complaint=complaint, created=True)
    except IntegrityError:  # a concurrent request claimed one of the keys: one by one, each settles its race
        for n, _institution in new:
            outcomes[n] = _register_one(items[n], by=by)
    for n, first in retries:
        done = outcomes[first]
        outcomes[n] = (_replayed(done.complaint, hashes[first], hashes[n]) if done.complaint is not None
                       else BatchOutcome(error=done.error))
    return outcomes


def _write(items: Sequence[BatchItem], new: list[tuple[int, Institution]], hashes: list[str], *, by: User
           ) -> list[Complaint]:
    complaints = [build(items[n].data, by=by, institution=institution) for n, institution in new]
    by_year: dict[int, list[Complaint]] = defaultdict(list)
    for complaint in complaints:
        by_year[number_year(complaint.received_at)].append(complaint)
    for year in sorted(by_year):  # one lock order for every writer: no deadlocks between batches
        for complaint, number in zip(by_year[year], take_numbers(year, len(by_year[year])), strict=True):
            complaint.number = number
    Complaint.objects.bulk_create(complaints)
    cases_created.send(sender=Complaint, cases=complaints, using=Complaint.objects.db)  # no post_save for these
    records = [registration_records(c, items[n].data, by) for (n, _i), c in zip(new, complaints, strict=True)]
    ComplaintEvent.objects.bulk_create([event for event, _entry in records])
    IntakeKey.objects.bulk_create([
        IntakeKey(user=by, key=items[n].idempotency_key, request_hash=hashes[n], complaint=c)
        for (n, _i), c in zip(new, complaints, strict=True) if items[n].idempotency_key
    ])
    audit.record_many([entry for _event, entry in records])  # the chain tip last: locked only until the commit
    return complaints


def _keys_seen(by: User, keys: set[str]) -> dict[str, IntakeKey]:
    return {k.key: k for k in IntakeKey.objects.select_related("complaint").filter(user=by, key__in=keys)}


def _replayed(complaint: Complaint | None, first_hash: str, this_hash: str) -> BatchOutcome:
    if first_hash != this_hash:
        return BatchOutcome(error=Conflict(_("This Idempotency-Key was already used for a different complaint."),
                                           field="Idempotency-Key"))
    return BatchOutcome(complaint=complaint, created=False)


def _register_one(item: BatchItem, *, by: User) -> BatchOutcome:
    try:
        complaint, created = register(item.data, by=by, idempotency_key=item.idempotency_key)
    except DomainError as exc:
        return BatchOutcome(error=exc)
    return BatchOutcome(complaint=complaint, created=created)
