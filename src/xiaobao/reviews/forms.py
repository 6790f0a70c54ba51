"""Forms of the review pages (labels in Chinese through gettext)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.core.forms import MultipleFileField
from xiaobao.reviews.codes import (
    Answer,
    CheckAs,
    Conclusion,
    Kind,
    LegalBasis,
    MaterialForm,
    MonitoringSource,
    ReleaseChannel,
    Severity,
    Status,
)

ALL = _("All")


def _blank(choices: Any, label: Any = ALL) -> list[tuple[str, Any]]:
    return [("", label), *choices]


class LedgerFilterForm(forms.Form):
    q = forms.CharField(label=_("Number or title"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Type"), choices=_blank(Kind.choices), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=_blank(Status.choices), required=False)
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    submitted_from = forms.DateField(label=_("Submitted from"), required=False,
                                     widget=forms.DateInput(attrs={"type": "date"}))
    submitted_to = forms.DateField(label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = _blank(institutions)


class SubmitForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=Kind.choices)
    material_form = forms.ChoiceField(label=_("Material form"), choices=MaterialForm.choices, required=False)
    title = forms.CharField(label=_("Title"), max_length=200)
    product_line = forms.CharField(label=_("Product line"), max_length=100, required=False)
    planned_release_on = forms.DateField(label=_("Planned release date"), required=False,
                                         widget=forms.DateInput(attrs={"type": "date"}))
    institution = forms.ChoiceField(label=_("Institution"))
    department = forms.CharField(label=_("Requesting department"), max_length=100, required=False)
    partner_name = forms.CharField(label=_("Partner agency"), max_length=200, required=False,
                                   help_text=_("Name or unified social credit code, when the material is a partner's"))
    check_as = forms.ChoiceField(label=_("Check the documents as"), choices=CheckAs.choices)
    files = MultipleFileField(label=_("Documents"), help_text=_("Word, PDF, Excel, images, web pages or text"))

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class DocumentForm(forms.Form):
    file = forms.FileField(label=_("File"))
    check_as = forms.ChoiceField(label=_("Check as"), choices=CheckAs.choices)
    document = forms.TypedChoiceField(label=_("New version of"), coerce=int, required=False, empty_value=None)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, documents: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["document"].choices = [("", _("A new document")), *documents]


class OpinionForm(forms.Form):
    document = forms.TypedChoiceField(label=_("Document"), coerce=int)
    finding = forms.TypedChoiceField(label=_("Automatic finding"), coerce=int, required=False, empty_value=None)
    quote = forms.CharField(label=_("Quoted passage"), max_length=500, required=False)
    severity = forms.ChoiceField(label=_("Severity"), choices=Severity.choices)
    legal_basis = forms.ChoiceField(label=_("Legal basis"), choices=LegalBasis.choices)
    legal_basis_text = forms.CharField(label=_("Legal basis (other)"), max_length=300, required=False)
    text = forms.CharField(label=_("Opinion"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, documents: list[tuple[int, str]], findings: list[tuple[int, str]],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["document"].choices = documents
        self.fields["finding"].choices = [("", _("None")), *findings]


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(label=_("Answer"), choices=Answer.choices)
    reason = forms.CharField(label=_("Reason"), max_length=2000, required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))


class DecisionForm(forms.Form):
    accept = forms.TypedChoiceField(label=pgettext_lazy("reviews", "Decision"), coerce=lambda v: v == "1",
                                    choices=[("1", pgettext_lazy("reviews", "Accept")), ("0", _("Dismiss"))])
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)


class ConcludeForm(forms.Form):
    conclusion = forms.ChoiceField(label=_("Conclusion"), choices=Conclusion.choices)
    note = forms.CharField(label=_("Conclusion note"), widget=forms.Textarea(attrs={"rows": 2}), required=False,
                           max_length=5000)
    version = forms.IntegerField(widget=forms.HiddenInput)


class NoteForm(forms.Form):
    note = forms.CharField(label=pgettext_lazy("reviews", "Note"), widget=forms.Textarea(attrs={"rows": 2}), required=False,
                           max_length=5000)
    version = forms.IntegerField(widget=forms.HiddenInput)


class VersionOnlyForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class ReleaseForm(forms.Form):
    document = forms.TypedChoiceField(label=_("Approved document"), coerce=int)
    channel = forms.ChoiceField(label=_("Channel"), choices=ReleaseChannel.choices)
    location = forms.CharField(label=_("URL or place"), max_length=500)
    published_on = forms.DateField(label=_("Publication date"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, documents: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["document"].choices = documents


class MonitoringFilterForm(forms.Form):
    """The monitoring list's filters (GET); the measures' and partner evaluations' drill-down links use them."""

    institution = forms.ChoiceField(label=_("Institution"), required=False)
    partner = forms.CharField(label=_("Partner (credit code or name)"), required=False, max_length=200)
    seen_from = forms.DateField(label=_("Seen from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    seen_to = forms.DateField(label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    flagged = forms.BooleanField(label=_("Violations only"), required=False)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = _blank(institutions)


class MonitoringForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"))
    source = forms.ChoiceField(label=_("Where it was seen"), choices=MonitoringSource.choices)
    seen_on = forms.DateField(label=_("Seen on"), widget=forms.DateInput(attrs={"type": "date"}))
    location = forms.CharField(label=_("URL or place"), max_length=500, required=False)
    agent_name = forms.CharField(label=_("Agent"), max_length=60, required=False)
    partner_name = forms.CharField(label=_("Partner agency"), max_length=200, required=False)
    text = forms.CharField(label=_("Material text"), widget=forms.Textarea(attrs={"rows": 5}), max_length=20000)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions
