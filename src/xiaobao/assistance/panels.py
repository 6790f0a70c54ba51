"""The section on the complaint page (投诉详情): the services linked to the complaint, a form to link one, and
a link to record one prefilled from the complaint. Registered as the "complaint.detail" panel."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string

from xiaobao.assistance import selectors, services


def complaint_services(request: Any, complaint: Any) -> str:
    user = request.user
    linked = list(selectors.services_of_complaint(user, complaint))
    writer = services.may_write(user)
    if not linked and not writer:
        return ""
    linkable = selectors.linkable_services(user, complaint) if writer else []
    return render_to_string("assistance/_complaint_panel.html", {
        "c": complaint, "linked": linked, "linkable": linkable, "may_write": writer}, request=request)
