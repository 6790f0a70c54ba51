"""Pagination that never counts more rows than a person could page through."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.core.paginator import Paginator

COUNT_CAP = 10_000


def capped_count(queryset: Any, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """(count, more): counts at most cap + 1 rows, so a list over a million cases stays fast."""
    count = queryset[: cap + 1].count()
    return min(count, cap), count > cap


class CappedPaginator(Paginator):
    """A Paginator whose count stops at COUNT_CAP (`count_is_capped` tells the template to show "10,000+")."""

    @cached_property
    def count(self) -> int:
        counted, self.count_is_capped = capped_count(self.object_list)
        return counted

    count_is_capped = False
