"""What the partners app shows on other apps' forms and pages (core.registry): the blacklist warning while a
complaint, sale record or review request naming a partner is filled in, and the partner panel (with that warning
while the partner is blacklisted) on the complaint, sale record and review request pages."""

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
    return _panel(request, selectors.matching(ids=[partner_id])) if partner_id else ""


def named_panel(request: Any, record: Any) -> str:
    """合作机构 on a sale record's or review request's page: the partner its `partner_credit_code` or
    `partner_name` (a name, former name or credit code) names, and the warning while it is blacklisted."""
    code = str(getattr(record, "partner_credit_code", "") or "")
    name = str(getattr(record, "partner_name", "") or "")
    if not (code.strip() or name.strip()):
        return ""
    return _panel(request, selectors.matching(codes=[code[:40], name[:40]], names=[name[:200]]))


def _panel(request: Any, partners: Any) -> str:
    visible = set(selectors.partners_visible_to(request.user).filter(pk__in=[p.pk for p in partners])
                  .values_list("pk", flat=True))
    return "".join(render_to_string("partners/_partner_panel.html", {
        "partner": partner, "visible": partner.pk in visible,
        "notices": selectors.blacklist_notices(selectors.matching(ids=[partner.pk]))}, request=request)
        for partner in partners)
