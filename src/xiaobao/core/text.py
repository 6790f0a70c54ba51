"""Text as it enters the system: control characters removed.

Decision (issue 16): control characters are **removed** on input, not refused. Text pasted from other systems
often carries a stray vertical tab or NUL that the person never saw; refusing would make them hunt for an
invisible character, and keeping it breaks PostgreSQL (NUL) and spreadsheets (openpyxl refuses C0 controls).
Tab, line feed and carriage return are ordinary text and stay. The API applies this to every JSON body, form
field and query parameter (`xiaobao.api.parser`); the exporters strip whatever older data still holds
(`xiaobao.core.safe_export`).

`text_value` and `choice_value` are the services' checks of a text or a choice as it arrives (one Chinese
message each for missing, too long, too short, not a valid choice; `field` names the input for the API's
`{code, message, field}`).
"""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_NOTE = 2000  # characters of a note or reason when the caller names no other limit


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


def text_value(value: str | None, field: str, label: Any, *, required: bool = True, limit: int = MAX_NOTE,
               minimum: int = 0) -> str:
    """`value` stripped and without control characters; InvalidInput (on `field`) when it is missing and
    `required`, longer than `limit` or, when given, shorter than `minimum` characters."""
    text = without_controls((value or "").strip())
    if required and not text:
        raise InvalidInput(_("%(field)s is required.") % {"field": label}, field=field)
    if len(text) > limit:
        raise InvalidInput(_("%(field)s is too long (at most %(n)s characters).") % {"field": label, "n": limit},
                           field=field)
    if text and len(text) < minimum:
        raise InvalidInput(_("%(field)s must be at least %(n)s characters.") % {"field": label, "n": minimum},
                           field=field)
    return text


def choice_value(value: str | None, choices: Any, field: str, *, required: bool = True) -> str:
    """`value` when it is one of `choices` (a Django TextChoices); "" when empty and not `required`."""
    if not value and not required:
        return ""
    if value not in choices.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": value}, field=field)
    return str(value)
