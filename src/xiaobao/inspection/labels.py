"""Chinese labels of the codes inspection shows: sales channels and product lines (the traceability registry's
codes), checklist steps (the transcripts engine's), marketing violations (the marketing engine's). A code not
known is shown as "other (code)", never bare."""

from __future__ import annotations

from django.utils.translation import gettext as _

from xiaobao.engines import marketing
from xiaobao.engines.transcripts import STEPS, default_checklist
from xiaobao.inspection.rules import ANY
from xiaobao.traceability.codes import Channel, ProductLine

CHANNELS: dict[str, object] = dict(Channel.choices)


def product_lines() -> dict[str, object]:
    return dict(ProductLine.choices)


def channel_label(code: str) -> str:
    if code == ANY:
        return _("Any channel")
    return str(CHANNELS.get(code) or _("Other (%(code)s)") % {"code": code})


def line_label(code: str) -> str:
    if code == ANY:
        return _("Any product line")
    return str(product_lines().get(code) or _("Other (%(code)s)") % {"code": code})


def step_label(code: str) -> str:
    return default_checklist().step_names.get(code, code)


def violation_label(code: str) -> str:
    info = marketing.default_rules().codes.get(code)
    return info.name if info else code


def step_choices() -> list[tuple[str, str]]:
    return [(code, step_label(code)) for code in STEPS]
