"""The module navigation: every module of DESIGN.md, marked available once its app is installed."""

from __future__ import annotations

from dataclasses import dataclass

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


MODULES: tuple[Module, ...] = (
    Module("complaints", _("Complaints"), "complaints", "complaints:list"),
    Module("reviews", _("Consumer-protection reviews"), "reviews", "reviews:list"),
    Module("privacy", _("Personal information"), "privacy", "privacy:access-log"),
    Module("traceability", _("Sales traceability"), "traceability", "traceability:list"),
    Module("training", _("Training"), "training", "training:list"),
    Module("assessment", _("Assessment"), "assessment", "assessment:list"),
    Module("partners", _("Partners"), "partners", "partners:list"),
    Module("assistance", _("Special services"), "assistance", "assistance:list"),
    Module("outreach", _("Education & publicity"), "outreach", "outreach:list"),
    Module("reports", _("Regulatory reports"), "reports", "reports:index"),
)


def module_links(active: str | None = None) -> list[dict[str, object]]:
    links = []
    for module in MODULES:
        url = None
        if apps.is_installed(f"xiaobao.{module.app_label}"):
            try:
                url = reverse(module.url_name)
            except NoReverseMatch:
                url = None
        links.append({"key": module.key, "label": module.label, "url": url,
                      "active": module.key == active})
    return links
