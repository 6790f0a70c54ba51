"""Warnings while a sale is registered (form-check slot "sale.create"): what the registry already knows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from xiaobao.core.registry import Notice
from xiaobao.traceability import selectors
from xiaobao.traceability.codes import Channel, recording_required


def sale_form_check(user: Any, data: Mapping[str, str]) -> list[Notice]:
    """Reads `policy_number` and `channel`: a policy already registered (in the user's scope), and the
    recording a telephone sale must have."""
    notices = []
    number = (data.get("policy_number") or "").strip()[:40]
    if number:
        sale = selectors.sales_visible_to(user).filter(policy_number=number).first()
        if sale is not None:
            notices.append(Notice(_("A sale record with this policy number exists already."),
                                  reverse("traceability:sale", args=[sale.pk])))
    channel = data.get("channel") or ""
    if channel in Channel.values and recording_required(channel):
        notices.append(Notice(_("A telephone sale must have a full call recording: add it after registering."), ""))
    return notices
