"""`{% load dates %}` — `{{ case.due_at|due_label }}`: a deadline as users read it (see `core.dates`)."""

from __future__ import annotations

from datetime import datetime

from django import template

from xiaobao.core import dates

register = template.Library()


@register.filter
def due_label(value: datetime | None) -> str:
    return dates.due_label(value)
