"""Reads of the organisation, scoped to the acting user."""

from __future__ import annotations

from django.db.models import QuerySet

from xiaobao.core.errors import NotFound
from xiaobao.org.models import Department, Institution, User
from xiaobao.org.scope import scope_for


def institutions_visible_to(user: User) -> QuerySet[Institution]:
    scope = scope_for(user)
    if scope.everything:
        return Institution.objects.filter(is_active=True)
    if scope.path is None:
        return Institution.objects.none()
    return Institution.objects.filter(is_active=True, path__startswith=scope.path)


def institution_get(*, code: str) -> Institution:
    try:
        return Institution.objects.get(code=code, is_active=True)
    except Institution.DoesNotExist as exc:
        raise NotFound(f"institution {code!r} does not exist", field="institution") from exc


def departments_of(institution: Institution) -> QuerySet[Department]:
    return Department.objects.filter(institution=institution)


def staff_visible_to(user: User) -> QuerySet[User]:
    scope = scope_for(user)
    return User.objects.filter(scope.filter_q("institution"), is_active=True).select_related("institution")


def institution_list_all() -> QuerySet[Institution]:
    """Every active institution: transfer targets may lie outside the sender's own scope."""
    return Institution.objects.filter(is_active=True)
