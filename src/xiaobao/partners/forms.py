"""Page forms of the partners module: they parse and keep input; services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.partners.codes import Clause, ClauseState, Kind, Outcome, Source, Status

_date = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100, widget=forms.TextInput(
        attrs={"placeholder": _("Credit code, name or former name, licence number")}))
    kind = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("All types")), *Kind.choices])
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All statuses")), *Status.choices])
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    blacklisted = forms.BooleanField(label=_("Blacklisted only"), required=False)
    licence_expiring = forms.BooleanField(label=_("Licence expiring"), required=False)

    def __init__(self, *args: object, institutions: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = [("", _("All institutions")), *institutions]


class PartnerForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Type"), choices=Kind.choices)
    credit_code = forms.CharField(label=_("Unified social credit code"), max_length=40)
    licence_number = forms.CharField(label=_("Licence number"), max_length=60, required=False)
    licence_expires_on = forms.DateField(label=_("Licence expiry"), required=False, widget=_date)
    institutions = forms.MultipleChoiceField(label=_("Institutions using it"), widget=forms.CheckboxSelectMultiple)
    former_names = forms.CharField(label=_("Former names (one per line)"), required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}))
    business_scope = forms.CharField(label=_("Business scope"), required=False, max_length=2000,
                                     widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: object, institutions: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institutions"].choices = institutions


class StepForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=pgettext_lazy("partners", "Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    evidence = forms.FileField(label=_("Evidence"), required=False)


class ListingForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
    starts_on = forms.DateField(label=_("From"), widget=_date)
    ends_on = forms.DateField(label=_("Until (inclusive, optional)"), required=False, widget=_date)
    evidence = forms.FileField(label=_("Evidence"), required=False)


class ListingActionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=pgettext_lazy("partners", "Note"), required=False)


class ContactForm(forms.Form):
    role = forms.CharField(label=_("Position"), max_length=60, required=False)
    name = forms.CharField(label=_("Contact name"), max_length=60)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)


class AgreementForm(forms.Form):
    number = forms.CharField(label=_("Agreement number"), max_length=60, required=False)
    signed_on = forms.DateField(label=_("Signed on"), widget=_date)
    expires_on = forms.DateField(label=_("Expires on"), required=False, widget=_date)
    file = forms.FileField(label=_("Agreement document (.docx, .pdf)"))


class ChecklistForm(forms.Form):
    def __init__(self, *args: object, initial_states: dict[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        for code, label in Clause.choices:
            self.fields[code] = forms.ChoiceField(label=label, choices=ClauseState.choices,
                                                  initial=initial_states.get(code), widget=forms.RadioSelect)


class ViolationForm(forms.Form):
    what = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 2}))
    occurred_on = forms.DateField(label=_("Occurred on"), widget=_date)
    source = forms.ChoiceField(label=_("Found by"), choices=Source.choices)
    reference = forms.CharField(label=_("Reference (complaint, report …)"), max_length=60, required=False)
    evidence = forms.FileField(label=_("Evidence"), required=False)


class RectifiedForm(forms.Form):
    on = forms.DateField(label=_("Rectified on"), widget=_date)


class EvaluationForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    outcome = forms.ChoiceField(label=pgettext_lazy("partners", "Outcome"), required=False,
                                choices=[("", _("As the score suggests")), *Outcome.choices])
    note = forms.CharField(label=pgettext_lazy("partners", "Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Partner ledger (.xlsx)"))
