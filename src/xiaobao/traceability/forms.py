"""Forms of the traceability pages (labels in Chinese through gettext)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.traceability.codes import Channel, Kind, ProductLine

ALL = _("All")


def _blank(choices: Any, label: Any = ALL) -> list[tuple[str, Any]]:
    return [("", label), *choices]


class SaleFilterForm(forms.Form):
    q = forms.CharField(label=_("Policy number or policyholder phone / ID"), required=False, max_length=40)
    channel = forms.ChoiceField(label=_("Sales channel"), choices=_blank(Channel.choices), required=False)
    product_line = forms.ChoiceField(label=_("Product line"), choices=_blank(ProductLine.choices), required=False)
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    sold_from = forms.DateField(label=_("Sold from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sold_to = forms.DateField(label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    missing_recording = forms.BooleanField(label=_("Required recording missing"), required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000, widget=forms.HiddenInput)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = _blank(institutions)


class SaleForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"))
    policy_number = forms.CharField(label=_("Policy number"), max_length=40)
    product_name = forms.CharField(label=_("Product"), max_length=100)
    product_line = forms.ChoiceField(label=_("Product line"), choices=ProductLine.choices)
    channel = forms.ChoiceField(label=_("Sales channel"), choices=Channel.choices)
    sold_at = forms.DateTimeField(label=_("Sale time"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    agent_name = forms.CharField(label=pgettext_lazy("traceability", "Agent"), max_length=60)
    agent_number = forms.CharField(label=_("Agent staff number"), max_length=40)
    partner_name = forms.CharField(label=_("Agency / partner"), max_length=100, required=False)
    partner_credit_code = forms.CharField(label=_("Partner's unified social credit code"), max_length=18,
                                          required=False)
    policyholder_name = forms.CharField(label=_("Policyholder"), max_length=60)
    policyholder_phone = forms.CharField(label=_("Policyholder phone"), max_length=20, required=False)
    policyholder_id_number = forms.CharField(label=_("Policyholder ID number"), max_length=18, required=False)
    policyholder_birth_date = forms.DateField(label=_("Policyholder birth date"), required=False,
                                              widget=forms.DateInput(attrs={"type": "date"}))
    contract_start = forms.DateField(label=_("Contract start"), widget=forms.DateInput(attrs={"type": "date"}))
    contract_end = forms.DateField(label=_("Contract end"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class ItemForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=Kind.choices)
    file = forms.FileField(label=_("File"))
    supersedes = forms.TypedChoiceField(label=_("Replaces"), coerce=int, required=False, empty_value=None)
    note = forms.CharField(label=_("Item note"), max_length=300, required=False)

    def __init__(self, *args: Any, items: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["supersedes"].choices = [("", _("(a new item)")), *items]


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), min_length=4, max_length=500)
    complaint = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1, max_value=2**62)


class ImportForm(forms.Form):
    archive = forms.FileField(label=_("Zip with manifest and files"))
    system = forms.CharField(label=_("Source system"), max_length=40, required=False)
