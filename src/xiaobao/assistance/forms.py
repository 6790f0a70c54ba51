"""Forms of the special-group services pages (labels in Chinese through gettext)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from xiaobao.assistance.codes import Channel, Facility, Group, Language, Measure, Outcome, Satisfaction
from xiaobao.core.forms import MultipleFileField, MultipleFileInput

ALL = _("All")
_date = forms.DateInput(attrs={"type": "date"})


def _blank(choices: Any, label: Any = ALL) -> list[tuple[str, Any]]:
    return [("", label), *choices]


class LedgerFilterForm(forms.Form):
    q = forms.CharField(label=_("Need contains"), required=False, max_length=100)
    group = forms.ChoiceField(label=_("Customer group"), choices=_blank(Group.choices), required=False)
    language = forms.ChoiceField(label=_("Service language"), choices=_blank(Language.choices[1:]), required=False)
    channel = forms.ChoiceField(label=_("Service channel"), choices=_blank(Channel.choices), required=False)
    measure = forms.ChoiceField(label=_("Measure"), choices=_blank(Measure.choices), required=False)
    outcome = forms.ChoiceField(label=_("Service outcome"), choices=_blank(Outcome.choices), required=False)
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    served_from = forms.DateField(label=_("Served from"), required=False, widget=_date)
    served_to = forms.DateField(label=_("to"), required=False, widget=_date)
    complaint = forms.IntegerField(required=False, min_value=1, max_value=2**62, widget=forms.HiddenInput)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = _blank(institutions)


class ServiceForm(forms.Form):
    served_on = forms.DateField(label=_("Service date"), widget=_date)
    institution = forms.ChoiceField(label=_("Institution / outlet"))
    channel = forms.ChoiceField(label=_("Service channel"), choices=Channel.choices)
    is_elderly = forms.BooleanField(label=_("Elderly customer"), required=False,
                                    help_text=_("Also set from the ID number's birth date."))
    has_disability = forms.BooleanField(label=_("Customer with a disability"), required=False)
    language = forms.ChoiceField(label=_("Service language"), choices=Language.choices, required=False)
    need = forms.CharField(label=_("Need"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    measures = forms.MultipleChoiceField(label=_("Measures taken"), choices=Measure.choices,
                                         widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(label=_("Service note"), max_length=2000, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))
    staff_name = forms.CharField(label=_("Staff"), max_length=60)
    customer_name = forms.CharField(label=_("Customer name"), max_length=60, required=False)
    customer_phone = forms.CharField(label=_("Customer phone"), max_length=30, required=False)
    customer_id_number = forms.CharField(label=_("ID number"), max_length=30, required=False)
    outcome = forms.ChoiceField(label=_("Service outcome"), choices=Outcome.choices)
    satisfaction = forms.ChoiceField(label=_("Satisfaction"), choices=Satisfaction.choices, required=False)
    complaint = forms.IntegerField(required=False, min_value=1, max_value=2**62, widget=forms.HiddenInput)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class FollowUpForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2_000_000_000)
    outcome = forms.ChoiceField(label=_("Service outcome"), choices=Outcome.choices)
    satisfaction = forms.ChoiceField(label=_("Satisfaction"), choices=Satisfaction.choices, required=False)
    note = forms.CharField(label=_("Follow-up note"), max_length=2000, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


class LinkForm(forms.Form):
    service = forms.ChoiceField(label=_("Service record"))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, services: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = services


class FacilityCheckForm(forms.Form):
    checked_on = forms.DateField(label=_("Checked on"), widget=_date)
    present = forms.MultipleChoiceField(label=_("Facilities present (the others are missing)"),
                                        choices=Facility.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(label=_("Check note"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    photos = MultipleFileField(label=_("Photos"), required=False, widget=MultipleFileInput(
        attrs={"accept": "image/jpeg,image/png,image/webp"}))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel file (.xlsx)"))
