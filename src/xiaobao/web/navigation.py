"""The module navigation: every module of DESIGN.md; a module is live once its app registers its entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from xiaobao.core import registry


@dataclass(frozen=True)
class PlannedModule:
    key: str
    label: Promise
    order: int


# The modules of DESIGN.md, shown as "planned" until an installed app registers a NavEntry with the same key.
PLANNED: tuple[PlannedModule, ...] = (
    PlannedModule("complaints", _("Complaints"), 10),
    PlannedModule("major", _("Major complaints"), 20),
    PlannedModule("reviews", _("Consumer-protection reviews"), 30),
    PlannedModule("privacy", _("Personal information"), 40),
    PlannedModule("reports", _("Regulatory reports"), 110),
)


def module_links(user: Any, active: str | None = None) -> list[dict[str, object]]:
    registered = {entry.key: entry for entry in registry.navigation_entries()}
    rows: list[tuple[int, dict[str, object]]] = [
        (module.order, {"key": module.key, "label": module.label, "url": None, "active": False})
        for module in PLANNED if module.key not in registered
    ]
    for entry in registered.values():
        if entry.roles is not None and not user.has_role(*entry.roles):
            continue
        try:
            url: str | None = reverse(entry.url_name)
        except NoReverseMatch:
            url = None
        rows.append((entry.order, {"key": entry.key, "label": entry.label, "url": url, "active": entry.key == active}))
    return [row for _order, row in sorted(rows, key=lambda pair: pair[0])]
