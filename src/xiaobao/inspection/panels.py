"""The inspection section on the traceability sale page (slot "sale.detail"): automatic checks and inspections
of the sale's transcripts, as far as the user may see them."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string

from xiaobao.inspection import selectors


def sale_panel(request: Any, sale: Any) -> str:
    user = request.user
    if not selectors.can_read(user):
        return ""
    checks = list(selectors.checks_visible_to(user).filter(sale_id=sale.pk).select_related("inspection")
                  .order_by("-checked_at"))
    if not checks:
        return ""
    return render_to_string("inspection/_sale_panel.html", {"checks": checks}, request=request)
