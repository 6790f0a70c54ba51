"""Outreach ledgers and the period summary as Excel, through the DLP check every export passes."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.core.safe_export import xlsx_bytes
from xiaobao.org.models import User
from xiaobao.outreach import selectors
from xiaobao.outreach.models import Activity, Piece
from xiaobao.privacy import dlp

MAX_ROWS = 20000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content: bytes
    content_type: str = XLSX


def _checked(user: User, stem: str, sheet: str, headers: list[str], rows: list[list[object]]) -> ExportFile:
    content = xlsx_bytes(sheet, headers, rows)
    filename = f"{stem}-{timezone.localdate():%Y%m%d}.xlsx"
    dlp.check_export(user=user, filename=filename, content=content, kind="xlsx")
    return ExportFile(filename, content)


def activities_xlsx(*, user: User, activities: QuerySet[Activity]) -> ExportFile:
    headers = [_("Date"), _("Institution"), _("Title"), _("Campaign"), pgettext("outreach", "Format"), _("Audience groups"),
               _("Place"), _("People reached"), _("Materials handed out"), _("Partner organisations"),
               _("What was done"), _("Files")]
    rows = [[f"{a.held_on:%Y-%m-%d}", a.institution.name, a.title,
             a.campaign.name if a.campaign_id else _("Regular education"), str(a.get_format_display()),
             "、".join(a.audience_labels), a.place, a.people_reached, a.materials, a.partners_masked,
             a.description_masked, len(a.files.all())]
            for a in activities.defer("partners", "description").prefetch_related("files")[:MAX_ROWS]]
    return _checked(user, "outreach-activities", _("Outreach activities"), headers, rows)


def pieces_xlsx(*, user: User, pieces: QuerySet[Piece]) -> ExportFile:
    headers = [_("Type"), _("Title"), _("Institution"), _("Campaign"), _("Publication channel"), _("Status"),
               _("Publication date"), _("Reads"), _("Plays"), _("Link"), _("Published over findings")]
    rows = [[str(p.get_kind_display()), p.title, p.institution.name, p.campaign.name if p.campaign_id else "",
             str(p.get_channel_display()), str(p.get_status_display()),
             f"{p.published_on:%Y-%m-%d}" if p.published_on else "", p.reads, p.plays, p.url,
             _("Yes") if p.override_reason_masked else ""]
            for p in pieces.defer("text", "override_reason", "withdraw_reason")[:MAX_ROWS]]
    return _checked(user, "outreach-pieces", _("Outreach pieces"), headers, rows)


def summary_xlsx(*, user: User, rows: list[selectors.SummaryRow], label: str) -> ExportFile:
    headers = [_("Institution"), _("Dimension"), _("Item"), _("Count"),
               _("People reached"), _("Materials handed out")]
    return _checked(user, "outreach-summary", label[:31] or pgettext("outreach", "Summary"), headers, selectors.summary_table(rows))
