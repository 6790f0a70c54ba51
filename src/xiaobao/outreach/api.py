"""REST endpoints of education and outreach (`/api/v1/outreach`)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.http import HttpRequest
from ninja import File, Header, Query, Router, Schema
from ninja import Status as Reply
from ninja.files import UploadedFile
from pydantic import Field

from xiaobao.core.errors import UnknownReference
from xiaobao.core.registry import Period
from xiaobao.core.schema import HAS_TEXT, Day
from xiaobao.org.models import Institution
from xiaobao.outreach import selectors, services
from xiaobao.outreach.codes import Audience, CampaignKind, Channel, Format, PieceKind, Status
from xiaobao.outreach.models import Activity, ActivityFile, Campaign, Piece

router = Router(tags=["outreach"])

FormatCode = Literal[tuple(Format.values)]  # type: ignore[valid-type]
AudienceCode = Literal[tuple(Audience.values)]  # type: ignore[valid-type]
ChannelCode = Literal[tuple(Channel.values)]  # type: ignore[valid-type]
KindCode = Literal[tuple(PieceKind.values)]  # type: ignore[valid-type]
StatusCode = Literal[tuple(Status.values)]  # type: ignore[valid-type]
CampaignKindCode = Literal[tuple(CampaignKind.values)]  # type: ignore[valid-type]
Version = Field(ge=1, le=2_000_000_000, description="the version you read (409 when stale)")
Count = Field(0, ge=0, le=services.MAX_PEOPLE)
OptionalId = Field(None, ge=1, le=2**62)
IdempotencyKey = Header(None, alias="Idempotency-Key", min_length=1, max_length=200)


class CampaignOut(Schema):
    id: int
    name: str
    kind: str
    season: str
    is_active: bool


class CampaignIn(Schema):
    name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=100)
    kind: CampaignKindCode = CampaignKind.CONCENTRATED
    season: str = Field("", max_length=60)
    is_active: bool = True


def _campaign_out(c: Campaign) -> CampaignOut:
    return CampaignOut(id=c.pk, name=c.name, kind=c.kind, season=c.season, is_active=c.is_active)


class FileOut(Schema):
    id: int
    name: str
    content_type: str
    size: int
    sha256: str


class ActivityOut(Schema):
    id: int
    version: int
    institution: str
    campaign_id: int | None
    campaign: str | None
    title: str
    held_on: date
    place: str
    format: str
    format_label: str
    audiences: list[str]
    people_reached: int
    materials: int
    partners: str = Field(description="masked")
    description: str = Field(description="masked")
    files: list[FileOut] = []


class ActivityPage(Schema):
    count: int
    items: list[ActivityOut]


class ActivityFields(Schema):
    title: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200)
    held_on: Day
    format: FormatCode
    audiences: list[AudienceCode] = Field([], max_length=len(Audience.values))
    people_reached: int = Count
    materials: int = Count
    place: str = Field("", max_length=200)
    campaign_id: int | None = OptionalId
    partners: str = Field("", max_length=500)
    description: str = Field("", max_length=services.MAX_NOTE)


class ActivityIn(ActivityFields):
    institution: str = Field(min_length=1, pattern=HAS_TEXT, max_length=20, description="institution code")


class ActivityUpdate(ActivityFields):
    version: int = Version


def activity_out(a: Activity, *, detail: bool = False) -> ActivityOut:
    out = ActivityOut(
        id=a.pk, version=a.version, institution=a.institution.code, campaign_id=a.campaign_id,
        campaign=a.campaign.name if a.campaign_id else None, title=a.title, held_on=a.held_on, place=a.place,
        format=a.format, format_label=str(a.get_format_display()), audiences=a.audience_list,
        people_reached=a.people_reached, materials=a.materials, partners=a.partners_masked,
        description=a.description_masked)
    if detail:
        out.files = [_file_out(f) for f in a.files.all()]
    return out


def _file_out(f: ActivityFile) -> FileOut:
    return FileOut(id=f.pk, name=f.original_name, content_type=f.content_type, size=f.size, sha256=f.sha256)


class OutreachFindingOut(Schema):
    engine: str
    code: str
    label: str
    before: str
    quote: str = Field(description="the passage, masked")
    after: str
    explanation: str
    basis: str


class PieceOut(Schema):
    id: int
    version: int
    institution: str
    kind: str
    title: str
    text: str = Field(description="masked")
    channel: str
    url: str
    status: str
    status_label: str
    activity_id: int | None
    campaign_id: int | None
    published_on: date | None
    reads: int
    plays: int
    findings: list[OutreachFindingOut] = Field(description="of the last publication check")
    override_reason: str = Field(description="masked; set when an officer published over findings")
    engine_versions: dict[str, str]


class PiecePage(Schema):
    count: int
    items: list[PieceOut]


class PieceIn(Schema):
    institution: str = Field(min_length=1, pattern=HAS_TEXT, max_length=20, description="institution code")
    kind: KindCode
    title: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200)
    text: str = Field(min_length=1, pattern=HAS_TEXT, max_length=services.MAX_TEXT)
    channel: ChannelCode
    url: str = Field("", max_length=500)
    activity_id: int | None = OptionalId
    campaign_id: int | None = OptionalId


class PieceUpdate(Schema):
    version: int = Version
    kind: KindCode | None = None
    title: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200)
    text: str = Field(min_length=1, pattern=HAS_TEXT, max_length=services.MAX_TEXT)
    channel: ChannelCode
    url: str = Field("", max_length=500)


def piece_out(p: Piece) -> PieceOut:
    return PieceOut(
        id=p.pk, version=p.version, institution=p.institution.code, kind=p.kind, title=p.title, text=p.text_masked,
        channel=p.channel, url=p.url, status=p.status, status_label=str(p.get_status_display()),
        activity_id=p.activity_id, campaign_id=p.campaign_id, published_on=p.published_on, reads=p.reads,
        plays=p.plays, findings=[OutreachFindingOut(**f) for f in p.findings or []],
        override_reason=p.override_reason_masked, engine_versions=p.engine_versions or {})


def _institution(code: str) -> Institution:
    institution = Institution.objects.filter(code=code).first()
    if institution is None:
        raise UnknownReference("没有这个机构。", field="institution")
    return institution


# ---- campaigns ----------------------------------------------------------------------------------------------

@router.get("/outreach/campaigns", response=list[CampaignOut], summary="Campaigns (宣传活动主题)")
def campaign_list(request: HttpRequest) -> list[CampaignOut]:
    return [_campaign_out(c) for c in selectors.campaigns()]


@router.post("/outreach/campaigns", response={201: CampaignOut}, summary="Add a campaign (officers)")
def campaign_create(request: HttpRequest, payload: CampaignIn) -> Reply:
    return Reply(201, _campaign_out(services.campaign_save(by=request.user, **payload.dict())))


@router.put("/outreach/campaigns/{campaign_id}", response=CampaignOut, summary="Change a campaign (officers)")
def campaign_update(request: HttpRequest, campaign_id: int, payload: CampaignIn) -> CampaignOut:
    return _campaign_out(services.campaign_save(by=request.user, campaign_id=campaign_id, **payload.dict()))


# ---- activities ---------------------------------------------------------------------------------------------

class ActivityFilters(Schema):
    q: str | None = Field(None, max_length=100)
    campaign: str | None = Field(None, max_length=20, description="a campaign id, or `regular`")
    format: FormatCode | None = None
    audience: AudienceCode | None = None
    institution: str | None = Field(None, max_length=20)
    held_from: Day | None = None
    held_to: Day | None = None
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


@router.get("/outreach/activities", response=ActivityPage, summary="Outreach activities in the user's scope")
def activity_list(request: HttpRequest, filters: ActivityFilters = Query(...)) -> ActivityPage:
    qs = selectors.activity_list(request.user, selectors.ActivityFilter(
        q=filters.q or "", campaign=filters.campaign or "", format=filters.format or "",
        audience=filters.audience or "", institution=filters.institution or "", held_from=filters.held_from,
        held_to=filters.held_to)).defer("partners", "description")
    return ActivityPage(count=qs.count(),
                        items=[activity_out(a) for a in qs[filters.offset:filters.offset + filters.limit]])


@router.post("/outreach/activities", response={201: ActivityOut, 200: ActivityOut},
             summary="Record an activity (登记宣传活动)")
def activity_create(request: HttpRequest, payload: ActivityIn,
                    idempotency_key: str | None = IdempotencyKey) -> Reply:
    """A retry with the same Idempotency-Key returns the first activity with 200."""
    activity, created = services.activity_create(by=request.user, institution=_institution(payload.institution),
                                                 idempotency_key=idempotency_key,
                                                 **payload.dict(exclude={"institution"}))
    return Reply(201 if created else 200, activity_out(activity, detail=True))


@router.get("/outreach/activities/{activity_id}", response=ActivityOut, summary="One activity with its files")
def activity_detail(request: HttpRequest, activity_id: int) -> ActivityOut:
    return activity_out(selectors.activity_get(user=request.user, pk=activity_id), detail=True)


@router.put("/outreach/activities/{activity_id}", response=ActivityOut,
            summary="Change an activity (409 on a stale version)")
def activity_update(request: HttpRequest, activity_id: int, payload: ActivityUpdate) -> ActivityOut:
    """The partners and description are read masked: a masked value of the stored personal data sent back is
    refused (422, field partners/description) rather than stored as asterisks; remove or replace it."""
    activity = services.activity_update(activity_id=activity_id, by=request.user, **payload.dict())
    return activity_out(activity, detail=True)


@router.post("/outreach/activities/{activity_id}/files", response={201: FileOut},
             summary="Add a photo or file (images, PDF, Word, Excel, MP4; type by content)")
def activity_file(request: HttpRequest, activity_id: int, file: UploadedFile = File(...)) -> Reply:
    """Beyond the schema (422 naming the field): the file's type is read from its contents: a photo, PDF, Word,
    Excel or MP4."""
    item = services.activity_file_add(activity_id=activity_id, by=request.user, name=file.name or "file",
                                      stream=file.file)
    return Reply(201, _file_out(item))


# ---- pieces -------------------------------------------------------------------------------------------------

class PieceFilters(Schema):
    q: str | None = Field(None, max_length=100)
    kind: KindCode | None = None
    status: StatusCode | None = None
    channel: ChannelCode | None = None
    campaign: str | None = Field(None, max_length=20, description="a campaign id, or `regular`")
    institution: str | None = Field(None, max_length=20)
    published_from: Day | None = None
    published_to: Day | None = None
    activity: int | None = OptionalId
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


@router.get("/outreach/pieces", response=PiecePage,
            summary="Articles, case stories (以案说险) and activity reports in the user's scope")
def piece_list(request: HttpRequest, filters: PieceFilters = Query(...)) -> PiecePage:
    qs = selectors.piece_list(request.user, selectors.PieceFilter(
        q=filters.q or "", kind=filters.kind or "", status=filters.status or "", channel=filters.channel or "",
        campaign=filters.campaign or "", institution=filters.institution or "",
        published_from=filters.published_from, published_to=filters.published_to, activity=filters.activity))
    qs = qs.defer("text", "override_reason", "withdraw_reason")
    return PiecePage(count=qs.count(), items=[piece_out(p) for p in qs[filters.offset:filters.offset + filters.limit]])


@router.post("/outreach/pieces", response={201: PieceOut, 200: PieceOut},
             summary="Write a draft (草稿: not checked until it is published)")
def piece_create(request: HttpRequest, payload: PieceIn, idempotency_key: str | None = IdempotencyKey) -> Reply:
    """A retry with the same Idempotency-Key returns the first draft with 200."""
    piece, created = services.piece_create(by=request.user, institution=_institution(payload.institution),
                                           idempotency_key=idempotency_key, **payload.dict(exclude={"institution"}))
    return Reply(201 if created else 200, piece_out(piece))


@router.get("/outreach/pieces/{piece_id}", response=PieceOut, summary="One piece with its last check")
def piece_detail(request: HttpRequest, piece_id: int) -> PieceOut:
    return piece_out(selectors.piece_get(user=request.user, pk=piece_id))


@router.put("/outreach/pieces/{piece_id}", response=PieceOut, summary="Change a draft (409 on a stale version)")
def piece_update(request: HttpRequest, piece_id: int, payload: PieceUpdate) -> PieceOut:
    """The text is read masked: a masked value of the stored personal data sent back (138****5678) is refused
    (422, field text) rather than stored as asterisks; remove or replace it (the author edits it in clear on
    the page, a logged opening)."""
    return piece_out(services.piece_update(piece_id=piece_id, by=request.user, **payload.dict()))


class OutreachActionIn(Schema):
    action: Literal["publish", "withdraw", "record_reach"]
    version: int = Version
    published_on: Day | None = Field(None, description="publish: the day it went out (default today)")
    override_reason: str = Field("", max_length=services.MAX_NOTE,
                                 description="publish over findings (officers; at least 4 characters)")
    reason: str = Field("", max_length=services.MAX_NOTE, description="withdraw (at least 4 characters)")
    reads: int = Count
    plays: int = Count


@router.post("/outreach/pieces/{piece_id}/actions", response=PieceOut,
             summary="Publish (after the marketing and pii checks), withdraw, or record the reach")
def piece_action(request: HttpRequest, piece_id: int, payload: OutreachActionIn) -> PieceOut:
    """`publish` runs the checks: findings refuse it with 422 `publication_findings`, the findings listed in
    `data.findings`; an officer may publish over them with `override_reason` (audited)."""
    user = request.user
    if payload.action == "publish":
        piece = services.publish(piece_id=piece_id, version=payload.version, by=user,
                                 published_on=payload.published_on, override_reason=payload.override_reason)
    elif payload.action == "withdraw":
        piece = services.withdraw(piece_id=piece_id, version=payload.version, by=user, reason=payload.reason)
    else:
        piece = services.record_reach(piece_id=piece_id, by=user, reads=payload.reads, plays=payload.plays)
    return piece_out(selectors.piece_get(user=user, pk=piece.pk))


# ---- numbers ------------------------------------------------------------------------------------------------

class TallyOut(Schema):
    activities: int
    people: int
    materials: int


class NumbersOut(Schema):
    institution: str
    period: str
    total: TallyOut
    by_campaign: dict[str, TallyOut]
    by_format: dict[str, TallyOut]
    by_audience: dict[str, TallyOut]
    pieces: dict[str, int]
    pieces_by_channel: dict[str, int]
    reads: int
    plays: int


@router.get("/outreach/numbers", response=list[NumbersOut],
            summary="Counts per institution and quarter or year (the summary page's numbers)")
def outreach_numbers(request: HttpRequest, institution: str = Query(..., max_length=20),
                     year: int = Query(..., ge=2000, le=2100),
                     quarter: int | None = Query(None, ge=1, le=4)) -> list[NumbersOut]:
    period = Period.quarter(year, quarter) if quarter else Period.year(year)
    rows = selectors.summary(request.user, _institution(institution), period)

    def tallies(d: dict) -> dict[str, TallyOut]:
        return {k: TallyOut(**vars(t)) for k, t in d.items()}

    return [NumbersOut(institution=r.institution.code, period=period.label, total=TallyOut(**vars(r.numbers.total)),
                       by_campaign=tallies(r.numbers.by_campaign), by_format=tallies(r.numbers.by_format),
                       by_audience=tallies(r.numbers.by_audience), pieces=r.numbers.pieces,
                       pieces_by_channel=dict(r.numbers.pieces_by_channel), reads=r.numbers.reads,
                       plays=r.numbers.plays) for r in rows]
