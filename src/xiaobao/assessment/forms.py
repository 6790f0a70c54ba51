"""Forms of the assessment pages (labels translated; the services do the rules)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.assessment.codes import PeriodKind

MAX_VERSION = 2_000_000_000


class VersionForm(forms.Form):
    version = forms.IntegerField(min_value=1, max_value=MAX_VERSION, widget=forms.HiddenInput)


class NoteForm(VersionForm):
    note = forms.CharField(label=pgettext_lazy("assessment", "Note"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RunForm(forms.Form):
    template = forms.ChoiceField(label=_("Indicator system"))
    institution = forms.ChoiceField(label=_("Assessing institution"))
    period_kind = forms.ChoiceField(label=pgettext_lazy("assessment", "Period"), choices=PeriodKind.choices, initial=PeriodKind.YEAR)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=_("Quarter"), coerce=int, required=False, empty_value=None,
                                     choices=[("", "—"), (1, "1"), (2, "2"), (3, "3"), (4, "4")])
    title = forms.CharField(label=pgettext_lazy("assessment", "Title"), max_length=200, required=False)

    def __init__(self, *args: object, templates: list[tuple[str, str]], institutions: list[tuple[str, str]],
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["template"].choices = templates
        self.fields["institution"].choices = institutions


class ScoreForm(forms.Form):
    indicator = forms.CharField(max_length=60, widget=forms.HiddenInput)
    score = forms.DecimalField(label=_("Score"), max_digits=7, decimal_places=2, required=False,
                               min_value=-1000, max_value=1000)
    note = forms.CharField(label=pgettext_lazy("assessment", "Note"), max_length=500, required=False)


class SelfForm(forms.Form):
    note = forms.CharField(label=_("Self-assessment"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))


class EvidenceForm(forms.Form):
    indicator = forms.ChoiceField(label=_("Indicator"), required=False)
    file = forms.FileField(label=_("File"))

    def __init__(self, *args: object, indicators: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["indicator"].choices = [("", _("The whole self-assessment")), *indicators]


class LeadershipForm(forms.Form):
    on = forms.BooleanField(label=_("Feeds the leadership evaluation"), required=False)
    note = forms.CharField(label=pgettext_lazy("assessment", "Note"), max_length=300, required=False)


class TemplateForm(forms.Form):
    content = forms.CharField(label=_("Indicator system (TOML)"), max_length=100_000,
                              widget=forms.Textarea(attrs={"rows": 30, "class": "mono"}))
    note = forms.CharField(label=_("Reason for the change"), max_length=200)
