"""Forms of the report pages."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from xiaobao.reports.models import Basis

QUARTERS = [(q, _("Q%(n)s") % {"n": q}) for q in (1, 2, 3, 4)]
MONTHS = [(m, _("%(n)s月") % {"n": m}) for m in range(1, 13)]


class PeriodForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=_("Quarter"), choices=QUARTERS, coerce=int, required=False)
    month = forms.TypedChoiceField(label=_("Month"), choices=MONTHS, coerce=int, required=False)

    def __init__(self, *args: object, institutions: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class VolumeForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"))
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=_("Quarter"), choices=QUARTERS, coerce=int)
    premium = forms.DecimalField(label=_("Premium (yuan)"), required=False, min_value=Decimal("0.01"),
                                 max_digits=16, decimal_places=2)
    premium_basis = forms.ModelChoiceField(label=_("Premium definition"), required=False, to_field_name="code",
                                           queryset=Basis.objects.filter(kind=Basis.Kind.PREMIUM))
    policies = forms.IntegerField(label=_("Policies"), required=False, min_value=1, max_value=10**12)
    policies_basis = forms.ModelChoiceField(label=_("Policy definition"), required=False, to_field_name="code",
                                            queryset=Basis.objects.filter(kind=Basis.Kind.POLICIES))

    def __init__(self, *args: object, institutions: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel file (.xlsx)"))


class MedianForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=_("Quarter"), choices=QUARTERS, coerce=int)
    per_100m_premium = forms.DecimalField(label=_("Complaints per 100 million yuan premium"), required=False,
                                          min_value=0, max_digits=10, decimal_places=4)
    per_10k_policies = forms.DecimalField(label=_("Complaints per 10,000 policies"), required=False, min_value=0,
                                          max_digits=10, decimal_places=4)
    source = forms.CharField(label=_("Source"), required=False, max_length=200)
