"""Editing a private free text without losing what the editor was not shown.

A page or API client that shows a private text shows its masked copy (138****5678, 张**). Saving that copy back
would store the asterisks in place of the personal data: the data would be lost without anyone deciding so.
Two rules keep it:

- The user who may read the text in clear opens it in clear to edit it (`privacy.services.open_for_editing`,
  logged in the access log), so what they save is what they saw.
- Every save of a private text checks the new text with `refuse_masked_copy`: a masked value that stands for
  personal data of the stored text (the pii engine's masked form of it, as the masked copy shows it) may not
  come back; the user removes or replaces it. Masked values the user typed themselves are not affected.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput
from xiaobao.engines.pii.masking import replacements


def hidden_values(new_text: str, stored: str, *, stored_masked: str = "", hints: Sequence[str] = ()) -> list[str]:
    """The masked values of `stored`'s personal data that are still in `new_text`, in text order (each once).

    `stored_masked`, when given, is the masked copy the user was shown: the new text being exactly it (with data
    masked in it) counts even if the pii engine now masks differently."""
    if not stored or not new_text:
        return []
    found: list[str] = []
    for start, end, masked in replacements(stored, hints=[h for h in hints if h and h.strip()]):
        if masked != stored[start:end] and masked in new_text and masked not in found:
            found.append(masked)
    if not found and stored_masked and stored_masked != stored and new_text.strip() == stored_masked.strip():
        found.append(stored_masked[:20])
    return found


def refuse_masked_copy(new_text: str, stored: str, *, field: str, label: Any, stored_masked: str = "",
                       hints: Sequence[str] = ()) -> None:
    """InvalidInput (on `field`) when `new_text` still holds masked personal data of `stored`."""
    hidden = hidden_values(new_text, stored, stored_masked=stored_masked, hints=hints)
    if hidden:
        raise InvalidInput(
            _("%(field)s still holds personal data shown masked (%(values)s): saving it would replace the data "
              "with asterisks. Remove or replace it, or open the text in clear to edit it.")
            % {"field": label, "values": "、".join(hidden[:3])}, field=field)
