"""Forms of the inspection pages (labels in Chinese through gettext)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.inspection import labels
from xiaobao.inspection.codes import Conclusion, Condition, Status
from xiaobao.inspection.rules import ANY
from xiaobao.major.models import Measure as AccountabilityMeasure


def _code_choices(known: dict[str, Any], extra: set[str], any_label: Any) -> list[tuple[str, Any]]:
    codes = list(known) + sorted(extra - set(known) - {ANY})
    return [(ANY, any_label)] + [(code, known.get(code) or code) for code in codes]


class RuleRowForm(forms.Form):
    """One rule: channel × product line → required steps."""

    channel = forms.ChoiceField(label=pgettext_lazy("inspection", "Channel"))
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
    note = forms.CharField(label=pgettext_lazy("inspection", "Reason for the change"), max_length=200)


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


class QueueFilterForm(forms.Form):
    q = forms.CharField(label=_("Policy number"), required=False, max_length=40)
    status = forms.ChoiceField(label=_("Status"), required=False)
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    agent = forms.CharField(label=_("Agent staff number"), required=False, max_length=40)
    mine = forms.BooleanField(label=_("Mine only"), required=False)
    partner = forms.CharField(label=_("Partner (credit code or name)"), required=False, max_length=200)
    concluded_from = forms.DateField(label=_("Concluded from"), required=False,
                                     widget=forms.DateInput(attrs={"type": "date"}))
    concluded_to = forms.DateField(label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("All")), *Status.choices]
        self.fields["institution"].choices = [("", _("All")), *institutions]


class StatsFilterForm(forms.Form):
    by = forms.ChoiceField(label=_("Figures per"), required=False,
                           choices=[("agent", pgettext_lazy("inspection", "Agent")), ("institution", _("Institution"))])
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    sold_from = forms.DateField(label=pgettext_lazy("inspection", "Sold from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sold_to = forms.DateField(label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = [("", _("All")), *institutions]


class ConcludeForm(forms.Form):
    conclusion = forms.ChoiceField(label=pgettext_lazy("inspection", "Conclusion"), choices=Conclusion.choices, widget=forms.RadioSelect)
    score = forms.IntegerField(label=pgettext_lazy("inspection", "Score"), min_value=0, max_value=100)
    note = forms.CharField(label=_("Conclusion note (required for a fail)"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class AccountabilityForm(forms.Form):
    measure = forms.ChoiceField(label=_("Measure"), choices=AccountabilityMeasure.choices)
    finding = forms.CharField(label=_("Finding"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


def version_of(data: Any) -> int:
    """The version the page was rendered with (0 when missing: the service then answers 409)."""
    raw = str(data.get("version", ""))
    return int(raw) if raw.isdigit() and len(raw) < 10 else 0
