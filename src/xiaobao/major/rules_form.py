"""The grading rules as a form (分级规则表单): one row per level, rows of conditions and combinations, the
escalation, duplicates and recurrence settings. The form builds typed `grading.Rules`; `grading.render` turns
them into the same TOML a version stores, which `grading.parse` validates as it validates the raw text.
The root-cause taxonomy is carried over unchanged (it is edited in the text: recorded cases refer to its codes).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from xiaobao.major import grading
from xiaobao.major.models import Level
from xiaobao.org.roles import Role

ROLE_LABELS: dict[str, Any] = {r: Role(r).label for r in grading.NOTIFY_ROLES}
NOTIFY_CHOICES = [(f"{role}@{place}", f"{ROLE_LABELS[role]}（{grading.PLACE_LABELS[place]}）")
                  for place in grading.NOTIFY_PLACES for role in grading.NOTIFY_ROLES]
_hours = {"min_value": Decimal("0"), "max_value": Decimal("720"), "decimal_places": 2, "max_digits": 6}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class LevelForm(forms.Form):
    first_response_hours = forms.DecimalField(label=grading.FIELD_LABELS["first_response_hours"], **_hours)
    report_hours = forms.DecimalField(label=grading.FIELD_LABELS["report_hours"], help_text=_("0: no report"),
                                      **_hours)
    notify = forms.MultipleChoiceField(label=grading.FIELD_LABELS["notify"], choices=NOTIFY_CHOICES,
                                       required=False, widget=forms.CheckboxSelectMultiple)
    must_record = forms.CharField(label=grading.FIELD_LABELS["must_record"], required=False,
                                  help_text=_("One item a line"), widget=forms.Textarea(attrs={"rows": 4}))


class RuleRowForm(forms.Form):
    """条件 → 等级: a number condition reaches the level at or above its threshold; a yes/no one when true."""

    factor = forms.ChoiceField(label=grading.FIELD_LABELS["factor"], required=False,
                               choices=[("", "—"), *grading.FACTOR_LABELS.items()])
    at_least = forms.DecimalField(label=grading.FIELD_LABELS["at_least"], required=False, min_value=0,
                                  max_digits=14, decimal_places=2)
    level = forms.ChoiceField(label=grading.FIELD_LABELS["level"], choices=Level.choices)
    label = forms.CharField(label=grading.FIELD_LABELS["label"], required=False, max_length=100)
    remove = forms.BooleanField(label=_("Remove"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        factor = data.get("factor")
        if data.get("remove") or not factor:
            return data
        if factor in grading.NUMBER_FACTORS and data.get("at_least") is None:
            self.add_error("at_least", _("This condition needs a number: the level applies at or above it."))
        if factor in grading.FLAG_FACTORS:
            data["at_least"] = None  # a yes/no condition has no threshold
        return data


class CombinationRowForm(forms.Form):
    """同时满足: two or more yes/no conditions together reach the level."""

    all_of = forms.MultipleChoiceField(label=grading.FIELD_LABELS["all_of"], required=False,
                                       widget=forms.CheckboxSelectMultiple,
                                       choices=[(f, grading.FACTOR_LABELS[f]) for f in grading.FLAG_FACTORS])
    level = forms.ChoiceField(label=grading.FIELD_LABELS["level"], choices=Level.choices)
    label = forms.CharField(label=grading.FIELD_LABELS["label"], required=False, max_length=100)
    remove = forms.BooleanField(label=_("Remove"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("remove") and len(data.get("all_of") or []) == 1:
            self.add_error("all_of", _("Choose two or more conditions (one alone is a grading rule)."))
        return data


RuleFormSet = forms.formset_factory(RuleRowForm, extra=2, max_num=100, absolute_max=100, validate_max=True)
CombinationFormSet = forms.formset_factory(CombinationRowForm, extra=1, max_num=50, absolute_max=50,
                                           validate_max=True)


class SettingsForm(forms.Form):
    escalation_roles = forms.MultipleChoiceField(label=grading.FIELD_LABELS["roles"], required=False,
                                                 choices=list(ROLE_LABELS.items()),
                                                 widget=forms.CheckboxSelectMultiple)
    notify_branch_officers = forms.BooleanField(label=_("Tell the branch's officers of every escalation"),
                                                required=False)
    repeat_hours = forms.DecimalField(label=grading.FIELD_LABELS["repeat_hours"], help_text=_("0: escalate once"),
                                      **_hours)
    window_days = forms.IntegerField(label=grading.FIELD_LABELS["window_days"], min_value=1, max_value=3660)
    match = forms.MultipleChoiceField(label=grading.FIELD_LABELS["match"], widget=forms.CheckboxSelectMultiple,
                                      choices=list(grading.MATCH_LABELS.items()))
    threshold = forms.IntegerField(label=grading.FIELD_LABELS["threshold"], min_value=2, max_value=1000,
                                   help_text=_("Closed cases of one root cause, product line and institution in "
                                               "one period"))
    note = forms.CharField(label=_("Reason for the change"), max_length=200, required=False)
    base_version = forms.CharField(widget=forms.HiddenInput, required=False)


class RulesForm:
    """The whole editor: the level rows, the rule and combination rows and the settings, bound together."""

    def __init__(self, shown: grading.Rules, data: Any = None) -> None:
        self.shown = shown
        self.levels = {code: LevelForm(data, prefix=f"level-{code}", initial={
            "first_response_hours": _number(spec.first_response_hours), "report_hours": _number(spec.report_hours),
            "notify": [f"{t.role}@{t.place}" for t in spec.notify], "must_record": "\n".join(spec.must_record),
        } if (spec := shown.levels.get(code)) else None) for code in Level.values}
        singles = [r for r in shown.rules if len(r.factors) == 1]
        combos = [r for r in shown.rules if len(r.factors) > 1]
        self.rules = RuleFormSet(data, prefix="rule", initial=None if data else [
            {"factor": r.factors[0], "at_least": r.at_least, "level": r.level, "label": r.label} for r in singles])
        self.combinations = CombinationFormSet(data, prefix="combination", initial=None if data else [
            {"all_of": list(r.factors), "level": r.level, "label": r.label} for r in combos])
        self.settings = SettingsForm(data, initial={
            "escalation_roles": list(shown.escalation_roles), "notify_branch_officers": shown.notify_branch_officers,
            "repeat_hours": _number(shown.escalation_repeat_hours), "window_days": shown.duplicate_window_days,
            "match": list(shown.duplicate_match), "threshold": shown.recurrence_threshold,
            "base_version": grading.current().version})

    def level_rows(self) -> list[tuple[str, Any, LevelForm]]:
        return [(code, Level(code).label, form) for code, form in self.levels.items()]

    def is_valid(self) -> bool:
        parts = [*self.levels.values(), self.rules, self.combinations, self.settings]
        valid = [p.is_valid() for p in parts]  # every part validated, so every error is shown
        return all(valid)

    def errors(self) -> list[dict[str, str]]:
        """Every form error as {field: where, message}, the place named as the officer reads it."""
        out: list[dict[str, str]] = []
        for _code, label, form in self.level_rows():
            out += [{"field": f"{label} · {form.fields[f].label}" if f in form.fields else str(label), "message": m}
                    for f, ms in form.errors.items() for m in ms]
        for name, formset in ((_("Grading rule %(n)s"), self.rules), (_("Combination %(n)s"), self.combinations)):
            for i, form in enumerate(formset.forms):
                where = str(name) % {"n": i + 1}
                out += [{"field": f"{where} · {form.fields[f].label}" if f in form.fields else where, "message": m}
                        for f, ms in form.errors.items() for m in ms]
            out += [{"field": "", "message": m} for m in formset.non_form_errors()]
        out += [{"field": str(self.settings.fields[f].label) if f in self.settings.fields else "", "message": m}
                for f, ms in self.settings.errors.items() for m in ms]
        return out

    def rules_value(self) -> grading.Rules:
        """Typed rules from the valid form (not yet checked across fields: `grading.parse(render(...))` does)."""
        levels = {}
        for code, form in self.levels.items():
            d = form.cleaned_data
            levels[code] = grading.LevelSpec(
                code=code, first_response_hours=float(d["first_response_hours"]),
                report_hours=float(d["report_hours"]),
                notify=tuple(grading.Target(*n.split("@", 1)) for n in d["notify"]),
                must_record=tuple(_lines(d["must_record"])))
        rows: list[grading.Rule] = []
        for form in self.rules.forms:
            d = form.cleaned_data
            if d and not d.get("remove") and d.get("factor"):
                label = (d.get("label") or "").strip() or str(grading.FACTOR_LABELS[d["factor"]])
                rows.append(grading.Rule((d["factor"],), d["level"], label, d.get("at_least")))
        for form in self.combinations.forms:
            d = form.cleaned_data
            if d and not d.get("remove") and len(d.get("all_of") or []) >= 2:
                label = (d.get("label") or "").strip() or " + ".join(str(grading.FACTOR_LABELS[f])
                                                                      for f in d["all_of"])
                rows.append(grading.Rule(tuple(d["all_of"]), d["level"], label))
        s = self.settings.cleaned_data
        return grading.Rules(
            version="form", levels=levels, rules=tuple(rows), escalation_roles=tuple(s["escalation_roles"]),
            notify_branch_officers=bool(s["notify_branch_officers"]),
            escalation_repeat_hours=float(s["repeat_hours"]), duplicate_window_days=s["window_days"],
            duplicate_match=tuple(s["match"]), recurrence_threshold=s["threshold"],
            root_causes=self.shown.root_causes)

    def text(self) -> str:
        return grading.render(self.rules_value())


def _number(value: float) -> Decimal:
    return Decimal(str(value)).normalize() if value != int(value) else Decimal(int(value))
