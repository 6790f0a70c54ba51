"""What the partners app shows on other apps' forms and pages (core.registry): the blacklist warning while a
complaint, sale record or review request naming a partner is filled in, and the partner panel on the complaint
page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.template.loader import render_to_string

from xiaobao.core.registry import Notice
from xiaobao.partners import selectors

ID_FIELDS = ("partner_id",)
CODE_FIELDS = ("partner_credit_code", "credit_code")
NAME_FIELDS = ("partner_name",)
# a credit code or a name: the complaint form's `partner`; a `partner_name` may hold a credit code as well
EITHER_FIELDS = ("partner", *NAME_FIELDS)


def blacklist_check(user: Any, data: Mapping[str, str]) -> list[Notice]:
    """Reads `partner` (credit code or name), `partner_id`, `partner_credit_code` and `partner_name`: a warning
    for every named partner that is blacklisted today."""
    ids = [int(v) for f in ID_FIELDS if (v := str(data.get(f, "")).strip()).isdigit() and len(v) < 19]
    codes = [str(data.get(f, "")) for f in (*CODE_FIELDS, *EITHER_FIELDS)]
    names = [str(data.get(f, ""))[:200] for f in dict.fromkeys((*NAME_FIELDS, *EITHER_FIELDS))]
    if not (ids or any(c.strip() for c in codes) or any(n.strip() for n in names)):
        return []
    return selectors.blacklist_notices(selectors.matching(ids=ids, codes=[c[:40] for c in codes], names=names))


def complaint_panel(request: Any, complaint: Any) -> str:
    """涉及合作机构 on the complaint page: the partner the complaint names, and the warning when blacklisted."""
    partner_id = getattr(complaint, "partner_id", None)
    if partner_id is None:
        return ""
    partner = selectors.matching(ids=[partner_id]).first()
    if partner is None:
        return ""
    visible = selectors.partners_visible_to(request.user).filter(pk=partner_id).exists()
    return render_to_string("partners/_complaint_panel.html", {
        "partner": partner, "visible": visible,
        "notices": selectors.blacklist_notices(selectors.matching(ids=[partner_id]))}, request=request)
