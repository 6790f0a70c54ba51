"""Demo inspections in every state (`xiaobao demo`), made through the services from traceability's demo
transcripts with the real engines: three sampling plans, every transcript checked, and the sampled calls taken,
decided and concluded 合格 / 不合格 (with a rectification task) or left waiting."""

from __future__ import annotations

import logging

from django.db import transaction

from xiaobao.audit.context import as_system
from xiaobao.core.errors import DomainError
from xiaobao.inspection.codes import Condition, FindingKind, Status
from xiaobao.inspection.models import Inspection, SamplingPlan
from xiaobao.inspection.services import checks, config, workflow
from xiaobao.org.models import User

logger = logging.getLogger(__name__)

PLANS = (
    ("高龄客户通话全检", Condition.AGE_AT_LEAST, 60, 100, "elderly-2026"),
    ("每人每月抽检5%", Condition.ALL, None, 5, "monthly-2026"),
    ("近90天被投诉人员全检", Condition.AGENT_COMPLAINED, 90, 100, "complained-2026"),
    ("电销通话全检（演示）", Condition.ALL, None, 100, "demo-all"),
)


def _decide_all(inspection: Inspection, by: User, *, confirm: bool) -> None:
    for f in inspection.auto_check.findings.filter(kind__in=[FindingKind.STEP_MISSING, FindingKind.VIOLATION]):
        workflow.decide_finding(finding_id=f.pk, by=by, confirm=confirm,
                                reason="" if confirm else "复听录音：该环节已在录音中完成，转写遗漏")


@transaction.atomic
def seed() -> None:
    """Idempotent: the plans are made once; the workflow part runs while no inspection has been worked."""
    officer = User.objects.filter(username="xj.officer1").first()
    inspector = User.objects.filter(username="xj.compliance").first()
    if officer is None or inspector is None:
        logger.info("inspection demo: the demo organisation is missing; nothing made")
        return
    for name, condition, threshold, rate, seed_text in PLANS:
        if not SamplingPlan.objects.filter(name=name).exists():
            config.plan_create(by=officer, name=name, condition=condition, threshold=threshold, rate_percent=rate,
                               seed=seed_text)
    with as_system("inspection.demo"):
        result = checks.sweep(resample_current=True)
    if not Inspection.objects.exists():
        logger.info("inspection demo: traceability has no demo transcripts yet (%s); no inspection made", result)
        return
    if Inspection.objects.exclude(status=Status.SAMPLED).exists():
        return
    sampled = list(Inspection.objects.select_related("auto_check").order_by("id"))
    clean = [i for i in sampled if not i.auto_check.violations]
    dirty = [i for i in sampled if i.auto_check.violations]
    failed = dirty[0] if dirty else (sampled[0] if sampled else None)
    passed = next((i for i in clean if i is not failed), None)  # without a dirty call, failed is clean[0]
    busy = next((i for i in sampled if i not in (failed, passed)), None)
    if failed is not None:
        i = workflow.take(inspection_id=failed.pk, version=failed.version, by=inspector)
        _decide_all(i, inspector, confirm=True)
        i.refresh_from_db()
        try:
            workflow.conclude(inspection_id=i.pk, version=i.version, by=inspector, conclusion="fail", score=40,
                              note="销售人员承诺收益、未说明责任免除，判定销售误导，责令整改并复训")
        except DomainError:  # no institution user to own the task: leave it in progress
            logger.info("inspection demo: the failed call has no rectification owner; left in progress")
    if passed is not None:
        i = workflow.take(inspection_id=passed.pk, version=passed.version, by=inspector)
        _decide_all(i, inspector, confirm=False)
        i.refresh_from_db()
        workflow.conclude(inspection_id=i.pk, version=i.version, by=inspector, conclusion="pass", score=95,
                          note="关键环节齐全")
    if busy is not None:
        workflow.take(inspection_id=busy.pk, version=busy.version, by=inspector)
