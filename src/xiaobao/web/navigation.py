"""The module navigation: every module of DESIGN.md, marked available once its app is installed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Module:
    key: str
    label: Promise
    app_label: str
    url_name: str
    roles: frozenset[str] | None = None  # shown only to these roles; None: to everyone



MODULES: tuple[Module, ...] = (
    Module("complaints", _("Complaints"), "complaints", "complaints:list"),
    Module("major", _("Major complaints"), "complaints", "major:board",
           roles=frozenset({"officer", "head", "reviewer", "auditor"})),
    Module("reviews", _("Consumer-protection reviews"), "reviews", "reviews:list"),
    Module("privacy", _("Personal information"), "privacy", "privacy:access-log",
           roles=frozenset({"auditor", "officer"})),
    Module("traceability", _("Sales traceability"), "traceability", "traceability:list"),
    Module("training", _("Training"), "training", "training:list"),
    Module("assessment", _("Assessment"), "assessment", "assessment:list"),
    Module("partners", _("Partners"), "partners", "partners:list"),
    Module("assistance", _("Special services"), "assistance", "assistance:list"),
    Module("outreach", _("Education & publicity"), "outreach", "outreach:list"),
    Module("reports", _("Regulatory reports"), "reports", "reports:index"),
)


def module_links(user: Any, active: str | None = None) -> list[dict[str, object]]:
    links = []
    for module in MODULES:
        if module.roles is not None and not user.has_role(*module.roles):
            continue
        url = None
        if apps.is_installed(f"xiaobao.{module.app_label}"):
            try:
                url = reverse(module.url_name)
            except NoReverseMatch:
                url = None
        links.append({"key": module.key, "label": module.label, "url": url,
                      "active": module.key == active})
    return links
