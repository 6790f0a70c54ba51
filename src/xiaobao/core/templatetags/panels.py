"""`{% load panels %}{% panels "complaint.detail" c %}` — the sections other apps add to a page (core.registry)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from xiaobao.core import registry

register = template.Library()


@register.simple_tag(takes_context=True)
def panels(context: template.Context, slot: str, obj: Any) -> SafeString:
    request = context.get("request")
    if request is None:
        return mark_safe("")
    # Each provider returns HTML rendered from its own (autoescaping) template.
    return mark_safe("".join(registry.panels(slot, request, obj)))  # noqa: S308
