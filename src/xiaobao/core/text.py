"""Text as it enters the system: control characters removed.

Decision (issue 16): control characters are **removed** on input, not refused. Text pasted from other systems
often carries a stray vertical tab or NUL that the person never saw; refusing would make them hunt for an
invisible character, and keeping it breaks PostgreSQL (NUL) and spreadsheets (openpyxl refuses C0 controls).
Tab, line feed and carriage return are ordinary text and stay. The API applies this to every JSON body, form
field and query parameter (`xiaobao.api.parser`); the exporters strip whatever older data still holds
(`xiaobao.core.safe_export`).
"""

from __future__ import annotations

import re
from typing import Any

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(text: str) -> str:
    """`text` without C0 control characters (except tab, LF, CR) and DEL."""
    return CONTROL.sub("", text) if CONTROL.search(text) else text


def clean_controls(value: Any) -> Any:
    """`without_controls` applied to every string in a JSON-like value (dict keys included)."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, dict):
        return {clean_controls(k): clean_controls(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_controls(v) for v in value]
    return value
