"""分级 — major-complaint grading: the handler's signals, the platform's suggestion, the officer's confirmation
or override (which starts the emergency response), and the officer's versions of the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints.codes import Channel
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.models.case import OPEN
from xiaobao.complaints.selectors import complaints_visible_to
from xiaobao.complaints.services._common import lock, record
from xiaobao.core.errors import Conflict, ConflictingInput, InvalidInput
from xiaobao.major import grading
from xiaobao.major.models import GradingRuleSet, Level, MajorCase
from xiaobao.major.selectors import repeat_count
from xiaobao.major.services import response
from xiaobao.org.models import User
from xiaobao.org.roles import Role

GRADERS = frozenset({Role.OFFICER})  # 消保专员 confirms or overrides


def facts(complaint: Complaint, major: MajorCase | None, rules: grading.Rules) -> grading.Facts:
    """The grading facts of a case: its data, the handler's signals, and repeats within the window."""
    return grading.Facts(
        complainant_count=complaint.complainant_count,
        disputed_amount=complaint.disputed_amount,
        repeat_count=repeat_count(complaint, rules),
        media_exposure=bool(major and major.media_exposure) or complaint.channel == Channel.MEDIA,
        regulator=complaint.channel == Channel.REGULATOR or bool(complaint.regulator_reference),
        extreme_threat=bool(major and major.extreme_threat),
        elderly=complaint.is_elderly,
    )


def preview(complaint: Complaint) -> grading.Suggestion:
    """The suggestion the current rules give now (a read: nothing is stored)."""
    rules = grading.current()
    major = MajorCase.objects.filter(complaint=complaint).first()
    return grading.suggest(facts(complaint, major, rules), rules)


@dataclass(frozen=True)
class Effect:
    """What new rules would change on open cases: suggested levels now and then, and the cases that move."""

    looked_at: int
    capped: bool
    now: dict[str, int]
    then: dict[str, int]
    changed: list[tuple[Complaint, str, str]]  # (case, level now, level then)


def effect_on_open(user: User, new: grading.Rules, *, limit: int = 300) -> Effect:
    """预览: the suggestion the rules in force and `new` give each open case in the user's scope (the newest
    `limit` of them; a read, nothing stored)."""
    current = grading.current()
    cases = list(complaints_visible_to(user).filter(status__in=OPEN).order_by("-received_at")[:limit + 1])
    capped = len(cases) > limit
    cases = cases[:limit]
    majors = {m.complaint_id: m for m in MajorCase.objects.filter(complaint__in=cases)}
    now = dict.fromkeys(Level.values, 0)
    then = dict.fromkeys(Level.values, 0)
    changed = []
    for complaint in cases:
        major = majors.get(complaint.pk)
        before = grading.suggest(facts(complaint, major, current), current).level
        after = grading.suggest(facts(complaint, major, new), new).level
        now[before] += 1
        then[after] += 1
        if before != after:
            changed.append((complaint, before, after))
    return Effect(len(cases), capped, now, then, changed)


def _major(complaint: Complaint) -> MajorCase:
    major, _created = MajorCase.objects.select_for_update().get_or_create(complaint=complaint)
    return major


def _store_suggestion(complaint: Complaint, major: MajorCase, *, by: User | None,
                      rules: grading.Rules) -> grading.Suggestion:
    found = grading.suggest(facts(complaint, major, rules), rules)
    if (found.level, found.reasons) != (major.suggested_level, major.suggested_reasons):
        before = major.suggested_level
        major.suggested_level, major.suggested_reasons, major.suggested_at = found.level, found.reasons, timezone.now()
        major.save(update_fields=["suggested_level", "suggested_reasons", "suggested_at"])
        record(complaint, action="major_suggest", by=by, reason="；".join(r["label"] for r in found.reasons),
               data={"level": found.level, "reasons": found.reasons, "rules_version": rules.version},
               audit_before={"suggested_level": before}, audit_after={"suggested_level": found.level})
    return found


@transaction.atomic
def suggest(*, complaint_id: int, by: User) -> MajorCase:
    """建议分级: compute the level the rules suggest from the case data and signals; kept on the case and put on
    the timeline when it changes."""
    response.guard(by, response.CASE_WORKERS, _("grade complaints"))
    complaint = lock(complaint_id, by=by, version=None)
    major = _major(complaint)
    _store_suggestion(complaint, major, by=by, rules=grading.current())
    return major


@transaction.atomic
def record_signals(*, complaint_id: int, by: User, media_exposure: bool, extreme_threat: bool,
                   note: str = "") -> MajorCase:
    """分级信号: the handler records media / online exposure and threats of extreme behaviour; the suggestion
    is recomputed."""
    response.guard(by, response.CASE_WORKERS, _("record grading signals"))
    complaint = lock(complaint_id, by=by, version=None)
    major = _major(complaint)
    if not (note or "").strip() and major.signals_note:  # the form shows the note masked: empty keeps it
        note = major.signals_note
    note = response.require_text(note, "note", _("Note"), required=False)
    if (media_exposure or extreme_threat) and not note:  # the same request passes once the case has a note on file
        raise ConflictingInput(_("The case has no note on file: a signal needs one (what was published or "
                                 "threatened)."), field="note")
    before = {"media_exposure": major.media_exposure, "extreme_threat": major.extreme_threat}
    major.media_exposure, major.extreme_threat, major.signals_note = media_exposure, extreme_threat, note
    major.save(update_fields=["media_exposure", "extreme_threat", "signals_note"])
    after = {"media_exposure": media_exposure, "extreme_threat": extreme_threat}
    record(complaint, action="major_signals", by=by, reason=note, data=after, audit_before=before, audit_after=after)
    _store_suggestion(complaint, major, by=by, rules=grading.current())
    return major


@transaction.atomic
def confirm(*, complaint_id: int, by: User, level: str | None = None, reason: str = "") -> MajorCase:
    """确认分级 — the officer confirms the suggested level, or sets another one with a reason (调整分级).
    A serious or higher level starts the emergency response: notices and clocks, per the rules' level."""
    response.guard(by, GRADERS, _("confirm a grading"))
    complaint = lock(complaint_id, by=by, version=None)
    if not complaint.is_open:
        raise Conflict(_("Only an open case can be graded."), field="level")
    rules = grading.current()
    major = _major(complaint)
    suggested = _store_suggestion(complaint, major, by=by, rules=rules).level
    chosen = level or suggested
    if chosen not in Level.values:
        raise InvalidInput(_("“%(value)s” is not a level.") % {"value": chosen}, field="level",
                           choices=list(Level.values))
    reason = (reason or "").strip()
    override = chosen != suggested
    if override and not reason:
        raise InvalidInput(_("Give a reason for a level other than the suggested one."), field="reason")
    if chosen == major.level:
        raise Conflict(_("The case is already graded “%(level)s”.") % {"level": Level(chosen).label}, field="level")
    before, now = major.level, timezone.now()
    major.level, major.override_reason = chosen, reason if override else ""
    major.confirmed_by, major.confirmed_at, major.rules_version = by, now, rules.version
    major.must_record = list(rules.levels[chosen].must_record)
    major.save(update_fields=["level", "override_reason", "confirmed_by", "confirmed_at", "rules_version",
                              "must_record"])
    record(complaint, action="major_override" if override else "major_confirm", by=by, reason=reason,
           data={"level": chosen, "suggested": suggested, "previous": before, "rules_version": rules.version},
           audit_before={"level": before}, audit_after={"level": chosen})
    response.start(major, by=by, rules=rules, now=now)
    return major


@transaction.atomic
def rules_save(*, by: User, content: str, note: str, base_version: str | None = None) -> GradingRuleSet:
    """Save a new version of the rules (validated first; the old versions stay; audited). Two officers saving
    at once: the unique version makes the second one fail rather than overwrite; `base_version` (the version the
    editor started from: "v3" or "default") makes a save over a version saved meanwhile a 409."""
    response.guard(by, GRADERS, _("change the grading rules"))
    note = response.require_text(note, "note", _("Reason for the change"))[:200]
    if base_version and base_version != grading.current().version:
        raise Conflict(_("Another officer saved version %(now)s after you opened the rules: open them again and "
                         "redo your change.") % {"now": grading.current().version}, field="base_version")
    grading.parse(content)  # RulesError (422) names every wrong field
    if content.strip() == grading.current().text.strip():
        raise ConflictingInput(_("The rules are unchanged."), field="content")  # the same as the rules in force
    latest = GradingRuleSet.objects.aggregate(v=Max("version"))["v"] or 0
    ruleset = GradingRuleSet.objects.create(version=latest + 1, content=content, note=note, created_by=by)
    audit.record(action="complaint.grading_rules", obj=ruleset, actor=by, before={"version": latest or "default"},
                 after={"version": ruleset.version}, note=note)
    return ruleset
