"""The officer's configuration: versioned inspection rules (质检规则) and sampling plans (抽样计划)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.audit import services as audit
from xiaobao.core.errors import Conflict, ConflictingInput, InvalidInput
from xiaobao.inspection import rules as rules_module
from xiaobao.inspection import selectors
from xiaobao.inspection.codes import Condition
from xiaobao.inspection.models import RuleSet, SamplingPlan
from xiaobao.inspection.services._common import CONFIGURERS, choice, guard, text
from xiaobao.org.models import User

_SEED = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
MAX_THRESHOLD = {Condition.AGE_AT_LEAST: 120, Condition.AGENT_COMPLAINED: 3660}


@transaction.atomic
def rules_save(*, by: User, content: str, note: str) -> RuleSet:
    """Save a new version of the inspection rules (validated first; old versions stay; audited). Two officers
    saving at once: the unique version makes the second fail (409) rather than overwrite."""
    guard(by, CONFIGURERS, _("change the inspection rules"))
    note = text(note, "note", pgettext("inspection", "Reason for the change"), limit=200)
    if len(content) > 100_000:
        raise InvalidInput(_("The rules are too long."), field="content")
    rules_module.parse(content)  # RulesError (422) names every wrong field
    if content.strip() == rules_module.current().text.strip():
        raise InvalidInput(_("The rules are unchanged."), field="content")
    latest = RuleSet.objects.aggregate(v=Max("version"))["v"] or 0
    try:
        with transaction.atomic():
            ruleset = RuleSet.objects.create(version=latest + 1, content=content, note=note, created_by=by)
    except IntegrityError as exc:
        raise Conflict(_("Someone saved the rules at the same moment. Reload and retry."), field="content") from exc
    audit.record(action="inspection.rules", obj=ruleset, actor=by, before={"version": latest or "default"},
                 after={"version": ruleset.version}, note=note)
    return ruleset


def _rate(value: Decimal | str | float) -> Decimal:
    try:
        rate = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise InvalidInput(_("The share must be a number from 0.01 to 100."), field="rate_percent") from None
    if not rate.is_finite() or not Decimal("0.01") <= rate <= 100:
        raise InvalidInput(_("The share must be a number from 0.01 to 100."), field="rate_percent")
    return rate


def _plan_fields(*, name: str, condition: str, threshold: int | None, rate_percent: Decimal | str | float,
                 seed: str) -> dict[str, object]:
    condition = choice(condition, Condition, "condition")
    if condition == Condition.ALL:
        threshold = None
    elif threshold is None or not 1 <= threshold <= MAX_THRESHOLD[Condition(condition)]:
        raise InvalidInput(_("Give N from 1 to %(max)s for this condition.")
                           % {"max": MAX_THRESHOLD[Condition(condition)]}, field="threshold")
    seed = (seed or "").strip()
    if not _SEED.match(seed):
        raise InvalidInput(_("The seed is 1 to 64 letters, digits or . _ : -"), field="seed")
    return {"name": text(name, "name", _("Plan name"), limit=100), "condition": condition, "threshold": threshold,
            "rate_percent": _rate(rate_percent), "seed": seed}


@transaction.atomic
def plan_create(*, by: User, name: str, condition: str, rate_percent: Decimal | str | float, seed: str,
                threshold: int | None = None, active: bool = True) -> SamplingPlan:
    """新建抽样计划."""
    guard(by, CONFIGURERS, _("change the sampling plans"))
    fields = _plan_fields(name=name, condition=condition, threshold=threshold, rate_percent=rate_percent, seed=seed)
    if SamplingPlan.objects.filter(name=fields["name"]).exists():
        raise ConflictingInput(_("A plan of that name exists."), field="name")
    plan = SamplingPlan.objects.create(**fields, active=active, created_by=by)
    audit.record(action="inspection.plan_create", obj=plan, actor=by,
                 after={**fields, "rate_percent": str(fields["rate_percent"]), "active": active})
    return plan


@transaction.atomic
def plan_update(*, plan_id: int, version: int, by: User, name: str, condition: str,
                rate_percent: Decimal | str | float, seed: str, threshold: int | None = None,
                active: bool = True) -> SamplingPlan:
    """修改抽样计划 (version-checked: a stale edit is refused with 409). Calls already picked stay picked."""
    guard(by, CONFIGURERS, _("change the sampling plans"))
    plan = selectors.plan_get(pk=plan_id, for_update=True)
    if plan.version != version:
        raise Conflict(_("The plan was changed by someone else (version %(current)s, yours %(yours)s). Reload and "
                         "retry.") % {"current": plan.version, "yours": version}, field="version",
                       current_version=plan.version)
    fields = _plan_fields(name=name, condition=condition, threshold=threshold, rate_percent=rate_percent, seed=seed)
    if SamplingPlan.objects.filter(name=fields["name"]).exclude(pk=plan.pk).exists():
        raise ConflictingInput(_("A plan of that name exists."), field="name")
    before = {"condition": plan.condition, "threshold": plan.threshold, "rate_percent": str(plan.rate_percent),
              "seed": plan.seed, "active": plan.active}
    for key, value in fields.items():
        setattr(plan, key, value)
    plan.active = active
    plan.version += 1
    plan.save()
    audit.record(action="inspection.plan_update", obj=plan, actor=by, before=before,
                 after={**fields, "rate_percent": str(fields["rate_percent"]), "active": active})
    return plan
