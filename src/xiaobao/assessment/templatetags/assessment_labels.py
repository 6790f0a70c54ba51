"""`{% load assessment_labels %}` — `{{ run.template_version|version_label }}`: a template version as users read it."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext as _

from xiaobao.assessment.indicators import SHIPPED_VERSION

register = template.Library()


@register.filter
def version_label(version: object) -> str:
    """The shipped file is 内置版本; a saved version is v3."""
    if str(version) == SHIPPED_VERSION:
        return _("built-in version")
    return f"v{version}" if str(version).isdigit() else str(version)
