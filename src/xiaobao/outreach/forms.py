"""Forms of the outreach pages (labels in Chinese through gettext)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.outreach import selectors
from xiaobao.outreach.codes import Audience, CampaignKind, Channel, Format, PieceKind, Status

ALL = _("All")
DATE = forms.DateInput(attrs={"type": "date"})


def _blank(choices: Any, label: Any = ALL) -> list[tuple[str, Any]]:
    return [("", label), *choices]


def campaign_choices(*, active_only: bool = False) -> list[tuple[str, str]]:
    return [(str(c.pk), c.name) for c in selectors.campaigns(active_only=active_only)]


class ActivityFilterForm(forms.Form):
    q = forms.CharField(label=_("Title, place or partner"), required=False, max_length=100)
    campaign = forms.ChoiceField(label=_("Campaign"), required=False)
    format = forms.ChoiceField(label=pgettext_lazy("outreach", "Format"), choices=_blank(Format.choices), required=False)
    audience = forms.ChoiceField(label=_("Audience group"), choices=_blank(Audience.choices), required=False)
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    held_from = forms.DateField(label=_("Held from"), required=False, widget=DATE)
    held_to = forms.DateField(label=_("to"), required=False, widget=DATE)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = _blank(institutions)
        self.fields["campaign"].choices = _blank([("regular", _("Regular education (no campaign)")),
                                                  *campaign_choices()])

    def filters(self) -> selectors.ActivityFilter:
        if not self.is_valid():
            return selectors.ActivityFilter()
        d = self.cleaned_data
        return selectors.ActivityFilter(q=d["q"], campaign=d["campaign"], format=d["format"], audience=d["audience"],
                                        institution=d["institution"], held_from=d["held_from"], held_to=d["held_to"])


class ActivityForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    institution = forms.ChoiceField(label=_("Institution"))
    campaign = forms.ChoiceField(label=_("Campaign"), required=False)
    title = forms.CharField(label=_("Title"), max_length=200)
    held_on = forms.DateField(label=_("Date"), widget=DATE)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    format = forms.ChoiceField(label=pgettext_lazy("outreach", "Format"), choices=Format.choices)
    audiences = forms.MultipleChoiceField(label=_("Audience groups"), choices=Audience.choices, required=False,
                                          widget=forms.CheckboxSelectMultiple)
    people_reached = forms.IntegerField(label=_("People reached"), min_value=0, max_value=10_000_000, initial=0)
    materials = forms.IntegerField(label=_("Materials handed out"), min_value=0, max_value=10_000_000, initial=0)
    partners = forms.CharField(label=_("Partner organisations"), max_length=500, required=False)
    description = forms.CharField(label=_("What was done"), max_length=2000, required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions
        self.fields["campaign"].choices = _blank(campaign_choices(active_only=True),
                                                 _("Regular education (no campaign)"))

    def service_fields(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {"title": d["title"], "held_on": d["held_on"], "format": d["format"], "audiences": d["audiences"],
                "people_reached": d["people_reached"] or 0, "materials": d["materials"] or 0, "place": d["place"],
                "campaign_id": int(d["campaign"]) if d["campaign"] else None, "partners": d["partners"],
                "description": d["description"]}


class FileForm(forms.Form):
    file = forms.FileField(label=_("Photo or file"))


class PieceFilterForm(forms.Form):
    q = forms.CharField(label=_("Title or text"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("Type"), choices=_blank(PieceKind.choices), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=_blank(Status.choices), required=False)
    channel = forms.ChoiceField(label=_("Channel"), choices=_blank(Channel.choices), required=False)
    campaign = forms.ChoiceField(label=_("Campaign"), required=False)
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    published_from = forms.DateField(label=_("Published from"), required=False, widget=DATE)
    published_to = forms.DateField(label=_("to"), required=False, widget=DATE)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = _blank(institutions)
        self.fields["campaign"].choices = _blank([("regular", _("Regular education (no campaign)")),
                                                  *campaign_choices()])

    def filters(self) -> selectors.PieceFilter:
        if not self.is_valid():
            return selectors.PieceFilter()
        d = self.cleaned_data
        return selectors.PieceFilter(q=d["q"], kind=d["kind"], status=d["status"], channel=d["channel"],
                                     campaign=d["campaign"], institution=d["institution"],
                                     published_from=d["published_from"], published_to=d["published_to"])


class PieceForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"))
    kind = forms.ChoiceField(label=_("Type"), choices=PieceKind.choices)
    campaign = forms.ChoiceField(label=_("Campaign"), required=False)
    title = forms.CharField(label=_("Title"), max_length=200)
    channel = forms.ChoiceField(label=_("Publication channel"), choices=Channel.choices)
    url = forms.CharField(label=_("Link"), max_length=500, required=False)
    text = forms.CharField(label=_("Text"), max_length=20000, widget=forms.Textarea(attrs={"rows": 12}))
    activity = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions
        self.fields["campaign"].choices = _blank(campaign_choices(active_only=True),
                                                 _("Regular education (no campaign)"))


class PieceEditForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    kind = forms.ChoiceField(label=_("Type"), choices=PieceKind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    channel = forms.ChoiceField(label=_("Publication channel"), choices=Channel.choices)
    url = forms.CharField(label=_("Link"), max_length=500, required=False)
    text = forms.CharField(label=_("Text"), max_length=20000, widget=forms.Textarea(attrs={"rows": 12}))


class OpenInClearForm(forms.Form):
    """The reason of a user (not the author) who opens a private text in clear to edit it; logged."""

    open_reason = forms.CharField(label=_("Reason for opening the text in clear"), max_length=500,
                                  widget=forms.TextInput(attrs={"minlength": 4}))


class PublishForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    published_on = forms.DateField(label=_("Publication date"), required=False, widget=DATE)
    override_reason = forms.CharField(label=_("Reason for publishing over the findings"), max_length=2000,
                                      required=False, widget=forms.Textarea(attrs={"rows": 2}))


class WithdrawForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reason"), max_length=2000)


class ReachForm(forms.Form):
    reads = forms.IntegerField(label=_("Reads"), min_value=0, max_value=10_000_000)
    plays = forms.IntegerField(label=_("Plays"), min_value=0, max_value=10_000_000)


class SummaryForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"))
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.ChoiceField(label=_("Period"), required=False, choices=[
        ("", _("Whole year")), ("1", _("Q1")), ("2", _("Q2")), ("3", _("Q3")), ("4", _("Q4"))])

    def __init__(self, *args: Any, institutions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = institutions


class CampaignForm(forms.Form):
    campaign_id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    name = forms.CharField(label=_("Name"), max_length=100)
    kind = forms.ChoiceField(label=_("Type"), choices=CampaignKind.choices)
    season = forms.CharField(label=_("Usual season"), max_length=60, required=False)
    is_active = forms.BooleanField(label=_("In use"), required=False, initial=True)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Activity ledger (.xlsx)"))
