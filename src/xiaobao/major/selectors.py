"""Scoped reads of major complaints: the board and its clocks, notices, rectification tasks, recurrence analysis
and the duplicate check, each through the user's data scope (or the user's own notices and tasks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Case, Count, F, Prefetch, Q, QuerySet, Value, When
from django.db.models.functions import TruncMonth, TruncQuarter
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints import selectors
from xiaobao.complaints.codes import Cause, ProductLine, Status
from xiaobao.complaints.models import OPEN, Complaint
from xiaobao.core.dates import due_label
from xiaobao.core.errors import InvalidInput
from xiaobao.core.registry import QueueItem
from xiaobao.major import grading
from xiaobao.major.models import MajorCase, Notice, RectificationTask, ResponseClock
from xiaobao.major.models.major import LEVEL_RANK, MAJOR_LEVELS
from xiaobao.org.models import User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for
from xiaobao.privacy import crypto

BEIJING = ZoneInfo("Asia/Shanghai")


# ---- the board, the case panel and notices ---------------------------------------------------------

@dataclass(frozen=True)
class ClockView:
    kind: str
    label: str
    level: str
    due_at: datetime
    met_at: datetime | None
    seconds_left: int  # negative once missed (while unmet)
    missed: bool
    escalations: int
    escalated_to: str | None

    @property
    def hours(self) -> float:
        """Hours left, or hours past the deadline once missed (for display)."""
        return round(abs(self.seconds_left) / 3600, 1)


def clock_view(clock: ResponseClock, now: datetime) -> ClockView:
    end = clock.met_at or now
    return ClockView(kind=clock.kind, label=str(ResponseClock.Kind(clock.kind).label), level=clock.level,
                     due_at=clock.due_at, met_at=clock.met_at, seconds_left=int((clock.due_at - end).total_seconds()),
                     missed=end > clock.due_at, escalations=clock.escalations,
                     escalated_to=clock.escalated_to.code if clock.escalated_to_id else None)


@dataclass(frozen=True)
class BoardRow:
    major: MajorCase
    clocks: list[ClockView]

    @property
    def next_due(self) -> datetime | None:
        open_ = [c.due_at for c in self.clocks if c.met_at is None]
        return min(open_) if open_ else None


def board(user: User, *, now: datetime | None = None) -> list[BoardRow]:
    """重大投诉看板: every open case in scope graded serious or above, with its live clocks, most urgent first.
    Two queries (cases, clocks)."""
    now = now or timezone.now()
    visible = selectors.complaints_visible_to(user).filter(status__in=OPEN)
    majors = (MajorCase.objects.filter(complaint__in=visible, level__in=MAJOR_LEVELS)
              .select_related("complaint__institution", "complaint__handler", "confirmed_by")
              .prefetch_related(Prefetch("clocks", queryset=ResponseClock.objects.filter(cancelled_at__isnull=True)
                                         .select_related("escalated_to"))))
    rows = [BoardRow(m, [clock_view(c, now) for c in m.clocks.all()]) for m in majors]
    far = now + timedelta(days=36500)
    rows.sort(key=lambda r: (r.next_due or far, -LEVEL_RANK[r.major.level]))
    return rows


def notices_for(user: User, *, unread_only: bool = False) -> QuerySet[Notice]:
    qs = Notice.objects.filter(recipient=user).select_related("complaint")
    return qs.filter(read_at__isnull=True) if unread_only else qs


def unread_notice_texts(user: User) -> list[str]:
    """Home-page notice provider (core.registry.register_notice): the user's unread notices, newest first."""
    return [n.title for n in notices_for(user, unread_only=True)[:5]]


# ---- rectification (整改) ---------------------------------------------------------------------------

def rectifications_visible_to(user: User) -> QuerySet[RectificationTask]:
    """Tasks (on any subject) of institutions in the user's scope, plus the tasks the user owns."""
    scope = scope_for(user)
    tasks = RectificationTask.objects.select_related("owner", "institution", "subject_type")
    # (an empty Q() OR'ed with another is just the other: the whole organisation needs no filter at all)
    return tasks if scope.everything else tasks.filter(scope.filter_q("institution") | Q(owner=user))


def overdue_rectifications(user: User, *, today: date | None = None) -> QuerySet[RectificationTask]:
    """整改逾期: tasks not verified by their due date."""
    today = today or timezone.localdate()
    return rectifications_visible_to(user).exclude(status=RectificationTask.Status.VERIFIED).filter(due_on__lt=today)


# ---- recurrence analysis ---------------------------------------------------------------------------

@dataclass
class Cluster:
    cause: str
    cause_label: str
    product_line: str
    institution: str
    institution_name: str
    counts: dict[str, int] = field(default_factory=dict)  # period label → closed cases
    product_line_label: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Recurrence:
    periods: list[str]
    threshold: int
    clusters: list[Cluster]

    def row(self, cluster: Cluster) -> dict[str, object]:
        series = [cluster.counts.get(p, 0) for p in self.periods]
        recurring = sum(1 for n in series if n) >= 2  # came back in more than one period
        trend = series[-1] - series[-2] if len(series) >= 2 else 0
        return {"cluster": cluster, "series": series, "total": cluster.total, "trend": trend,
                "recurring": recurring, "hot": any(n >= self.threshold for n in series)}


def _label(moment: datetime, by: str) -> str:
    local = moment.astimezone(BEIJING)
    return f"{local.year}Q{(local.month - 1) // 3 + 1}" if by == "quarter" else f"{local:%Y-%m}"


def _periods(since: datetime, until: datetime, by: str) -> list[str]:
    """Every month or quarter label from `since` up to (excluding) `until`, so a gap shows as 0."""
    start, end = since.astimezone(BEIJING), until.astimezone(BEIJING)
    cursor, out = datetime(start.year, start.month, 1, tzinfo=BEIJING), []
    while cursor < end:
        label = _label(cursor, by)
        if label not in out:
            out.append(label)
        cursor = datetime(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1, tzinfo=BEIJING)
    return out


def recurrence(user: User, *, since: datetime, until: datetime, by: str = "month",
               cause_source: str = "root") -> Recurrence:
    """复发分析: closed cases in scope grouped by cause × product line × institution × month/quarter — one
    aggregate query. `cause_source` "root" uses the confirmed root cause (unconfirmed: "unconfirmed"),
    "complaint" the regulator's statistical cause."""
    if by not in ("month", "quarter"):
        raise InvalidInput(_("Group by month or quarter."), field="by")
    trunc = (TruncQuarter if by == "quarter" else TruncMonth)("closed_at", tzinfo=BEIJING)
    cause = (Case(When(root_cause__confirmed_at__isnull=False, then=F("root_cause__category")),
                  default=Value("unconfirmed")) if cause_source == "root" else F("cause"))
    qs = (selectors.complaints_visible_to(user)
          .filter(status=Status.CLOSED, closed_at__gte=since, closed_at__lt=until)
          .annotate(period=trunc, cause_key=cause)
          .values("cause_key", "product_line", "institution__code", "institution__name", "period")
          .annotate(n=Count("id")))
    rules = grading.current()
    taxonomy = rules.root_causes
    clusters: dict[tuple[str, str, str], Cluster] = {}
    periods = _periods(since, until, by)
    for row in qs:
        label = _label(row["period"], by)
        key = (row["cause_key"], row["product_line"], row["institution__code"])
        cluster = clusters.setdefault(key, Cluster(row["cause_key"], _cause_label(row["cause_key"], taxonomy),
                                                   row["product_line"], row["institution__code"],
                                                   row["institution__name"],
                                                   product_line_label=_choice_label(ProductLine, row["product_line"])))
        cluster.counts[label] = cluster.counts.get(label, 0) + row["n"]
    ordered = sorted(clusters.values(), key=lambda c: (-c.total, c.cause, c.institution))
    return Recurrence(periods, rules.recurrence_threshold, ordered)


def _choice_label(choices: type, code: str) -> str:
    """The Chinese label of a code; a code the choices no longer know is shown as such, never dropped."""
    return str(choices(code).label) if code in choices.values else code


def _cause_label(code: str, taxonomy: dict) -> str:
    if code == "unconfirmed":
        return str(_("Root cause not confirmed"))
    spec = taxonomy.get(code)
    return spec.display() if spec else _choice_label(Cause, code)


# ---- duplicate check (重复投诉) ---------------------------------------------------------------------

@dataclass(frozen=True)
class Match:
    complaint: Complaint
    matched_on: list[str]  # "phone" / "id" / "policy"


# Who may learn how many matching cases lie outside their data scope. Anyone else learns only that some exist
# ("ask the consumer-protection officer"): the count would tell a handler how often a person complains to other
# institutions, which is not theirs to know.
DUPLICATE_COUNT_ROLES: frozenset[str] = frozenset({Role.OFFICER})


@dataclass(frozen=True)
class DuplicateCheck:
    window_days: int
    matches: list[Match]  # cases the user may see, newest first
    elsewhere: bool  # matching cases exist outside the user's scope (never shown)
    hidden_count: int | None  # how many: for DUPLICATE_COUNT_ROLES only, else None

    @property
    def total(self) -> int:
        """The cases the user may know the number of."""
        return len(self.matches) + (self.hidden_count or 0)

    @property
    def found_any(self) -> bool:
        return bool(self.matches) or self.elsewhere


def _keys(phone: str, id_number: str, policy_number: str, rules: grading.Rules) -> dict[str, tuple[str, str]]:
    keys: dict[str, tuple[str, str]] = {}
    if "phone" in rules.duplicate_match and phone.strip():
        keys["phone"] = ("phone_index", crypto.blind_index(phone, "phone"))
    if "id" in rules.duplicate_match and id_number.strip():
        keys["id"] = ("id_number_index", crypto.blind_index(id_number, "id"))
    if "policy" in rules.duplicate_match and policy_number.strip():
        keys["policy"] = ("policy_number", policy_number.strip())
    return keys


def _matching(keys: dict[str, tuple[str, str]], received_at: datetime, window_days: int,
              exclude_pk: int | None) -> QuerySet[Complaint]:
    """Complaints (whole organisation, unscoped) matching any of `keys` within the window around `received_at`;
    callers scope what they show. Also counts repeats for grading (`repeat_count`)."""
    if not keys:
        return Complaint.objects.none()
    found = Q()
    for column, value in keys.values():
        found |= Q(**{column: value})
    window = timedelta(days=window_days)
    qs = Complaint.objects.filter(found, received_at__gte=received_at - window, received_at__lte=received_at + window)
    return qs.exclude(pk=exclude_pk) if exclude_pk else qs


def possible_duplicates(user: User, phone: str = "", id_number: str = "", policy_number: str = "",
                        received_at: datetime | None = None, *, exclude_pk: int | None = None,
                        limit: int = 20) -> DuplicateCheck:
    """重复投诉: cases of the same person or policy (phone or ID by blind index, or policy number) within the
    window around `received_at` (default now): the ones the user may see, whether others exist outside their scope,
    and — for an officer only (DUPLICATE_COUNT_ROLES) — how many. The intake form and API call it before a case is
    saved. Three small indexed queries."""
    rules = grading.current()
    keys = _keys(phone, id_number, policy_number, rules)
    qs = _matching(keys, received_at or timezone.now(), rules.duplicate_window_days, exclude_pk)
    in_scope = qs.filter(pk__in=selectors.complaints_visible_to(user).values("pk"))
    visible = list(in_scope.select_related("institution").order_by("-received_at")[:limit])
    hidden = qs.count() - in_scope.count() if keys else 0
    matches = []
    for c in visible:
        on = [name for name, (column, value) in keys.items() if getattr(c, column) == value]
        matches.append(Match(c, on))
    may_count = user.has_role(*DUPLICATE_COUNT_ROLES)
    return DuplicateCheck(rules.duplicate_window_days, matches, hidden > 0, hidden if may_count else None)


def repeat_count(complaint: Complaint, rules: grading.Rules | None = None) -> int:
    """重复投诉: how many other complaints of the same person or policy fall in the rules' window, across the
    whole organisation (a grading factor)."""
    rules = rules or grading.current()
    keys: dict[str, tuple[str, str]] = {}
    if "phone" in rules.duplicate_match and complaint.phone_index:
        keys["phone"] = ("phone_index", complaint.phone_index)
    if "id" in rules.duplicate_match and complaint.id_number_index:
        keys["id"] = ("id_number_index", complaint.id_number_index)
    if "policy" in rules.duplicate_match and complaint.policy_number:
        keys["policy"] = ("policy_number", complaint.policy_number)
    return _matching(keys, complaint.received_at, rules.duplicate_window_days, complaint.pk).count()


# ---- home work queue (我的待办) -------------------------------------------------------------------------

def queue_tasks(user: User) -> QuerySet[RectificationTask]:
    """Rectification tasks waiting for `user`: their own tasks still to be rectified (any module's subject), and —
    for an officer — submitted evidence in their scope waiting for verification. Due date first."""
    waiting = Q(owner=user, status=RectificationTask.Status.OPEN)
    if user.has_role(Role.OFFICER) and not user.is_read_only:
        waiting |= Q(pk__in=rectifications_visible_to(user).filter(status=RectificationTask.Status.SUBMITTED)
                     .exclude(owner=user).values("pk"))
    return (RectificationTask.objects.filter(waiting).select_related("institution")
            .order_by("due_on", "id"))


def queue_items(user: User, limit: int) -> list[QueueItem]:
    """Work-queue provider: one line per waiting rectification task, due at the end of its due date."""
    today = timezone.localdate()
    items = []
    for task in queue_tasks(user)[:limit]:
        due_at = datetime.combine(task.due_on + timedelta(days=1), datetime.min.time(), tzinfo=BEIJING)
        sla = ("overdue" if task.due_on < today else "due_soon" if (task.due_on - today).days <= 2 else "on_time")
        items.append(QueueItem(
            module="major", title=_("Rectification: %(title)s") % {"title": task.title_masked},
            url=task.subject_url or reverse("major:board"), status_label=task.get_status_display(), due_at=due_at,
            sla=sla, sla_label=_("Overdue") if sla == "overdue" else "",
            detail=f"{task.subject_label} · {task.institution.name}", due_label=due_label(due_at)))
    return items


def queue_count(user: User) -> int:
    return queue_tasks(user).count()


def external_route_ends(policy_numbers: list[str]) -> dict[str, list[date | None]]:
    """Policy number → the outcome date of each mediation, lawsuit or arbitration (外部途径) of a complaint about
    it, None while one is pending. A system read for the retention of sales evidence (dates only, not scoped)."""
    from xiaobao.major.models.mediation import ExternalRoute

    ends: dict[str, list[date | None]] = {}
    numbers = sorted({n for n in policy_numbers if n})
    for start in range(0, len(numbers), 500):
        rows = (ExternalRoute.objects.filter(complaint__policy_number__in=numbers[start:start + 500])
                .values_list("complaint__policy_number", "outcome_on"))
        for number, outcome_on in rows:
            ends.setdefault(number, []).append(outcome_on)
    return ends
