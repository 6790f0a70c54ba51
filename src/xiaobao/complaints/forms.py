"""Page forms of the complaint module: they parse and keep input; services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints.codes import (
    Category,
    Cause,
    Channel,
    ContactWay,
    DeclineReason,
    ProductLine,
    Result,
    Satisfaction,
    Status,
    sub_causes_of,
)
from xiaobao.complaints.selectors import names_a_person
from xiaobao.org.models import Department

_dt = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class ComplaintForm(forms.Form):
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)
    received_at = forms.DateTimeField(label=_("Received at"), widget=_dt, input_formats=["%Y-%m-%dT%H:%M"])
    institution = forms.ChoiceField(label=_("Handling institution"))
    name = forms.CharField(label=_("Complainant name"), max_length=60)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    id_number = forms.CharField(label=_("ID number"), max_length=30, required=False)
    address = forms.CharField(label=_("Address"), max_length=200, required=False)
    complainant_count = forms.IntegerField(label=_("Number of complainants"), min_value=1, initial=1)
    needs_minority_language = forms.BooleanField(label=_("Minority-language service"), required=False)
    is_elderly = forms.BooleanField(label=_("Elderly customer"), required=False,
                                    help_text=_("Also set from the ID number's birth date."))
    policy_number = forms.CharField(label=_("Policy number"), max_length=40, required=False)
    claim_number = forms.CharField(label=_("Claim number"), max_length=40, required=False)
    product_line = forms.ChoiceField(label=_("Product line"), choices=ProductLine.choices)
    category = forms.ChoiceField(label=_("Business category"), choices=Category.choices)
    cause = forms.ChoiceField(label=_("Cause"), choices=Cause.choices)
    sub_cause = forms.ChoiceField(label=_("Second-level cause"), required=False,
                                  choices=lambda: sub_cause_choices())
    disputed_amount = forms.DecimalField(label=_("Disputed amount (yuan)"), min_value=0, max_digits=14,
                                         decimal_places=2, required=False)
    partner = forms.CharField(label=_("Partner involved"), max_length=200, required=False,
                              widget=forms.TextInput(attrs={"placeholder": _("Credit code or name")}))
    regulator_reference = forms.CharField(label=_("Regulator reference"), max_length=64, required=False)
    regulator_due_at = forms.DateTimeField(label=_("Regulator deadline"), widget=_dt, required=False,
                                           input_formats=["%Y-%m-%dT%H:%M"])
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea(attrs={"rows": 4}))
    requested_outcome = forms.CharField(label=_("Requested outcome"), required=False,
                                        widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: object, institutions: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100,
                        widget=forms.TextInput(attrs={"placeholder": _("Number, policy number or exact phone")}))
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All statuses")), *Status.choices])
    channel = forms.ChoiceField(label=_("Channel"), required=False, choices=[("", _("All channels")), *Channel.choices])
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args: object, institutions: list[tuple[str, str]], from_url: bool = False,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = [("", _("All institutions")), *institutions]
        self.from_url = from_url

    def clean_q(self) -> str:
        q: str = self.cleaned_data["q"]
        if self.from_url and q and names_a_person(q):
            # The number is in the address already (and so in logs); it is not searched, so no link does it again.
            raise forms.ValidationError(_("Search a phone or ID number with the search button, not in a link: "
                                          "it must not appear in the address."), code="personal_data_in_url")
        return q


# One small form per action: the fields each action's service takes.
class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class ReasonForm(VersionForm):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class DeclineForm(ReasonForm):
    reason_code = forms.ChoiceField(label=_("Reason type"), choices=DeclineReason.choices)


class TransferForm(ReasonForm):
    to_institution = forms.ChoiceField(label=_("To institution"))
    to_department = forms.ChoiceField(label=_("To department"), required=False,
                                      choices=[("", "—"), *Department.Kind.choices])


class AssignForm(VersionForm):
    handler = forms.ChoiceField(label=_("Handler"))


class NoteForm(VersionForm):
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 2}))


class ContactForm(VersionForm):
    at = forms.DateTimeField(label=_("Time"), widget=_dt, input_formats=["%Y-%m-%dT%H:%M"])
    way = forms.ChoiceField(label=_("Way"), choices=ContactWay.choices)
    content = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 2}))
    outcome = forms.CharField(label=_("Outcome"), required=False)


class SubmitForm(VersionForm):
    decision = forms.CharField(label=_("Decision"), widget=forms.Textarea(attrs={"rows": 3}))
    result = forms.ChoiceField(label=_("Result"), choices=Result.choices)
    compensation = forms.DecimalField(label=_("Compensation (yuan)"), min_value=0, max_digits=14, decimal_places=2,
                                      required=False)


class ApproveForm(VersionForm):
    comment = forms.CharField(label=_("Comment"), required=False)


class CloseForm(VersionForm):
    satisfaction = forms.ChoiceField(label=_("Satisfaction"), choices=Satisfaction.choices)
    feedback = forms.CharField(label=_("Complainant feedback"), required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))


class ExtendForm(ReasonForm):
    days = forms.IntegerField(label=_("Extend by (days)"), min_value=1, max_value=45, initial=15)


class MergeForm(VersionForm):
    into = forms.CharField(label=_("Merge into case number"), max_length=32)
    reason = forms.CharField(label=_("Reason"), required=False)


def sub_cause_choices() -> list[tuple[str, object]]:
    """The second-level causes grouped under their first-level cause (an empty choice first: 未细分)."""
    return [("", "—"), *((label, sub_causes_of(code)) for code, label in Cause.choices if sub_causes_of(code))]


class ClassifyForm(VersionForm):
    cause = forms.ChoiceField(label=_("Cause"), choices=Cause.choices)
    sub_cause = forms.ChoiceField(label=_("Second-level cause"), required=False, choices=sub_cause_choices)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File"))


ACTION_FORMS: dict[str, type[VersionForm]] = {
    "accept": VersionForm, "decline": DeclineForm, "transfer": TransferForm, "send_back": ReasonForm,
    "assign": AssignForm, "note": NoteForm, "contact": ContactForm, "submit": SubmitForm, "return": ReasonForm,
    "approve": ApproveForm, "close": CloseForm, "extend": ExtendForm, "withdraw": ReasonForm,
    "reconsider": ReasonForm, "reopen": ReasonForm, "merge": MergeForm, "classify": ClassifyForm,
}


class CalendarYearForm(forms.Form):
    """节假日调休: one year of the State Council's arrangement, pasted or uploaded as a text file."""

    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    text = forms.CharField(
        label=_("The State Council's notice, or one date per line"), required=False, widget=forms.Textarea(
            attrs={"rows": 12, "placeholder": "二、春节：2月6日（周六）至14日（周日）放假调休，共9天。2月20日（周六）上班。\n"
                                              "或：2027-02-06 放假 / 2027-02-20 上班"}),
        help_text=_("Lines such as “春节：2月6日至14日放假调休，共9天。2月20日上班。”: every date before 放假 is a "
                    "holiday, the dates before 上班 are make-up working days."))
    file = forms.FileField(label=_("Or upload the notice as a text file (.txt, UTF-8)"), required=False)

    MAX_BYTES = 100_000

    def clean(self) -> dict[str, object]:
        data = super().clean()
        upload = data.get("file")
        if upload is not None:
            if upload.size > self.MAX_BYTES:
                raise forms.ValidationError(_("The file is too large for a holiday notice."))
            try:
                data["text"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(_("The file is not UTF-8 text: save it as .txt (UTF-8).")) from exc
        if not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Paste the notice or upload it."))
        return data
