"""Forms of the training pages (labels in Chinese through gettext)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.org.roles import Role
from xiaobao.training.codes import Difficulty, Format, MultipleScoring, QuestionKind, Topic

ALL = _("All")
TRAINEE_ROLE_CHOICES = [(r.value, r.label) for r in Role if r not in (Role.AUDITOR, Role.ADMIN)]


class DateInput(forms.DateInput):
    input_type = "date"


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class PlanForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    institution = forms.ChoiceField(label=_("Institution"))
    title = forms.CharField(label=pgettext_lazy("training", "Title"), max_length=200)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class CourseForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("training", "Title"), max_length=200)
    topic = forms.ChoiceField(label=_("Topic"), choices=Topic.choices)
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices)
    starts_at = forms.DateTimeField(label=_("Starts at"), widget=DateTimeInput())
    ends_at = forms.DateTimeField(label=_("Ends at"), widget=DateTimeInput())
    hours = forms.DecimalField(label=_("Training hours"), min_value=Decimal("0.5"), max_value=Decimal("40"),
                               decimal_places=1)
    mandatory = forms.BooleanField(label=_("Mandatory"), required=False, initial=True)
    location = forms.CharField(label=_("Place or link"), max_length=300, required=False)
    trainer = forms.ChoiceField(label=pgettext_lazy("training", "Trainer"), required=False)
    trainer_name = forms.CharField(label=_("Trainer (external)"), max_length=60, required=False)
    audience_roles = forms.MultipleChoiceField(label=_("Audience: roles"), choices=TRAINEE_ROLE_CHOICES,
                                               required=False, widget=forms.CheckboxSelectMultiple)
    audience_institutions = forms.MultipleChoiceField(label=_("Audience: institutions"), required=False)
    audience_users = forms.CharField(label=_("Audience: named people (usernames, comma separated)"),
                                     max_length=2000, required=False)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], trainers: list[tuple[str, str]],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["audience_institutions"].choices = institutions
        self.fields["trainer"].choices = [("", "—"), *trainers]


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File"))


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Sign-in code"), max_length=6, min_length=6)


class AttendanceForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    hours = forms.DecimalField(label=_("Training hours"), required=False, min_value=Decimal("0.1"),
                               max_value=Decimal("40"), decimal_places=1)


class BankFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(label=pgettext_lazy("training", "Type"), required=False, choices=[("", ALL), *QuestionKind.choices])
    tag = forms.CharField(label=_("Tag"), required=False, max_length=30)
    difficulty = forms.TypedChoiceField(label=_("Difficulty"), required=False, coerce=int, empty_value=None,
                                        choices=[("", ALL), *Difficulty.choices])


class QuestionForm(forms.Form):
    kind = forms.ChoiceField(label=pgettext_lazy("training", "Type"), choices=QuestionKind.choices)
    text = forms.CharField(label=_("Question"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    options = forms.CharField(label=_("Options (one per line; not for true/false and short answer)"),
                              required=False, max_length=3000, widget=forms.Textarea(attrs={"rows": 4}))
    answer = forms.CharField(label=_("Answer (option letters such as A or A、B、D; 正确/错误 for true/false)"),
                             required=False, max_length=20)
    reference = forms.CharField(label=_("Reference answer (short answer)"), required=False, max_length=2000,
                                widget=forms.Textarea(attrs={"rows": 2}))
    explanation = forms.CharField(label=_("Explanation"), required=False, max_length=2000,
                                  widget=forms.Textarea(attrs={"rows": 2}))
    tags = forms.CharField(label=_("Tags (separated by 、)"), required=False, max_length=300)
    difficulty = forms.TypedChoiceField(label=_("Difficulty"), coerce=int, choices=Difficulty.choices,
                                        initial=Difficulty.MEDIUM)
    source = forms.CharField(label=pgettext_lazy("training", "Source"), required=False, max_length=300)


class ExamForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("training", "Title"), max_length=200)
    institution = forms.ChoiceField(label=_("Institution"))
    single = forms.IntegerField(label=_("Single-choice questions"), min_value=0, max_value=100, initial=20)
    single_points = forms.DecimalField(label=_("Points each"), min_value=Decimal("0.5"), max_value=100, initial=2)
    multiple = forms.IntegerField(label=_("Multiple-choice questions"), min_value=0, max_value=100, initial=10)
    multiple_points = forms.DecimalField(label=_("Points each"), min_value=Decimal("0.5"), max_value=100,
                                         initial=3)
    true_false = forms.IntegerField(label=_("True/false questions"), min_value=0, max_value=100, initial=10)
    true_false_points = forms.DecimalField(label=_("Points each"), min_value=Decimal("0.5"), max_value=100,
                                           initial=3)
    short = forms.IntegerField(label=_("Short-answer questions"), min_value=0, max_value=20, initial=0)
    short_points = forms.DecimalField(label=_("Points each"), min_value=Decimal("0.5"), max_value=100, initial=10)
    tags = forms.CharField(label=_("Only questions with these tags (separated by 、; empty: all)"),
                           required=False, max_length=300)
    duration_minutes = forms.IntegerField(label=_("Time allowed (minutes)"), min_value=1, max_value=600,
                                          initial=60)
    pass_mark = forms.DecimalField(label=_("Pass mark (%)"), min_value=1, max_value=100, initial=60)
    max_attempts = forms.IntegerField(label=_("Attempts allowed"), min_value=1, max_value=10, initial=2)
    multiple_scoring = forms.ChoiceField(label=_("Multiple-choice scoring"), choices=MultipleScoring.choices)
    opens_on = forms.DateField(label=_("Opens on"), widget=DateInput())
    closes_on = forms.DateField(label=_("Closes on (inclusive)"), widget=DateInput())
    mandatory = forms.BooleanField(label=_("Mandatory"), required=False, initial=True)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class GradeForm(forms.Form):
    points = forms.DecimalField(label=_("Points"), min_value=0, max_value=100, decimal_places=1)
    note = forms.CharField(label=_("Grader's note"), required=False, max_length=500)


class CoverageForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("To"), required=False, widget=DateInput())

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions
