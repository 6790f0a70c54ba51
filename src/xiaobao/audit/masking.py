"""Personal data never enters the audit chain in clear (审计摘要脱敏).

The chain is append-only and hash-linked, so a value written into it can never be taken out again. Every
event's summary (before / after / note) therefore passes the pii engine's masking on its way in: a phone
number, ID number, bank card, e-mail, street address or name typed into a note is stored as 138****5678,
650103********1540, 张** …. Callers should still pass references (ids, numbers, codes) rather than text;
this is the safety net that holds when they do not.
"""

from __future__ import annotations

import re
from typing import Any

from xiaobao.engines.pii import mask_text

# Only strings that could hold personal data are scanned: Chinese text, long digit runs, an @.
# Codes, usernames, statuses and ISO dates pass untouched and cost nothing.
_MAYBE_PERSONAL = re.compile(r"[\u3400-\u9fff]|\d[\d \-]{5,}\d|@")


def mask_value(value: Any) -> Any:
    """`value` with every string inside it (dict values, list items) masked; keys are left as they are."""
    if isinstance(value, str):
        return mask_text(value) if _MAYBE_PERSONAL.search(value) else value
    if isinstance(value, dict):
        return {k: mask_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_value(v) for v in value]
    return value
