"""Every change of education and outreach (宣传教育): campaigns, activities and their files, and pieces (articles,
以案说险, activity reports) from draft to published or withdrawn. Publishing runs the marketing and pii checks on
the text first: a finding refuses publication, unless an officer publishes over it with a stated reason.

Each service checks scope, version and the transition table, changes, and writes the audit event in one
transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.audit import services as audit
from xiaobao.core import uploads
from xiaobao.core.errors import ConflictingInput, InvalidInput, PermissionDenied, UnknownReference
from xiaobao.core.text import choice_value, text_value
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for
from xiaobao.outreach import checking, selectors, transitions
from xiaobao.outreach.codes import Audience, CampaignKind, Channel, Format, PieceKind
from xiaobao.outreach.models import Activity, ActivityFile, Campaign, Piece
from xiaobao.privacy import services as privacy
from xiaobao.privacy.editing import refuse_masked_copy
from xiaobao.privacy.masking import mask_free_text

MAX_TEXT = 20000  # characters of a piece's text (a long WeChat article is 3 000 – 8 000)
MAX_NOTE = 2000
MAX_PEOPLE = 10_000_000
MAX_FILES = 30
FILE_TYPES: dict[str, tuple[str, ...]] = {
    "image/jpeg": (".jpg", ".jpeg"), "image/png": (".png",), "image/webp": (".webp",), "image/gif": (".gif",),
    "application/pdf": (".pdf",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "video/mp4": (".mp4",),
}


class PublicationRefused(InvalidInput):
    """The checks found something in the text: publishing is refused, the findings are listed."""

    code = "publication_findings"


# ---- input helpers ------------------------------------------------------------------------------------------

def count_value(value: int | None, field: str, label: str) -> int:
    number = int(value or 0)
    if number < 0 or number > MAX_PEOPLE:
        raise InvalidInput(_("%(field)s must be between 0 and %(n)s.") % {"field": label, "n": MAX_PEOPLE},
                           field=field)
    return number


def audiences_value(values: Iterable[str]) -> str:
    chosen = []
    for value in values:
        if value not in Audience.values:
            raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": value}, field="audiences")
        if value not in chosen:
            chosen.append(value)
    ordered = [a for a in Audience.values if a in chosen]
    return f",{','.join(ordered)}," if ordered else ""


# The private texts of an activity (name → label), opened in clear by its author to edit them.
PRIVATE_ACTIVITY_TEXT = {"partners": gettext_lazy("Partner organisations"), "description": gettext_lazy("What was done")}


def _writer(by: User, institution: Institution, what: str) -> None:
    if by.is_read_only or not by.has_role(*transitions.WRITERS):
        raise PermissionDenied(_("Your role may not record %(what)s.") % {"what": what})
    if not scope_for(by).contains(institution) or not institution.is_active:
        raise UnknownReference(_("Choose an institution in your scope."), field="institution")


def _campaign(campaign_id: int | None) -> Campaign | None:
    if not campaign_id:
        return None
    campaign = Campaign.objects.filter(pk=campaign_id).first()
    if campaign is None:
        raise UnknownReference(_("No such campaign."), field="campaign")
    return campaign


def _stale(obj: Activity | Piece, version: int | None) -> None:
    if version is not None and obj.version != version:
        raise transitions.StaleVersion(
            _("It was changed by someone else (version %(current)s, yours %(yours)s). Reload and retry.")
            % {"current": obj.version, "yours": version}, field="version", current_version=obj.version)


def _past_or_today(day: date, field: str) -> date:
    if day > selectors.today():
        raise InvalidInput(_("The date is in the future."), field=field)
    return day


# ---- campaigns (an officer maintains the list) ----------------------------------------------------------------

@transaction.atomic
def campaign_save(*, by: User, name: str, kind: str = CampaignKind.CONCENTRATED, season: str = "",
                  is_active: bool = True, campaign_id: int | None = None) -> Campaign:
    if by.is_read_only or not by.has_role(Role.OFFICER):
        raise PermissionDenied(_("Only consumer-protection officers maintain the campaign list."))
    name = text_value(name, "name", _("Name"), limit=100)
    campaign = (Campaign.objects.select_for_update().filter(pk=campaign_id).first() if campaign_id
                else Campaign())
    if campaign is None:
        raise UnknownReference(_("No such campaign."), field="campaign")
    if Campaign.objects.filter(name=name).exclude(pk=campaign.pk).exists():
        raise ConflictingInput(_("A campaign with this name exists."), field="name")
    before = {"name": campaign.name, "active": campaign.is_active} if campaign.pk else None
    campaign.name, campaign.kind = name, choice_value(kind, CampaignKind, "kind")
    campaign.season = text_value(season, "season", _("Usual season"), required=False, limit=60)
    campaign.is_active = is_active
    campaign.save()
    audit.record(action="outreach.campaign_save", obj=campaign, actor=by, before=before,
                 after={"name": campaign.name, "active": campaign.is_active})
    return campaign


# ---- activities ---------------------------------------------------------------------------------------------

def _activity_fields(activity: Activity, *, title: str, held_on: date, format: str, audiences: Iterable[str],
                     people_reached: int, materials: int, place: str, campaign_id: int | None, partners: str,
                     description: str) -> None:
    activity.title = text_value(title, "title", _("Title"), limit=200)
    activity.held_on = _past_or_today(held_on, "held_on")
    activity.format = choice_value(format, Format, "format")
    activity.audiences = audiences_value(audiences)
    activity.people_reached = count_value(people_reached, "people_reached", _("People reached"))
    activity.materials = count_value(materials, "materials", _("Materials handed out"))
    activity.place = text_value(place, "place", _("Place"), required=False, limit=200)
    activity.campaign = _campaign(campaign_id)
    activity.partners = text_value(partners, "partners", _("Partner organisations"), required=False, limit=500)
    activity.description = text_value(description, "description", _("What was done"), required=False,
                                      limit=MAX_NOTE)


@transaction.atomic
def activity_create(*, by: User, institution: Institution, title: str, held_on: date, format: str,
                    audiences: Iterable[str] = (), people_reached: int = 0, materials: int = 0, place: str = "",
                    campaign_id: int | None = None, partners: str = "", description: str = "",
                    idempotency_key: str | None = None, import_key: str | None = None) -> tuple[Activity, bool]:
    """登记宣传活动. Returns (activity, created); a retried Idempotency-Key returns the first activity."""
    _writer(by, institution, _("outreach activities"))
    if idempotency_key:
        existing = Activity.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    activity = Activity(institution=institution, created_by=by, idempotency_key=idempotency_key or None,
                        import_key=import_key)
    _activity_fields(activity, title=title, held_on=held_on, format=format, audiences=audiences,
                     people_reached=people_reached, materials=materials, place=place, campaign_id=campaign_id,
                     partners=partners, description=description)
    try:
        with transaction.atomic():
            activity.save()
    except IntegrityError:
        existing = Activity.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is None:
            raise
        return existing, False
    audit.record(action="outreach.activity_create", obj=activity, actor=by,
                 after={"held_on": str(activity.held_on), "format": activity.format,
                        "people_reached": activity.people_reached, "campaign": activity.campaign_id})
    return activity, True


@transaction.atomic
def activity_update(*, activity_id: int, version: int, by: User, **fields: Any) -> Activity:
    activity = selectors.activity_get(user=by, pk=activity_id, for_update=True)
    _writer(by, activity.institution, _("outreach activities"))
    _stale(activity, version)
    before = {"held_on": str(activity.held_on), "people_reached": activity.people_reached,
              "materials": activity.materials, "format": activity.format}
    stored = {name: (getattr(activity, name), getattr(activity, f"{name}_masked")) for name in PRIVATE_ACTIVITY_TEXT}
    _activity_fields(activity, **fields)
    for name, label in PRIVATE_ACTIVITY_TEXT.items():
        refuse_masked_copy(getattr(activity, name), stored[name][0], stored_masked=stored[name][1], field=name,
                           label=label)
    activity.version += 1
    activity.save()
    audit.record(action="outreach.activity_update", obj=activity, actor=by, before=before,
                 after={"held_on": str(activity.held_on), "people_reached": activity.people_reached,
                        "materials": activity.materials, "format": activity.format})
    return activity


def activity_text_for_editing(*, activity_id: int, by: User, reason: str | None = None) -> dict[str, str]:
    """The partner organisations and description of an activity in clear for its edit form, logged in the access
    log: its author opens them without a reason, others with the unmask right give one (privacy.policy)."""
    activity = selectors.activity_get(user=by, pk=activity_id)
    _writer(by, activity.institution, _("outreach activities"))
    return privacy.open_for_editing(user=by, holder=activity, fields={n: n for n in PRIVATE_ACTIVITY_TEXT},
                                    label=f"{Activity._meta.verbose_name} #{activity.pk}", reason=reason)


def files_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "outreach"


@transaction.atomic
def activity_file_add(*, activity_id: int, by: User, name: str, stream: BinaryIO) -> ActivityFile:
    """现场照片、签到表、宣传折页: type by content, size while streaming, random name, SHA-256."""
    activity = selectors.activity_get(user=by, pk=activity_id, for_update=True)
    _writer(by, activity.institution, _("outreach activities"))
    if activity.files.count() >= MAX_FILES:
        raise InvalidInput(_("At most %(n)s files per activity.") % {"n": MAX_FILES}, field="file")
    stored = uploads.store(files_dir(), name, stream, allowed=FILE_TYPES, limit=settings.ATTACHMENT_MAX_BYTES,
                           refused=_("This type of file is not accepted (photos, PDF, Word, Excel, MP4)."))
    try:
        item = ActivityFile.objects.create(activity=activity, original_name=stored.original_name,
                                           stored_name=stored.stored_name, content_type=stored.content_type,
                                           size=stored.size, sha256=stored.sha256, uploaded_by=by)
    except BaseException:
        stored.path.unlink(missing_ok=True)
        raise
    audit.record(action="outreach.activity_file", obj=activity, actor=by,
                 after={"file": item.pk, "sha256": item.sha256, "size": item.size})
    return item


# ---- pieces: draft → published / withdrawn ---------------------------------------------------------------------

def _activity_in_scope(by: User, activity_id: int | None) -> Activity | None:
    if not activity_id:
        return None
    activity = selectors.activities_visible_to(by).filter(pk=activity_id).first()
    if activity is None:
        raise UnknownReference(_("No such activity."), field="activity")
    return activity


@transaction.atomic
def piece_create(*, by: User, institution: Institution, kind: str, title: str, text: str, channel: str,
                 url: str = "", activity_id: int | None = None, campaign_id: int | None = None,
                 idempotency_key: str | None = None) -> tuple[Piece, bool]:
    """A draft (草稿): it may hold anything; the checks run when it is published."""
    _writer(by, institution, _("outreach pieces"))
    if idempotency_key:
        existing = Piece.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    activity = _activity_in_scope(by, activity_id)
    campaign = _campaign(campaign_id) or (activity.campaign if activity else None)
    piece = Piece(institution=institution, kind=choice_value(kind, PieceKind, "kind"), activity=activity,
                  campaign=campaign, title=text_value(title, "title", _("Title"), limit=200),
                  text=text_value(text, "text", _("Text"), limit=MAX_TEXT),
                  channel=choice_value(channel, Channel, "channel"),
                  url=text_value(url, "url", _("Link"), required=False, limit=500), created_by=by,
                  idempotency_key=idempotency_key or None)
    try:
        with transaction.atomic():
            piece.save()
    except IntegrityError:
        existing = Piece.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is None:
            raise
        return existing, False
    audit.record(action="outreach.piece_create", obj=piece, actor=by,
                 after={"status": piece.status, "kind": piece.kind, "channel": piece.channel})
    return piece, True


def _lock(piece_id: int, *, by: User, version: int | None, action: str) -> Piece:
    piece = selectors.piece_get(user=by, pk=piece_id, for_update=True)
    _stale(piece, version)
    transitions.check(piece, action, by)
    return piece


def _save(piece: Piece, *fields: str) -> None:
    piece.version += 1
    piece.save(update_fields=[*fields, "version", "updated_at"])


@transaction.atomic
def piece_update(*, piece_id: int, version: int, by: User, title: str, text: str, channel: str, url: str = "",
                 kind: str | None = None) -> Piece:
    """修改草稿. The findings of an earlier check are cleared: they described the old text."""
    piece = _lock(piece_id, by=by, version=version, action="edit")
    piece.title = text_value(title, "title", _("Title"), limit=200)
    new_text = text_value(text, "text", _("Text"), limit=MAX_TEXT)
    refuse_masked_copy(new_text, piece.text, stored_masked=piece.text_masked, field="text", label=_("Text"))
    piece.text = new_text
    piece.channel = choice_value(channel, Channel, "channel")
    piece.url = text_value(url, "url", _("Link"), required=False, limit=500)
    if kind:
        piece.kind = choice_value(kind, PieceKind, "kind")
    piece.findings, piece.checked_at = [], None
    _save(piece, "title", "text", "channel", "url", "kind", "findings", "checked_at")
    audit.record(action="outreach.piece_edit", obj=piece, actor=by, after={"version": piece.version})
    return piece


def piece_text_for_editing(*, piece_id: int, by: User, reason: str | None = None) -> str:
    """A draft's text in clear for its edit form, logged in the access log: its author opens it without a reason,
    others with the unmask right give one (privacy.policy); only while the user may edit the draft."""
    piece = selectors.piece_get(user=by, pk=piece_id)
    transitions.check(piece, "edit", by)
    return privacy.open_for_editing(user=by, holder=piece, fields={"text": "text"},
                                    label=f"{Piece._meta.verbose_name} #{piece.pk}", reason=reason)["text"]


def publish(*, piece_id: int, version: int, by: User, published_on: date | None = None,
            override_reason: str = "") -> Piece:
    """发布: the marketing and pii checks read the text first.

    No finding → published. Findings and no reason → refused (PublicationRefused listing the findings, which
    are kept on the piece for its page). Findings and a reason → only an officer may publish over them; the
    reason and the findings go to the audit chain.
    """
    piece = selectors.piece_get(user=by, pk=piece_id)
    transitions.check(piece, "publish", by)
    found = checking.check_text(piece.text)  # outside the transaction: the engines take a moment on long texts
    engine_versions = checking.versions()
    reason = (override_reason or "").strip()
    refused = False
    with transaction.atomic():
        piece = _lock(piece_id, by=by, version=version, action="publish")
        piece.findings = [f.as_dict() for f in found]
        piece.checked_at, piece.engine_versions = timezone.now(), engine_versions
        if found and not reason:
            _save(piece, "findings", "checked_at", "engine_versions")
            audit.record(action="outreach.publish_refused", obj=piece, actor=by,
                         after={"findings": sorted({f.code for f in found})})
            refused = True
        else:
            action = "publish_over_findings" if found else "publish"
            if found:
                reason = text_value(reason, "override_reason", _("Reason"), limit=MAX_NOTE, minimum=4)
                piece.override_reason = reason
            day = _past_or_today(published_on or selectors.today(), "published_on")
            before, after = transitions.apply(piece, action, by)
            piece.published_on, piece.published_by, piece.published_at = day, by, timezone.now()
            _save(piece, "status", "findings", "checked_at", "engine_versions", "override_reason", "published_on",
                  "published_by", "published_at")
            audit.record(action=f"outreach.{action}", obj=piece, actor=by, before={"status": before},
                         after={"status": after, "published_on": str(day),
                                "findings": sorted({f.code for f in found})},
                         note=mask_free_text(reason)[:300] if found else "")
    if refused:
        raise PublicationRefused(
            _("The text was not published: the checks found %(n)s problem(s). Correct the text, or (officers) "
              "publish over the findings with a reason.") % {"n": len(found)},
            field="text", findings=[f.as_dict() for f in found])
    return piece


@transaction.atomic
def record_reach(*, piece_id: int, by: User, reads: int, plays: int) -> Piece:
    """登记阅读量/播放量 of a published piece (the latest figures replace the earlier ones)."""
    piece = _lock(piece_id, by=by, version=None, action="record_reach")
    before = {"reads": piece.reads, "plays": piece.plays}
    piece.reads = count_value(reads, "reads", _("Reads"))
    piece.plays = count_value(plays, "plays", _("Plays"))
    _save(piece, "reads", "plays")
    audit.record(action="outreach.record_reach", obj=piece, actor=by, before=before,
                 after={"reads": piece.reads, "plays": piece.plays})
    return piece


@transaction.atomic
def withdraw(*, piece_id: int, version: int, by: User, reason: str) -> Piece:
    """撤回: a published piece taken down (or a draft abandoned); it no longer counts."""
    piece = _lock(piece_id, by=by, version=version, action="withdraw")
    reason = text_value(reason, "reason", _("Reason"), minimum=4)
    before, after = transitions.apply(piece, "withdraw", by)
    piece.withdraw_reason = reason
    _save(piece, "status", "withdraw_reason")
    audit.record(action="outreach.withdraw", obj=piece, actor=by, before={"status": before},
                 after={"status": after}, note=mask_free_text(reason)[:300])
    return piece
