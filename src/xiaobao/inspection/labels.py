"""Chinese labels of the codes the inspection rules name: sales channels, product lines, checklist steps.

Channel and product-line codes belong to the sale records (traceability); the labels here are what the rules
form and the statistics show. A code not listed is shown as itself, marked as "other".
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from xiaobao.engines.transcripts import STEPS, default_checklist
from xiaobao.inspection.rules import ANY

CHANNELS: dict[str, object] = {
    "telephone": _l("Telephone sales"),  # 电话销售
    "internet": _l("Internet sales"),  # 互联网销售
    "face_to_face": _l("Face-to-face sales"),  # 面对面销售
    "bancassurance": _l("Bancassurance"),  # 银保
}


def product_lines() -> dict[str, str]:
    return dict(default_checklist().line_names)


def channel_label(code: str) -> str:
    if code == ANY:
        return _("Any channel")
    return str(CHANNELS.get(code, _("Other (%(code)s)") % {"code": code}))


def line_label(code: str) -> str:
    if code == ANY:
        return _("Any product line")
    return product_lines().get(code) or _("Other (%(code)s)") % {"code": code}


def step_label(code: str) -> str:
    return default_checklist().step_names.get(code, code)


def step_choices() -> list[tuple[str, str]]:
    return [(code, step_label(code)) for code in STEPS]
