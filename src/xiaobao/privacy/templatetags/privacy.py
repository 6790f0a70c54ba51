"""`{% load privacy %}` — `{% can_unmask complaint "phone" as allowed %}` for the unmask control."""

from __future__ import annotations

from typing import Any

from django import template

from xiaobao.engines.pii import MaskPolicy
from xiaobao.privacy import policy

register = template.Library()
MASK_CHAR = MaskPolicy().mask_char


@register.simple_tag(takes_context=True)
def can_unmask(context: dict[str, Any], complaint: Any, field: str = "", masked: str | None = None) -> bool:
    """Whether to offer the control: the user may unmask, and the field (if named) has a value — for a free
    text, its masked copy (`masked`) hides something (the text in clear is not read to decide)."""
    user = context.get("user")
    if user is None or not user.is_authenticated or complaint is None:
        return False
    if field in policy.TEXT_FIELDS:
        if not masked or MASK_CHAR not in masked:
            return False
    elif field and not getattr(complaint, _attribute(complaint, field), ""):
        return False
    return policy.can_unmask(user, complaint)


def _attribute(holder: Any, field: str) -> str:
    """The attribute behind a field code: a complainant field, or one the holder declares (`PERSONAL_FIELDS`)."""
    if field in policy.FIELDS:
        return policy.FIELDS[field][0]
    return (getattr(holder, "PERSONAL_FIELDS", None) or {}).get(field, "")


@register.simple_tag(takes_context=True)
def can_export_plain(context: dict[str, Any]) -> bool:
    user = context.get("user")
    return bool(user is not None and user.is_authenticated and policy.can_export_plain(user))
