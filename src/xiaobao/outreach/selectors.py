"""Reads of education and outreach (宣传教育), always scoped to the acting user; the counts the assessment and the
regulator's report read (measures), and the summary per period."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Count, Q, QuerySet, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.core.errors import NotFound
from xiaobao.core.filters import where_given
from xiaobao.core.registry import MeasureValue, Period, computes_from_batch
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import all_ids, in_subtree_q, scope_for, scoped_get, split_by_subtree, subtrees
from xiaobao.outreach.codes import Audience, Channel, Format, PieceKind, Status
from xiaobao.outreach.models import Activity, ActivityFile, Campaign, Piece

BEIJING = ZoneInfo("Asia/Shanghai")


def today() -> date:
    return timezone.now().astimezone(BEIJING).date()


# ---- scoped reads ------------------------------------------------------------------------------------------

def activities_visible_to(user: User) -> QuerySet[Activity]:
    """A user sees the activities of their institution's subtree; officers and auditors all."""
    return Activity.objects.filter(scope_for(user).filter_q()).select_related("institution", "campaign")


def activity_get(*, user: User, pk: int, for_update: bool = False) -> Activity:
    return scoped_get(activities_visible_to(user), pk, for_update=for_update, missing=_("No such activity."))


def file_get(*, user: User, pk: int) -> ActivityFile:
    item = ActivityFile.objects.filter(pk=pk, activity__in=activities_visible_to(user)).first()
    if item is None:
        raise NotFound(_("No such file."))
    return item


def pieces_visible_to(user: User) -> QuerySet[Piece]:
    return Piece.objects.filter(scope_for(user).filter_q()).select_related("institution", "campaign", "activity")


def piece_get(*, user: User, pk: int, for_update: bool = False) -> Piece:
    return scoped_get(pieces_visible_to(user), pk, for_update=for_update, missing=_("No such piece."))


def campaigns(*, active_only: bool = False) -> QuerySet[Campaign]:
    qs = Campaign.objects.all()
    return qs.filter(is_active=True) if active_only else qs


def _campaign_q(campaign: str) -> Q:
    """A campaign id, "regular" (outside any campaign), or "" (any)."""
    if campaign == "regular":
        return Q(campaign__isnull=True)
    if campaign:
        return Q(campaign_id=int(campaign)) if campaign.isdigit() else Q(pk__in=[])
    return Q()


@dataclass(frozen=True)
class ActivityFilter:
    q: str = ""
    campaign: str = ""  # a campaign id, or "regular" for activities outside any campaign
    format: str = ""
    audience: str = ""
    institution: str = ""  # institution code: its subtree
    held_from: date | None = None
    held_to: date | None = None


def activity_list(user: User, f: ActivityFilter) -> QuerySet[Activity]:
    """活动台账 with the filters of the list page, the API and the export."""
    qs = activities_visible_to(user).filter(_campaign_q(f.campaign), where_given(
        format=f.format, audiences__contains=f.audience and f",{f.audience},", held_on__gte=f.held_from,
        held_on__lte=f.held_to))
    if f.institution:
        qs = qs.filter(in_subtree_q(f.institution))
    if f.q:
        qs = qs.filter(Q(title__icontains=f.q) | Q(place__icontains=f.q) | Q(partners_masked__icontains=f.q))
    return qs


@dataclass(frozen=True)
class PieceFilter:
    q: str = ""
    kind: str = ""
    status: str = ""
    channel: str = ""
    campaign: str = ""
    institution: str = ""
    published_from: date | None = None
    published_to: date | None = None
    activity: int | None = None


def piece_list(user: User, f: PieceFilter) -> QuerySet[Piece]:
    """宣传文章与以案说险 with the filters of the list page, the API and the export."""
    qs = pieces_visible_to(user).filter(_campaign_q(f.campaign), where_given(
        kind=f.kind, status=f.status, channel=f.channel, published_on__gte=f.published_from,
        published_on__lte=f.published_to, activity_id=f.activity))
    if f.institution:
        qs = qs.filter(in_subtree_q(f.institution))
    if f.q:
        qs = qs.filter(Q(title__icontains=f.q) | Q(text_masked__icontains=f.q))
    return qs


# ---- the numbers -------------------------------------------------------------------------------------------

@dataclass
class Tally:
    activities: int = 0
    people: int = 0
    materials: int = 0


@dataclass
class Numbers:
    """What the regulator's report asks about outreach, for one institution subtree and period."""

    total: Tally = field(default_factory=Tally)
    by_campaign: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_format: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_audience: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))  # an activity in each group
    pieces: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PieceKind.values, 0))
    pieces_by_channel: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    reads: int = 0
    plays: int = 0

    @property
    def case_stories(self) -> int:
        return self.pieces[PieceKind.CASE_STORY]

    @property
    def published(self) -> int:
        return sum(self.pieces.values())

    @property
    def reach(self) -> int:
        return self.reads + self.plays


REGULAR = "regular"


def numbers(institution: Institution, period: Period) -> Numbers:
    """Activities held in the period (by date held) and pieces published in it (by publication date, withdrawn
    pieces excluded), in the institution's subtree."""
    return numbers_many([institution], period)[institution.pk]


def numbers_many(institutions: Sequence[Institution], period: Period) -> dict[int, Numbers]:
    """`numbers` of many institutions' subtrees: activities and pieces each read once, grouped by institution and
    by what the summary splits them by, then added up per subtree."""
    trees = subtrees(institutions)
    ids = all_ids(trees)
    activities = (Activity.objects.filter(institution_id__in=ids, held_on__gte=period.start, held_on__lte=period.end)
                  .values("institution_id", "campaign__name", "format", "audiences")
                  .annotate(activities=Count("id"), people=Sum("people_reached"), materials=Sum("materials"))
                  .order_by())
    pieces = (Piece.objects.filter(institution_id__in=ids, status=Status.PUBLISHED, published_on__gte=period.start,
                                   published_on__lte=period.end)
              .values("institution_id", "kind", "channel")
              .annotate(count=Count("id"), reads=Sum("reads"), plays=Sum("plays")).order_by())

    def order(row: dict[str, Any]) -> tuple[str, ...]:  # the same order however many institutions were read
        return tuple(str(value or "") for key, value in row.items() if key != "institution_id")

    activity_rows = split_by_subtree(trees, ((row["institution_id"], row) for row in sorted(activities, key=order)))
    piece_rows = split_by_subtree(trees, ((row["institution_id"], row) for row in sorted(pieces, key=order)))
    return {pk: _numbers_of(activity_rows[pk], piece_rows[pk]) for pk in trees}


def _numbers_of(activities: list[dict[str, Any]], pieces: list[dict[str, Any]]) -> Numbers:
    n = Numbers()

    def add(t: Tally, row: dict[str, Any]) -> None:
        t.activities, t.people, t.materials = (t.activities + row["activities"], t.people + (row["people"] or 0),
                                               t.materials + (row["materials"] or 0))

    for row in activities:
        add(n.total, row)
        add(n.by_campaign[row["campaign__name"] or REGULAR], row)
        add(n.by_format[row["format"]], row)
        for group in row["audiences"].strip(",").split(",") if row["audiences"] else ():
            add(n.by_audience[group], row)
    for row in pieces:
        n.pieces[row["kind"]] += row["count"]
        n.pieces_by_channel[row["channel"]] += row["count"]
        n.reads += row["reads"] or 0
        n.plays += row["plays"] or 0
    # plain dicts from here on: a template's `d.items` must never create an entry named "items"
    n.by_campaign, n.by_format, n.by_audience = dict(n.by_campaign), dict(n.by_format), dict(n.by_audience)
    n.pieces_by_channel = dict(n.pieces_by_channel)
    return n


def campaign_label(key: str) -> str:
    return _("Regular education") if key == REGULAR else key


def _activities_url(institution: Institution, period: Period) -> str:
    return (f"{reverse('outreach:activities')}?institution={institution.code}"
            f"&held_from={period.start}&held_to={period.end}")


def _pieces_url(institution: Institution, period: Period, **extra: str) -> str:
    query = (f"institution={institution.code}&status={Status.PUBLISHED}"
             f"&published_from={period.start}&published_to={period.end}")
    for key, value in extra.items():
        query += f"&{key}={value}"
    return f"{reverse('outreach:pieces')}?{query}"


def _by_campaign_detail(n: Numbers, attribute: str) -> str:
    return "；".join(f"{campaign_label(k)} {getattr(t, attribute)}" for k, t in
                     sorted(n.by_campaign.items(), key=lambda kv: -kv[1].activities))


def _activity_count(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.total.activities, evidence_url=_activities_url(institution, period),
                        detail=_by_campaign_detail(n, "activities"))


def _people_reached(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.total.people, evidence_url=_activities_url(institution, period),
                        detail=_by_campaign_detail(n, "people"))


def _materials(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.total.materials, evidence_url=_activities_url(institution, period))


def _case_story_count(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.case_stories, evidence_url=_pieces_url(institution, period, kind=PieceKind.CASE_STORY))


def _article_count(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.published, evidence_url=_pieces_url(institution, period),
                        detail="；".join(f"{PieceKind(k).label} {v}" for k, v in n.pieces.items()))


def _article_reach(institution: Institution, period: Period, n: Numbers) -> MeasureValue:
    return MeasureValue(n.reach, evidence_url=_pieces_url(institution, period),
                        detail=_("reads %(reads)s + plays %(plays)s of the pieces published in the period")
                        % {"reads": n.reads, "plays": n.plays})




measure_activity_count = computes_from_batch(numbers_many, _activity_count)
measure_people_reached = computes_from_batch(numbers_many, _people_reached)
measure_materials = computes_from_batch(numbers_many, _materials)
measure_case_story_count = computes_from_batch(numbers_many, _case_story_count)
measure_article_count = computes_from_batch(numbers_many, _article_count)
measure_article_reach = computes_from_batch(numbers_many, _article_reach)


# ---- the summary per period (what an officer pastes into the regulator's report) ----------------------------

@dataclass(frozen=True)
class SummaryRow:
    institution: Institution
    numbers: Numbers

    @property
    def campaigns(self) -> list[tuple[str, Tally]]:
        return [(campaign_label(k), t) for k, t in sorted(self.numbers.by_campaign.items(),
                                                           key=lambda kv: -kv[1].activities)]

    @property
    def formats(self) -> list[tuple[str, Tally]]:
        return [(str(Format(k).label), t) for k, t in sorted(self.numbers.by_format.items(),
                                                              key=lambda kv: -kv[1].activities)]

    @property
    def audiences(self) -> list[tuple[str, Tally]]:
        return [(str(Audience(k).label), t) for k, t in sorted(self.numbers.by_audience.items(),
                                                                key=lambda kv: -kv[1].activities)]


def summary(user: User, root: Institution, period: Period) -> list[SummaryRow]:
    """The root institution (its whole subtree) first, then each institution directly below it (their
    subtrees); only institutions in the user's scope."""
    scope = scope_for(user)
    if not scope.contains(root):
        raise NotFound(_("No such institution."))
    children = Institution.objects.filter(parent=root).order_by("code")
    shown = [i for i in [root, *children] if scope.contains(i)]
    all_numbers = numbers_many(shown, period)
    return [SummaryRow(i, all_numbers[i.pk]) for i in shown]


def summary_table(rows: list[SummaryRow]) -> list[list[Any]]:
    """The summary in long form: institution, dimension, item, activities, people reached, materials — a sheet
    an officer can paste or pivot."""
    table: list[list[Any]] = []
    for row in rows:
        n, name = row.numbers, row.institution.name
        table.append([name, _("Total"), _("All activities"), n.total.activities, n.total.people, n.total.materials])
        for key, t in sorted(n.by_campaign.items(), key=lambda kv: -kv[1].activities):
            table.append([name, _("Campaign"), campaign_label(key), t.activities, t.people, t.materials])
        for key, t in sorted(n.by_format.items(), key=lambda kv: -kv[1].activities):
            table.append([name, pgettext("outreach", "Format"), str(Format(key).label), t.activities, t.people, t.materials])
        for key, t in sorted(n.by_audience.items(), key=lambda kv: -kv[1].activities):
            table.append([name, _("Audience group"), str(Audience(key).label), t.activities, t.people,
                          t.materials])
        for kind, count in n.pieces.items():
            table.append([name, _("Published pieces"), str(PieceKind(kind).label), count, "", ""])
        for channel, count in sorted(n.pieces_by_channel.items(), key=lambda kv: -kv[1]):
            table.append([name, _("Publication channel"), str(Channel(channel).label), count, "", ""])
        table.append([name, _("Reach"), _("Reads"), n.reads, "", ""])
        table.append([name, _("Reach"), _("Plays"), n.plays, "", ""])
    return table
