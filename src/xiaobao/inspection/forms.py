"""Forms of the inspection pages (labels in Chinese through gettext)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from xiaobao.inspection import labels
from xiaobao.inspection.codes import Condition
from xiaobao.inspection.rules import ANY


def _code_choices(known: dict[str, Any], extra: set[str], any_label: Any) -> list[tuple[str, Any]]:
    codes = list(known) + sorted(extra - set(known) - {ANY})
    return [(ANY, any_label)] + [(code, known.get(code) or code) for code in codes]


class RuleRowForm(forms.Form):
    """One rule: channel × product line → required steps."""

    channel = forms.ChoiceField(label=_("Channel"))
    product_line = forms.ChoiceField(label=_("Product line"))
    required = forms.MultipleChoiceField(label=_("Required steps"), required=False,
                                         widget=forms.CheckboxSelectMultiple)
    remove = forms.BooleanField(label=_("Remove"), required=False)

    def __init__(self, *args: Any, channels: set[str] | None = None, lines: set[str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = _code_choices(labels.CHANNELS, channels or set(), _("Any channel"))
        self.fields["product_line"].choices = _code_choices(labels.product_lines(), lines or set(),
                                                            _("Any product line"))
        self.fields["required"].choices = labels.step_choices()


class BaseRuleFormSet(forms.BaseFormSet):
    def __init__(self, *args: Any, channels: set[str] | None = None, lines: set[str] | None = None,
                 **kwargs: Any) -> None:
        self._codes = {"channels": channels or set(), "lines": lines or set()}
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        return {**super().get_form_kwargs(index), **self._codes}


RuleFormSet = forms.formset_factory(RuleRowForm, formset=BaseRuleFormSet, extra=2, max_num=200, absolute_max=200,
                                    validate_max=True)


class ScoringForm(forms.Form):
    missing_step = forms.IntegerField(label=_("Points off per missing step"), min_value=0, max_value=100)
    violation = forms.IntegerField(label=_("Points off per marketing violation"), min_value=0, max_value=100)
    pass_score = forms.IntegerField(label=_("Lowest score for a pass"), min_value=0, max_value=100)
    note = forms.CharField(label=_("Reason for the change"), max_length=200)


class PlanForm(forms.Form):
    name = forms.CharField(label=_("Plan name"), max_length=100)
    condition = forms.ChoiceField(label=_("Calls drawn from"), choices=Condition.choices)
    threshold = forms.IntegerField(label=_("N (age in years, or days)"), required=False, min_value=1,
                                   max_value=3660)
    rate_percent = forms.DecimalField(label=_("Share picked (%)"), min_value=0.01, max_value=100, decimal_places=2,
                                      max_digits=5)
    seed = forms.CharField(label=_("Seed (the same seed picks the same calls)"), max_length=64)
    active = forms.BooleanField(label=_("Active"), required=False, initial=True)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
