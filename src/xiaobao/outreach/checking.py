"""The publication check of an outreach text: the marketing engine (promised returns, guarantees, pressure …) and
the pii engine (a customer's phone number, ID number, name … has no place in material for the public).

Pure function over a text: `check_text()` returns the findings to store and show (passages masked).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from django.utils.translation import gettext as _

import xiaobao
from xiaobao.engines import marketing
from xiaobao.outreach.codes import Engine
from xiaobao.privacy.masking import MaskedText

CONTEXT = 20  # characters of context shown on each side of a passage
PII_LABELS = {
    "PERSON": "姓名", "MOBILE": "手机号码", "LANDLINE": "固定电话", "ID_CARD": "身份证号码", "BANK_CARD": "银行卡号",
    "EMAIL": "电子邮箱", "ADDRESS": "住址", "LICENSE_PLATE": "车牌号", "VIN": "车架号", "PASSPORT": "护照号码",
}
PII_BASIS = "《中华人民共和国个人信息保护法》第十三条、《银行保险机构消费者权益保护管理办法》第三十二条"


@dataclass(frozen=True)
class Found:
    engine: str
    code: str
    label: str
    before: str
    quote: str  # masked
    after: str
    explanation: str
    basis: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def versions() -> dict[str, str]:
    return {Engine.MARKETING: f"{xiaobao.__version__}+{marketing.engine_version()}", Engine.PII: xiaobao.__version__}


def check_text(text: str) -> list[Found]:
    """Every marketing violation and every piece of personal data in `text`, in the order they occur."""
    codes = marketing.default_rules().codes
    masked = MaskedText(text)
    found: list[tuple[int, Found]] = []
    for f in marketing.check_text(text):
        info = codes.get(f.code)
        before, quote, after = masked.passage(f.start, f.end, context=CONTEXT, limit=300)
        found.append((f.start, Found(Engine.MARKETING, f.code, info.name if info else f.code, before, quote, after,
                                     f.explanation, f.basis)))
    for f in masked.findings:
        before, quote, after = masked.passage(f.start, f.end, context=CONTEXT, limit=300)
        found.append((f.start, Found(Engine.PII, f.type, PII_LABELS.get(f.type, f.type), before, quote, after,
                                     _("Personal information of a customer appears in a text for the public."),
                                     PII_BASIS)))
    return [f for _start, f in sorted(found, key=lambda pair: pair[0])]
