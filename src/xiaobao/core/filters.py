"""The ledgers' optional filters: a filter left empty on the page, the API or the export means "any"."""

from __future__ import annotations

from typing import Any

from django.db.models import Q


def where_given(**lookups: Any) -> Q:
    """A Q of every lookup whose value is given (not empty, None, 0 or False); Q() when none is."""
    return Q(**{lookup: value for lookup, value in lookups.items() if value})
