"""Page forms of the privacy module: they parse and keep input; services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from xiaobao.privacy import policy
from xiaobao.privacy.models import PersonalDataAccess

_date = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class UnmaskForm(forms.Form):
    reason = forms.CharField(label=_("Reason for viewing"), max_length=500, required=False,
                             widget=forms.TextInput(attrs={"placeholder": _("e.g. call the complainant back")}))


class AccessLogFilterForm(forms.Form):
    user = forms.CharField(label=_("User"), max_length=150, required=False)
    date_from = forms.DateField(label=_("From"), required=False, widget=_date)
    date_to = forms.DateField(label=_("To"), required=False, widget=_date)
    complaint_number = forms.CharField(label=_("Complaint number"), max_length=32, required=False)
    field = forms.ChoiceField(label=_("Field"), required=False,
                              choices=[("", _("All fields")), *((k, v) for k, v in policy.FIELD_LABELS.items())])
    kind = forms.ChoiceField(label=_("Kind"), required=False,
                             choices=[("", _("All kinds")), *PersonalDataAccess.Kind.choices])

