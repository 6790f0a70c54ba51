"""Data scope (数据权限): which institutions' records a user may see and act on.

A user sees their own institution's subtree; consumer-protection officers and auditors see the whole
organisation; a user without a case role (e.g. a pure administrator) sees no case at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.db.models import Model, Q, QuerySet

from xiaobao.core.errors import NotFound
from xiaobao.org.models import Institution, User

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class DataScope:
    everything: bool = False
    path: str | None = None  # subtree root path; None with everything=False means nothing

    @property
    def is_empty(self) -> bool:
        return not self.everything and self.path is None

    def filter_q(self, institution_field: str = "institution") -> Q:
        """A Q restricting a queryset by its institution foreign key to this scope.

        The subtree becomes a literal list of institution ids (a few dozen at most): the database then plans
        with its statistics on the foreign key instead of guessing the selectivity of a path LIKE in a join.
        """
        if self.everything:
            return Q()
        if self.path is None:
            return Q(pk__in=[])
        return Q(**{f"{institution_field}_id__in": subtree_ids(self.path)})

    def contains(self, institution: Institution | None) -> bool:
        if self.everything:
            return True
        if self.path is None or institution is None:
            return False
        return institution.path.startswith(self.path)


def subtree_ids(path: str) -> list[int]:
    """Ids of the institution at `path` and every institution below it."""
    return list(Institution.objects.filter(path__startswith=path).values_list("id", flat=True))


def subtrees(institutions: Iterable[Institution]) -> dict[int, set[int]]:
    """{institution.pk: ids of it and every institution below it} for many institutions, in one query."""
    paths = {institution.pk: institution.path for institution in institutions}
    if not paths:
        return {}
    q = Q()
    for path in set(paths.values()):
        q |= Q(path__startswith=path)
    rows = list(Institution.objects.filter(q).values_list("id", "path"))
    return {pk: {i for i, p in rows if p.startswith(path)} for pk, path in paths.items()}


T = TypeVar("T")


def all_ids(trees: dict[int, set[int]]) -> list[int]:
    """Every institution id of the `subtrees` (the ids a batch query filters on)."""
    return sorted(set().union(*trees.values())) if trees else []


def split_by_subtree(trees: dict[int, set[int]], rows: Iterable[tuple[int | None, T]]) -> dict[int, list[T]]:
    """{institution pk: the rows (institution id, row) of an institution in its subtree}, in the rows' order:
    a batch measure's one query, grouped or listed by the rows' institution, handed to each subtree."""
    rows = list(rows)
    return {pk: [row for institution_id, row in rows if institution_id in tree] for pk, tree in trees.items()}


def scope_for(user: User) -> DataScope:
    if not user.is_authenticated or not user.is_active or not user.has_case_role:
        return DataScope()
    if user.sees_whole_organisation:
        return DataScope(everything=True)
    if user.institution_id is None:
        return DataScope()
    return DataScope(path=user.institution.path)


def in_subtree_q(code: str, field: str = "institution_id") -> Q:
    """A Q keeping the rows whose `field` is the institution with `code` or one below it (none for an unknown
    code): the ledgers' "institution" filter."""
    path = Institution.objects.filter(code=code).values_list("path", flat=True).first()
    return Q(**{f"{field}__in": subtree_ids(path)}) if path is not None else Q(pk__in=[])


def scoped_get(visible: QuerySet[M], pk: int, *, for_update: bool, missing: str,
               related: tuple[str, ...] = ()) -> M:
    """One row of a scoped read (`visible`), or NotFound (404: the same whether it does not exist or lies outside
    the scope). `for_update` locks that row only (not the rows its joins read); `related` are joined either way."""
    qs = visible.model.objects.select_for_update().filter(pk__in=visible.values("pk")) if for_update else visible
    if related:
        qs = qs.select_related(*related)
    row = qs.filter(pk=pk).first()
    if row is None:
        raise NotFound(missing)
    return row
