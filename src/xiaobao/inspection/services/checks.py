"""The automatic check of every transcript (自动质检) and the sampling that picks calls for the inspectors (抽样).

`check_item(item_id)` checks one transcript item once (a second call, or a retried task, changes nothing);
`sweep()` checks what arrived without a check (bulk imports, a task lost with its worker); `sample(month=...)`
applies the active sampling plans to the checked calls of a month: a call once picked stays picked, and each
pick records why (the plan, its settings, the call's place in the draw).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.utils import timezone

from xiaobao.audit import services as audit
from xiaobao.audit.services import Entry
from xiaobao.complaints import selectors as complaint_selectors
from xiaobao.core.errors import InvalidInput
from xiaobao.engines import pii
from xiaobao.inspection import checking, sampling, selectors
from xiaobao.inspection import rules as rules_module
from xiaobao.inspection.codes import CheckState, Condition
from xiaobao.inspection.models import (
    AutoFinding,
    Inspection,
    InspectionEvent,
    SampleReason,
    SamplingPlan,
    TranscriptCheck,
)
from xiaobao.traceability import transcripts
from xiaobao.traceability.codes import Kind
from xiaobao.traceability.models import EvidenceItem, SaleRecord

BEIJING = ZoneInfo("Asia/Shanghai")
SWEEP_BATCH = 500


def month_of(moment: datetime) -> date:
    local = moment.astimezone(BEIJING)
    return date(local.year, local.month, 1)


def _month_end(month: date) -> datetime:
    following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return datetime.combine(following, time.min, tzinfo=BEIJING)


def _turns(item: EvidenceItem) -> tuple[list[Any], str]:
    try:
        return list(transcripts.turns_of(item)), ""
    except FileNotFoundError:
        return [], "file missing"
    except (InvalidInput, ValueError) as exc:
        return [], str(getattr(exc, "message", exc))[:300]


def _mask_passage(passage: str) -> str:
    """The flagged phrase (a few words a marketing rule matched), masked by the pii engine's rules (phone, ID,
    card numbers); the quoted turn itself is masked in full, names included, by its MaskedTextField."""
    return pii.mask_text(passage, tier="fast")[:500]


def _build(item: EvidenceItem, rules: rules_module.Rules, now: datetime) -> tuple[TranscriptCheck, list[AutoFinding]]:
    sale = item.sale
    turns, problem = _turns(item)
    outcome = (checking.check_turns(turns, channel=sale.channel, product_line=sale.product_line, rules=rules)
               if turns else checking.Outcome(readable=False, required=list(rules.required_for(
                   sale.channel, sale.product_line)), note=problem or "empty transcript"))
    check = TranscriptCheck(
        item=item, sale=sale, institution_id=sale.institution_id, channel=sale.channel,
        product_line=sale.product_line, agent_number=sale.agent_number, agent_name=sale.agent_name,
        call_month=month_of(sale.sold_at), policyholder_age=sale.policyholder_age,
        state=CheckState.DONE if outcome.readable else CheckState.UNREADABLE, note=outcome.note[:300],
        required=outcome.required, present=outcome.present, missing=outcome.missing,
        violations=outcome.violations, rules_version=rules.version, engine_version=checking.engine_version(),
        checked_at=now)
    findings = [AutoFinding(auto_check=check, kind=f.kind, code=f.code, turn=f.turn, quote=f.quote,
                            passage_masked=_mask_passage(f.quote[f.start:f.end]) if f.end else "",
                            explanation=f.explanation[:500], basis=f.basis[:300])
                for f in outcome.findings]
    return check, findings


def _checkable() -> Any:
    return EvidenceItem.objects.filter(kind=Kind.TRANSCRIPT, superseded_by__isnull=True, purged_at__isnull=True,
                                       inspection_check__isnull=True)


def check_items(item_ids: Iterable[int]) -> list[TranscriptCheck]:
    """Check transcript items not yet checked (the others are skipped): one transaction, one audit batch.
    Idempotent: a concurrent or repeated run finds the checks made and adds nothing."""
    items = list(_checkable().filter(pk__in=list(item_ids)).select_related("sale"))
    if not items:
        return []
    rules, now = rules_module.current(), timezone.now()
    built = [_build(item, rules, now) for item in items]
    try:
        with transaction.atomic():
            checks = TranscriptCheck.objects.bulk_create([c for c, _f in built])
            AutoFinding.objects.bulk_create([f for _c, found in built for f in found], batch_size=1000)
            audit.record_many([Entry(action="inspection.checked", obj=c, actor=None, after={
                "item": c.item_id, "state": c.state, "missing": c.missing, "violations": c.violations,
                "rules": c.rules_version}) for c in checks])
    except IntegrityError:  # another worker checked some of them meanwhile: check the rest one by one
        if len(items) == 1:
            return []
        return [c for item in items for c in check_items([item.pk])]
    return checks


def check_item(item_id: int) -> TranscriptCheck | None:
    """自动检查 of one transcript item (idempotent); then the sampling of its agent and month."""
    made = check_items([item_id])
    if made:
        sample(month=made[0].call_month, agents={made[0].agent_number}, quotas=False)
        return made[0]
    return TranscriptCheck.objects.filter(item_id=item_id).first()


def sweep(*, batch: int = SWEEP_BATCH, resample_current: bool = False, now: datetime | None = None) -> dict[str, int]:
    """Check every current transcript that has no check yet, then sample the months touched (and, with
    `resample_current`, the whole current month: a new complaint or a changed plan picks more calls)."""
    checked = 0
    touched: dict[date, set[str] | None] = {}
    while True:
        ids = list(_checkable().order_by("id").values_list("pk", flat=True)[:batch])
        made = check_items(ids) if ids else []
        if not made:
            break
        checked += len(made)
        for c in made:
            agents = touched.setdefault(c.call_month, set())
            if agents is not None:
                agents.add(c.agent_number)
    if resample_current:  # the current month (new complaints) and the month just closed (quota plans)
        today = (now or timezone.now()).astimezone(BEIJING).date()
        touched[today.replace(day=1)] = None
        touched[(today.replace(day=1) - timedelta(days=1)).replace(day=1)] = None
    picked = sum(sample(month=month, agents=agents, now=now) for month, agents in touched.items())
    return {"checked": checked, "picked": picked}


# ---- sampling -------------------------------------------------------------------------------------------------

def complained_agents(days: int, *, until: datetime) -> set[str]:
    """Staff numbers of the agents who sold a policy that got a complaint in the `days` days before `until`
    (complaints matched to sale records by policy number)."""
    numbers = sorted(complaint_selectors.policy_numbers_complained(until - timedelta(days=days), until))
    agents: set[str] = set()
    for start in range(0, len(numbers), 500):
        agents |= set(SaleRecord.objects.filter(policy_number__in=numbers[start:start + 500])
                      .values_list("agent_number", flat=True))
    return agents


def _population(plan: SamplingPlan, checks: list[dict[str, Any]], *, until: datetime) -> list[dict[str, Any]]:
    if plan.condition == Condition.AGE_AT_LEAST:
        return [c for c in checks if c["policyholder_age"] is not None and c["policyholder_age"] >= plan.threshold]
    if plan.condition == Condition.AGENT_COMPLAINED:
        agents = complained_agents(plan.threshold or 0, until=until)
        return [c for c in checks if c["agent_number"] in agents]
    return checks


def sample(*, month: date, agents: set[str] | None = None, now: datetime | None = None,
           quotas: bool = True) -> int:
    """Apply the active plans to the checked calls of `month` (of `agents` only, when given). Returns how many
    calls were newly picked. Reproducible: a plan's draw depends only on its seed and the calls' ids. Plans that
    take every matching call (100 %) pick on arrival; quota plans (below 100 %) draw from a month that is over,
    in the sweep (`quotas=True`), after every call that arrived has been checked."""
    plans = selectors.active_plans()
    if not plans:
        return 0
    now = now or timezone.now()
    until = min(now, _month_end(month))
    closed = now >= _month_end(month)
    # A share below 100 % is a quota of the agent's calls of the whole month: it is drawn once the month is over
    # (the daily sweep), never from the calls that happened to arrive first.
    plans = [p for p in plans if p.rate_percent >= 100 or (closed and quotas)]
    qs = TranscriptCheck.objects.filter(call_month=month)
    if agents is not None:
        qs = qs.filter(agent_number__in=sorted(agents))
    checks = list(qs.values("pk", "agent_number", "policyholder_age", "institution_id"))
    picks: dict[int, list[tuple[SamplingPlan, dict[str, Any]]]] = defaultdict(list)
    for plan in plans:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in _population(plan, checks, until=until):
            groups[c["agent_number"]].append(c)
        for group in groups.values():
            drawn = sampling.draw([c["pk"] for c in group], seed=plan.seed, rate_percent=plan.rate_percent)
            by_pk = {c["pk"]: c for c in group}
            for position, pk in enumerate(drawn, 1):
                detail = {"age": by_pk[pk]["policyholder_age"]} if plan.condition == Condition.AGE_AT_LEAST else {}
                picks[pk].append((plan, {"group_size": len(group), "quota": len(drawn), "position": position,
                                         "detail": detail}))
    return _record_picks(picks, {c["pk"]: c["institution_id"] for c in checks}, now=now)


@transaction.atomic
def _record_picks(picks: dict[int, list[tuple[SamplingPlan, dict[str, Any]]]], institutions: dict[int, int], *,
                  now: datetime) -> int:
    if not picks:
        return 0
    existing = dict(Inspection.objects.filter(auto_check_id__in=list(picks)).values_list("auto_check_id", "pk"))
    new = [Inspection(auto_check_id=pk, institution_id=institutions[pk], sampled_at=now)
           for pk in picks if pk not in existing]
    Inspection.objects.bulk_create(new, ignore_conflicts=True)
    ids = dict(Inspection.objects.filter(auto_check_id__in=list(picks)).values_list("auto_check_id", "pk"))
    have = set(SampleReason.objects.filter(inspection_id__in=list(ids.values())).values_list("inspection_id",
                                                                                               "plan_id"))
    reasons = [SampleReason(inspection_id=ids[pk], plan=plan, plan_name=plan.name, condition=plan.condition,
                            threshold=plan.threshold, rate_percent=plan.rate_percent, seed=plan.seed,
                            picked_at=now, **why)
               for pk, plans in picks.items() for plan, why in plans if (ids[pk], plan.pk) not in have]
    SampleReason.objects.bulk_create(reasons, ignore_conflicts=True)
    created = list(Inspection.objects.filter(auto_check_id__in=[i.auto_check_id for i in new], sampled_at=now))
    InspectionEvent.objects.bulk_create([InspectionEvent(inspection=i, action="sampled", at=now,
                                                         to_status=i.status) for i in created])
    audit.record_many([Entry(action="inspection.sampled", obj=i, actor=None, after={
        "check": i.auto_check_id, "plans": [p.pk for p, _w in picks[i.auto_check_id]]}) for i in created])
    return len(created)
