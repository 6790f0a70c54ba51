"""Form fields and form checks every module's pages share."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (a list, possibly empty when not required)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


def refuse_invalid_filters(form: forms.Form) -> None:
    """An export's filter form that does not validate is refused (InvalidInput, 422, on its first field), never
    dropped: dropping it would export the whole scope instead of what the filter asked for (issue 16 item 10).
    A filter's institution is a choice among the user's own: a code outside them is outside the data scope."""
    if not form.is_bound or form.is_valid():
        return
    name, problems = next(iter(form.errors.items()))
    if name == "institution":
        raise InvalidInput(_("Institution “%(code)s” is outside your data scope; nothing was exported.")
                           % {"code": form.data.get("institution", "")}, field="institution")
    raise InvalidInput(problems[0], field=name)
