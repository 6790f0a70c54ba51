"""重复投诉: likely duplicates and repeats of a complaint — same phone or ID (blind index) or policy number
within the rules' window. Reads only: the intake form and API call it before a case is saved, and grading
counts repeats with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from xiaobao.complaints import grading, selectors
from xiaobao.complaints.models import Complaint
from xiaobao.org.models import User
from xiaobao.privacy import crypto


@dataclass(frozen=True)
class Match:
    complaint: Complaint
    matched_on: list[str]  # "phone" / "id" / "policy"


@dataclass(frozen=True)
class DuplicateCheck:
    window_days: int
    matches: list[Match]  # cases the user may see, newest first
    hidden_count: int  # matching cases outside the user's scope (counted, never shown)

    @property
    def total(self) -> int:
        return len(self.matches) + self.hidden_count


def _keys(phone: str, id_number: str, policy_number: str, rules: grading.Rules) -> dict[str, tuple[str, str]]:
    keys: dict[str, tuple[str, str]] = {}
    if "phone" in rules.duplicate_match and phone.strip():
        keys["phone"] = ("phone_index", crypto.blind_index(phone, "phone"))
    if "id" in rules.duplicate_match and id_number.strip():
        keys["id"] = ("id_number_index", crypto.blind_index(id_number, "id"))
    if "policy" in rules.duplicate_match and policy_number.strip():
        keys["policy"] = ("policy_number", policy_number.strip())
    return keys


def _matching(keys: dict[str, tuple[str, str]], received_at: datetime, window_days: int,
              exclude_pk: int | None) -> QuerySet[Complaint]:
    if not keys:
        return Complaint.objects.none()
    found = Q()
    for column, value in keys.values():
        found |= Q(**{column: value})
    window = timedelta(days=window_days)
    qs = Complaint.objects.filter(found, received_at__gte=received_at - window, received_at__lte=received_at + window)
    return qs.exclude(pk=exclude_pk) if exclude_pk else qs


def possible_duplicates(user: User, phone: str = "", id_number: str = "", policy_number: str = "",
                        received_at: datetime | None = None, *, exclude_pk: int | None = None,
                        limit: int = 20) -> DuplicateCheck:
    """Cases of the same person or policy within the window around `received_at` (default now): the ones the
    user may see, and a count of the others. Three small indexed queries."""
    rules = grading.current()
    keys = _keys(phone, id_number, policy_number, rules)
    qs = _matching(keys, received_at or timezone.now(), rules.duplicate_window_days, exclude_pk)
    in_scope = qs.filter(pk__in=selectors.complaints_visible_to(user).values("pk"))
    visible = list(in_scope.select_related("institution").order_by("-received_at")[:limit])
    hidden = qs.count() - in_scope.count() if keys else 0
    matches = []
    for c in visible:
        on = [name for name, (column, value) in keys.items() if getattr(c, column) == value]
        matches.append(Match(c, on))
    return DuplicateCheck(rules.duplicate_window_days, matches, hidden)


def repeat_count(complaint: Complaint, rules: grading.Rules | None = None) -> int:
    """How many other complaints of the same person or policy fall in the window (whole organisation)."""
    rules = rules or grading.current()
    keys: dict[str, tuple[str, str]] = {}
    if "phone" in rules.duplicate_match and complaint.phone_index:
        keys["phone"] = ("phone_index", complaint.phone_index)
    if "id" in rules.duplicate_match and complaint.id_number_index:
        keys["id"] = ("id_number_index", complaint.id_number_index)
    if "policy" in rules.duplicate_match and complaint.policy_number:
        keys["policy"] = ("policy_number", complaint.policy_number)
    return _matching(keys, complaint.received_at, rules.duplicate_window_days, complaint.pk).count()
