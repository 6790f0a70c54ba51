"""`{% load assessment_labels %}` — `{{ run.template_version|version_label }}`: a template version as users read it."""

from __future__ import annotations

from django import template

from xiaobao.assessment import indicators

register = template.Library()


@register.filter
def version_label(version: object) -> str:
    """The shipped file is 内置版本; a saved version is v3."""
    return indicators.version_label(version)
