"""应急响应: what a confirmed level starts — notices (in-app + e-mail after commit), the response clocks, their
fulfilment, and the escalation of a missed clock one institution level up (`xiaobao escalate`, and the board).
The reads (the board, clocks as shown, notices) are in `major.selectors`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints.models import OPEN, Complaint
from xiaobao.complaints.services._common import lock, record
from xiaobao.complaints.services.workflow import _text
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.major import grading
from xiaobao.major.models import Level, MajorCase, Notice, ResponseClock
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.privacy.masking import mask_free_text

log = logging.getLogger(__name__)


CASE_WORKERS = frozenset({Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.OFFICER})
APPROVERS = frozenset({Role.REVIEWER, Role.HEAD, Role.OFFICER})


def guard(by: User, roles: Iterable[str], what: str) -> None:
    """403 unless `by` holds one of `roles` and is not read-only."""
    if by.is_read_only or not by.has_role(*roles):
        raise PermissionDenied(_("Your role may not %(what)s.") % {"what": what})


def case_url(complaint: Complaint) -> str:
    try:
        return reverse("complaints:detail", args=[complaint.pk])
    except NoReverseMatch:  # pragma: no cover - the complaint pages are always installed
        return ""


def branch_of(institution: Institution) -> Institution:
    """The provincial branch above (or at) an institution: the top of its path at branch level."""
    codes = [c for c in institution.path.strip("/").split("/") if c]
    found = Institution.objects.filter(code__in=codes, level__lte=Institution.Level.BRANCH).order_by("-level").first()
    return found or institution


def _users(role: str, institution: Institution | None) -> list[User]:
    if institution is None:
        return []
    return list(User.objects.filter(groups__name=role, institution=institution, is_active=True).distinct())


def recipients(complaint: Complaint, targets: Iterable[grading.Target]) -> list[User]:
    """The people named by `role@place` targets, each once, in order."""
    places: dict[str, Institution | None] = {
        "institution": complaint.institution,
        "parent": complaint.institution.parent or complaint.institution,
        "branch": branch_of(complaint.institution),
    }
    found: dict[int, User] = {}
    for target in targets:
        if target.place == "case":
            people = [complaint.handler] if complaint.handler_id else _users(Role.HANDLER, complaint.institution)
        else:
            people = _users(target.role, places[target.place])
        for person in people:
            found.setdefault(person.pk, person)
    return list(found.values())


def _send_mail(messages: list[EmailMessage]) -> None:
    try:
        get_connection(fail_silently=False).send_messages(messages)
    except Exception:  # a mail outage must never undo or break the committed change
        log.exception("could not send %d notice e-mail(s)", len(messages))


def notify(users: Iterable[User], *, kind: str, title: str, body: str = "", complaint: Complaint | None = None,
           url: str = "") -> list[Notice]:
    """In-app notices now; e-mails (to users with an address) once the transaction commits. Personal data in
    the title or body is masked first (free text such as a finding or a task title can carry it)."""
    people = list(users)
    title, body = _masked(title, complaint), _masked(body, complaint)  # a notice or e-mail never carries clear text
    notices = Notice.objects.bulk_create([
        Notice(recipient=u, complaint=complaint, kind=kind, title=title[:200], body=body, url=url) for u in people
    ])
    mails = [EmailMessage(subject=f"[xiaobao] {title}"[:200], body=f"{body}\n\n{url}".strip(),
                          from_email=settings.DEFAULT_FROM_EMAIL, to=[u.email]) for u in people if u.email]
    if mails:
        transaction.on_commit(lambda: _send_mail(mails))
    return notices


def start(major: MajorCase, *, by: User, rules: grading.Rules, now: datetime) -> None:
    """Start what the confirmed level requires: supersede unmet clocks of an earlier level, start new ones,
    tell the people the level names. The caller holds the case lock and records the grading event."""
    spec = rules.levels[major.level]
    complaint = major.complaint
    met = set(major.clocks.filter(met_at__isnull=False).values_list("kind", flat=True))
    major.clocks.filter(met_at__isnull=True, cancelled_at__isnull=True).update(cancelled_at=now)
    hours = {ResponseClock.Kind.FIRST_RESPONSE: spec.first_response_hours, ResponseClock.Kind.REPORT: spec.report_hours}
    clocks = [ResponseClock(major=major, kind=kind, level=major.level, started_at=now,
                            due_at=now + timedelta(hours=h)) for kind, h in hours.items() if h > 0 and kind not in met]
    ResponseClock.objects.bulk_create(clocks)
    people = recipients(complaint, spec.notify)
    level_label = Level(major.level).label
    due = ", ".join(f"{ResponseClock.Kind(c.kind).label} {timezone.localtime(c.due_at):%Y-%m-%d %H:%M}" for c in clocks)
    notify(people, kind=Notice.Kind.GRADING, complaint=complaint, url=case_url(complaint),
           title=_("%(number)s graded %(level)s") % {"number": complaint.number, "level": level_label},
           body=_("Respond by: %(due)s. The report must cover: %(items)s.")
           % {"due": due or "—", "items": "、".join(spec.must_record) or "—"})
    record(complaint, action="major_notify", by=by,
           data={"level": major.level, "notified": [u.username for u in people],
                 "clocks": {c.kind: c.due_at.isoformat() for c in clocks}})


@transaction.atomic
def clock_met(*, complaint_id: int, by: User, kind: str, note: str = "",
              report: dict[str, str] | None = None) -> ResponseClock:
    """首次响应 / 向上报告 done. The report upward must fill every item the level's rules require."""
    guard(by, CASE_WORKERS, _("record the emergency response"))
    complaint = lock(complaint_id, by=by, version=None)
    clock = (ResponseClock.objects.select_for_update()
             .filter(major__complaint=complaint, kind=kind, met_at__isnull=True, cancelled_at__isnull=True).first())
    if clock is None:
        raise Conflict(_("There is no open response clock “%(kind)s” for this case.") % {"kind": kind}, field="kind")
    content: dict[str, Any] = {"note": (note or "").strip()}
    if kind == ResponseClock.Kind.REPORT:
        filled = {k: (v or "").strip() for k, v in (report or {}).items()}
        for item in clock.major.must_record:
            if not filled.get(item):
                raise InvalidInput(_("The report must cover “%(item)s”.") % {"item": item}, field=f"report.{item}")
        content["report"] = filled
    elif not content["note"]:
        raise InvalidInput(_("Describe the first response."), field="note")
    now = timezone.now()
    # The text in clear is the timeline entry's (encrypted) reason; the clock and the entry's data keep it masked.
    text = "\n".join([content["note"], *(f"{k}：{v}" for k, v in content.get("report", {}).items())]).strip()
    masked = _masked(content, complaint)
    clock.met_at, clock.met_by, clock.met_note = now, by, masked
    clock.save(update_fields=["met_at", "met_by", "met_note"])
    record(complaint, action="major_clock_met", by=by, reason=text,
           data={"kind": kind, "due_at": clock.due_at.isoformat(), "late": now > clock.due_at, **masked})
    return clock


def _masked(value: Any, complaint: Complaint | None) -> Any:
    """Free text as every reader gets it: personal data masked (the complainant's name wherever it occurs)."""
    hints = [complaint.complainant_name] if complaint is not None and complaint.complainant_name else []
    if isinstance(value, str):
        return mask_free_text(value, hints=hints)
    if isinstance(value, dict):
        return {k: _masked(v, complaint) for k, v in value.items()}
    return value


def _escalation_target(clock: ResponseClock) -> Institution | None:
    start = clock.escalated_to if clock.escalations else clock.major.complaint.institution
    return start.parent if start is not None else None


def escalate_due(*, now: datetime | None = None, by: User | None = None) -> list[ResponseClock]:
    """Escalate every missed, unmet clock one institution level up (again after `repeat_hours`, up to the top).
    Idempotent and safe to run concurrently: each step is claimed by a conditional update."""
    now = now or timezone.now()
    rules = grading.current()
    repeat = timedelta(hours=rules.escalation_repeat_hours)
    due = Q(escalations=0)
    if rules.escalation_repeat_hours > 0:
        due |= Q(escalated_at__lte=now - repeat)
    candidates = (ResponseClock.objects.filter(due, met_at__isnull=True, cancelled_at__isnull=True, due_at__lte=now)
                  .select_related("major__complaint__institution__parent", "escalated_to__parent"))
    done = []
    for clock in candidates:
        if clock.major.complaint.status not in OPEN:
            continue
        target = _escalation_target(clock)
        if target is None:
            continue
        with transaction.atomic():
            claimed = ResponseClock.objects.filter(pk=clock.pk, escalations=clock.escalations).update(
                escalations=clock.escalations + 1, escalated_at=now, escalated_to=target)
            if not claimed:
                continue  # someone else escalated it
            _announce(clock, target, rules, by=by, now=now)
        done.append(clock)
    return done


def _announce(clock: ResponseClock, target: Institution, rules: grading.Rules, *, by: User | None,
              now: datetime) -> None:
    complaint = clock.major.complaint
    people = [u for role in rules.escalation_roles for u in _users(role, target)]
    if rules.notify_branch_officers:
        people += _users(Role.OFFICER, branch_of(target))
    unique = list({u.pk: u for u in people}.values())
    kind_label = ResponseClock.Kind(clock.kind).label
    hours = (now - clock.due_at).total_seconds() / 3600
    notify(unique, kind=Notice.Kind.ESCALATION, complaint=complaint, url=case_url(complaint),
           title=_("Escalated: %(number)s missed “%(clock)s”") % {"number": complaint.number, "clock": kind_label},
           body=_("Due %(due)s, %(hours).1f hours ago. Handling institution: %(inst)s.")
           % {"due": f"{timezone.localtime(clock.due_at):%Y-%m-%d %H:%M}", "hours": hours,
              "inst": complaint.institution.name})
    record(complaint, action="major_escalate", by=by,
           reason=_("“%(clock)s” was due %(due)s") % {"clock": kind_label,
                                                       "due": f"{timezone.localtime(clock.due_at):%Y-%m-%d %H:%M}"},
           data={"kind": clock.kind, "step": clock.escalations + 1, "to": target.code,
                 "notified": [u.username for u in unique]})


@transaction.atomic
def notice_read(*, notice_id: int, by: User) -> Notice:
    notice = Notice.objects.select_for_update().filter(pk=notice_id, recipient=by).first()
    if notice is None:
        raise NotFound("notice not found")
    if notice.read_at is None:
        notice.read_at = timezone.now()
        notice.save(update_fields=["read_at"])
    return notice


def require_text(value: str | None, field: str, label: str, *, required: bool = True) -> str:
    return _text(value, field, label, required=required)

